/**
 * `snapshotDownload` against small hostile hubs on loopback: wrong bytes, truncated bodies,
 * file names that aim outside the folder, links planted inside it, storage that ignores ranges.
 */
import { createHash } from 'node:crypto';
import { lstat, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { snapshotDownload, type SnapshotEvent } from '../../../node/index.js';
import { CSGHub } from '../../../src/csghub/index.js';
import { listen } from '../../../tooling/static-server.js';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const blobId = (bytes: Buffer) =>
  createHash('sha1')
    .update(`blob ${String(bytes.byteLength)}\0`)
    .update(bytes)
    .digest('hex');

interface HubFile {
  /** What the listing names (hostile names included). */
  name: string;
  /** The real content. */
  bytes: Buffer;
  lfs?: boolean;
}

interface HubOptions {
  /** Storage sends these bytes instead of the real ones. */
  served?: (file: HubFile) => Buffer;
  /** Storage cuts the body after this many bytes (the declared length stays). */
  cutAt?: number;
  /** Storage ignores `Range` and sends the whole object with 200. */
  ignoreRange?: boolean;
  /** Siblings as sent, instead of those of `files`. */
  siblings?: unknown[];
}

const dirs: string[] = [];
const servers: http.Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) server.close();
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

const tempDir = async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'csgkit-snapshot-'));
  dirs.push(dir);
  return dir;
};

/** A hub serving `files` of `o/r`: the SDK listing with blobs, downloads, LFS storage. */
async function hostileHub(files: HubFile[], options: HubOptions = {}) {
  const ranges: string[] = [];
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://hub');
    const byOid = (oid: string) => files.find((f) => f.lfs && sha256(f.bytes) === oid);
    if (url.pathname === '/csg/api/models/o/r/revision/main') {
      const siblings =
        options.siblings ??
        files.map((f) =>
          f.lfs
            ? {
                rfilename: f.name,
                size: f.bytes.byteLength,
                lfs: { sha256: sha256(f.bytes), size: f.bytes.byteLength, pointerSize: 130 },
              }
            : { rfilename: f.name, size: f.bytes.byteLength, blobId: blobId(f.bytes) },
        );
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ id: 'o/r', sha: 'abc', siblings }));
      return;
    }
    if (url.pathname.startsWith('/storage/')) {
      const file = byOid(url.pathname.slice('/storage/'.length));
      if (!file) {
        response.writeHead(404).end();
        return;
      }
      const bytes = options.served ? options.served(file) : file.bytes;
      const range = /^bytes=(\d+)-$/.exec(request.headers.range ?? '');
      if (request.headers.range) ranges.push(request.headers.range);
      const start = range && !options.ignoreRange ? Number(range[1]) : 0;
      const body = bytes.subarray(start);
      response.writeHead(start > 0 ? 206 : 200, {
        'content-length': String(body.byteLength),
        ...(start > 0
          ? {
              'content-range': `bytes ${String(start)}-${String(bytes.byteLength - 1)}/${String(bytes.byteLength)}`,
            }
          : {}),
      });
      if (options.cutAt !== undefined) {
        response.write(body.subarray(0, options.cutAt));
        setTimeout(() => response.destroy(), 20);
      } else response.end(body);
      return;
    }
    const download = /^\/api\/v1\/models\/o\/r\/download\/(.+)$/.exec(url.pathname);
    if (download) {
      const name = decodeURIComponent(download[1] ?? '');
      if (url.searchParams.get('lfs') === 'true') {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ msg: 'OK', data: `${base}/storage/${name}` }));
        return;
      }
      const file = files.find((f) => f.name === name);
      if (!file) {
        response.writeHead(404, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ msg: 'GIT-ERR-15: file not found' }));
        return;
      }
      const body = file.lfs
        ? Buffer.from(
            `version https://git-lfs.github.com/spec/v1\noid sha256:${sha256(file.bytes)}\nsize ${String(file.bytes.byteLength)}\n`,
          )
        : file.bytes;
      response.writeHead(200, { 'content-length': String(body.byteLength) });
      response.end(body);
      return;
    }
    response.writeHead(404).end();
  });
  servers.push(server);
  const base = await listen(server, 0, '127.0.0.1');
  const hub = new CSGHub({ baseUrl: base, maxRetries: 0 });
  return { hub, ranges };
}

const weights = Buffer.alloc(300_000);
for (let i = 0; i < weights.length; i++) weights[i] = (i * 31 + (i >> 8)) & 0xff;
const FILES: HubFile[] = [
  { name: 'config.json', bytes: Buffer.from('{"a":1}\n') },
  { name: 'sub/dir/notes.txt', bytes: Buffer.from('notes\n') },
  { name: 'model.bin', bytes: weights, lfs: true },
];

describe('snapshotDownload against hostile hubs', () => {
  it('catches a corrupted byte: the file fails and neither it nor its partial file is left', async () => {
    const { hub } = await hostileHub(FILES, {
      served: (file) => {
        const copy = Buffer.from(file.bytes);
        copy[1234] = (copy[1234] ?? 0) ^ 0xff;
        return copy;
      },
    });
    const localDir = await tempDir();
    const result = await snapshotDownload(hub, 'o/r', { localDir });
    expect(result.failed).toEqual([
      {
        path: 'model.bin',
        reason: expect.stringContaining('SHA-256 of model.bin does not match') as unknown,
      },
    ]);
    expect(result.downloaded.map((f) => f.path).sort()).toEqual([
      'config.json',
      'sub/dir/notes.txt',
    ]);
    expect((await readdir(localDir)).sort()).toEqual(['config.json', 'sub']);
  });

  it("catches a git file whose bytes do not match the listing's blob id", async () => {
    const { hub } = await hostileHub(FILES, {
      siblings: [{ rfilename: 'config.json', size: 8, blobId: blobId(Buffer.from('{"a":2}\n')) }],
    });
    const localDir = await tempDir();
    const result = await snapshotDownload(hub, 'o/r', { localDir });
    expect(result.failed[0]?.reason).toContain('git blob id of config.json does not match');
    expect(await readdir(localDir)).toEqual([]);
  });

  it('keeps a truncated LFS body as a partial file only, and continues it with a range', async () => {
    const localDir = await tempDir();
    const cut = await hostileHub(FILES, { cutAt: 100_000 });
    const first = await snapshotDownload(cut.hub, 'o/r', { localDir, include: ['*.bin'] });
    expect(first.failed.map((f) => f.path)).toEqual(['model.bin']);
    await expect(lstat(path.join(localDir, 'model.bin'))).rejects.toThrow();
    const kept = (await lstat(path.join(localDir, 'model.bin.partial'))).size;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(weights.length);

    const whole = await hostileHub(FILES);
    const second = await snapshotDownload(whole.hub, 'o/r', { localDir, include: ['*.bin'] });
    expect(second.failed).toEqual([]);
    expect(whole.ranges).toEqual([`bytes=${String(kept)}-`]);
    expect(second.downloaded).toEqual([
      expect.objectContaining({
        path: 'model.bin',
        size: weights.length,
        fetched: weights.length - kept,
      }),
    ]);
    expect(sha256(await readFile(path.join(localDir, 'model.bin')))).toBe(sha256(weights));
    expect(await readdir(localDir)).toEqual(['model.bin']);
  });

  it('starts over when storage answers a range with the whole file (200)', async () => {
    const localDir = await tempDir();
    await writeFile(path.join(localDir, 'model.bin.partial'), weights.subarray(0, 5000));
    const { hub, ranges } = await hostileHub(FILES, { ignoreRange: true });
    const result = await snapshotDownload(hub, 'o/r', { localDir, files: ['model.bin'] });
    expect(ranges).toEqual(['bytes=5000-']);
    expect(result.downloaded[0]).toMatchObject({ fetched: weights.length, size: weights.length });
    expect(sha256(await readFile(path.join(localDir, 'model.bin')))).toBe(sha256(weights));
  });

  it('refuses file names that lead outside the folder, and still fetches the others', async () => {
    const hostile = [
      '../../etc/passwd',
      '/etc/passwd',
      'a/../../../escape.txt',
      'sub\\..\\..\\win.txt',
      'C:/Windows/evil.dll',
      'bell\u0007.txt',
      `${'n'.repeat(300)}.txt`,
    ];
    const outside = await tempDir();
    const localDir = path.join(outside, 'inside');
    const { hub } = await hostileHub(FILES, {
      siblings: [
        ...hostile.map((rfilename) => ({ rfilename })),
        { rfilename: 42 },
        { rfilename: 'config.json', size: 8, blobId: blobId(FILES[0]?.bytes ?? Buffer.alloc(0)) },
      ],
    });
    const result = await snapshotDownload(hub, 'o/r', { localDir });
    expect(result.downloaded.map((f) => f.path)).toEqual(['config.json']);
    expect(result.failed.map((f) => f.path)).toEqual(['42', ...hostile]);
    for (const failure of result.failed.slice(1)) {
      expect(failure.reason).toMatch(
        /^refused the server's file name .*: (the path|the name|a name)/,
      );
    }
    expect(await readdir(outside)).toEqual(['inside']);
    expect(await readdir(localDir)).toEqual(['config.json']);
  });

  it('never writes through a symbolic link inside the folder', async () => {
    const outside = await tempDir();
    const localDir = await tempDir();
    await symlink(outside, path.join(localDir, 'sub'));
    await mkdir(path.join(localDir, 'x'));
    await symlink(path.join(outside, 'target.json'), path.join(localDir, 'config.json'));
    const { hub } = await hostileHub(FILES);
    const result = await snapshotDownload(hub, 'o/r', { localDir, exclude: ['*.bin'] });
    expect(
      result.failed
        .map((f) => [f.path, f.reason])
        .sort((a, b) => ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1)),
    ).toEqual([
      ['config.json', expect.stringContaining('is a symbolic link') as unknown],
      ['sub/dir/notes.txt', expect.stringContaining('is a symbolic link') as unknown],
    ]);
    expect(await readdir(outside)).toEqual([]);
  });

  it('skips files already there and stops at once when aborted', async () => {
    const localDir = await tempDir();
    const { hub } = await hostileHub(FILES);
    await snapshotDownload(hub, 'o/r', { localDir });
    const events: SnapshotEvent[] = [];
    const again = await snapshotDownload(hub, 'o/r', {
      localDir,
      onEvent: (event) => events.push(event),
    });
    expect(again.skipped.map((f) => f.path).sort()).toEqual([
      'config.json',
      'model.bin',
      'sub/dir/notes.txt',
    ]);
    // Each skip says the file's size, so progress can count it as done.
    const skips = events.flatMap((e) => (e.type === 'skipped' ? [[e.path, e.size]] : []));
    expect(skips.sort()).toEqual(FILES.map((f) => [f.name, f.bytes.byteLength]).sort());
    expect(again.bytesFetched).toBe(0);
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(
      snapshotDownload(hub, 'o/r', { localDir: await tempDir(), signal: controller.signal }),
    ).rejects.toThrow();
  });
});
