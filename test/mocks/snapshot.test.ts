/**
 * `snapshotDownload` against the CSGHub mock's repository contents: every file compared with
 * the mock's own bytes, patterns, a second run that fetches nothing, and an interrupted LFS
 * download that resumes with only the bytes still missing (counted by a proxy in front).
 */
import { createHash } from 'node:crypto';
import { lstat, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byteChunks } from '../../mocks/content/bytes.js';
import { repoEntries, WEIGHTS_PATH, type RepoKey } from '../../mocks/content/files.js';
import { startMock, type MockServer } from '../../mocks/launcher.js';
import { snapshotDownload, type SnapshotEvent } from '../../node/index.js';
import { CSGHub } from '../../src/csghub/index.js';
import { listen } from '../../tooling/static-server.js';

const WEIGHTS_BYTES = 2 * 1024 * 1024 + 4321;
const ID = 'OpenCSG/csg-wukong-1B';

let mock: MockServer;
let proxy: { url: string; server: http.Server };
/** What the proxy saw of storage requests: `Range` headers and body bytes sent. */
const storage = { ranges: [] as (string | undefined)[], bytes: 0 };
const dirs: string[] = [];

beforeAll(async () => {
  mock = await startMock({ api: 'csghub', weightsBytes: WEIGHTS_BYTES });
  const server = http.createServer((request, response) => {
    const upstream = http.request(
      {
        host: '127.0.0.1',
        port: mock.port,
        method: request.method,
        path: request.url,
        headers: request.headers, // the proxy's host: signed URLs come back through it
      },
      (answer) => {
        const counted = request.url?.startsWith('/lfs-storage/') ?? false;
        if (counted) storage.ranges.push(request.headers.range);
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.on('data', (chunk: Buffer) => {
          if (counted) storage.bytes += chunk.byteLength;
          response.write(chunk);
        });
        answer.on('end', () => response.end());
      },
    );
    upstream.on('error', () => response.destroy());
    response.on('close', () => upstream.destroy());
    request.pipe(upstream);
  });
  proxy = { url: await listen(server, 0, '127.0.0.1'), server };
});

afterAll(async () => {
  proxy.server.closeAllConnections();
  proxy.server.close();
  await mock.stop();
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

const tempDir = async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'csgkit-snapshot-mock-'));
  dirs.push(dir);
  return dir;
};
// Dataset downloads need a signed-in user, as on the hub.
const hub = () => new CSGHub({ baseUrl: proxy.url, token: 'snapshot-test-token', maxRetries: 0 });
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** SHA-256 of every file of a mock repository, from the mock's own generators. */
function expectedFiles(key: RepoKey): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of repoEntries(key, WEIGHTS_BYTES)) {
    if (entry.type === 'file') files.set(entry.path, sha256(entry.text));
    if (entry.type === 'lfs') {
      const hash = createHash('sha256');
      for (const chunk of byteChunks(entry.seed, 0, entry.size)) hash.update(chunk);
      files.set(entry.path, hash.digest('hex'));
    }
  }
  return files;
}

/** SHA-256 of every file under `dir`, by `/`-separated path. */
async function filesOn(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, full).split(path.sep).join('/'), sha256(await readFile(full)));
  }
  return files;
}

describe('snapshotDownload from the mock', () => {
  it.each([
    ['models', 'same size and git blob id'],
    ['datasets', 'same size and git blob id'],
  ] as const)(
    '%s: writes every file with the mock’s bytes, then skips them all',
    async (kind, reason) => {
      const localDir = await tempDir();
      const events: SnapshotEvent['type'][] = [];
      const result = await snapshotDownload(hub(), ID, {
        localDir,
        kind,
        onEvent: (event) => events.push(event.type),
      });
      const expected = expectedFiles({ kind, namespace: 'OpenCSG', name: 'csg-wukong-1B' });
      expect(result.failed).toEqual([]);
      expect(result.downloaded.map((f) => f.path).sort()).toEqual([...expected.keys()].sort());
      expect(await filesOn(localDir)).toEqual(expected);
      expect(events[0]).toBe('listed');
      expect(events.filter((e) => e === 'downloaded')).toHaveLength(expected.size);

      const before = storage.bytes;
      const again = await snapshotDownload(hub(), ID, { localDir, kind });
      expect(again.downloaded).toEqual([]);
      expect(again.bytesFetched).toBe(0);
      expect(storage.bytes).toBe(before);
      expect(again.skipped.find((f) => f.path === 'README.md')?.reason).toBe(reason);
      expect(again.skipped.find((f) => f.path === WEIGHTS_PATH)?.reason).toBe(
        'same size and SHA-256',
      );
    },
  );

  it('takes include and exclude patterns', async () => {
    const localDir = await tempDir();
    const result = await snapshotDownload(hub(), ID, {
      localDir,
      include: ['*.json', 'examples/**'],
      exclude: ['tokenizer/*'],
    });
    expect(result.downloaded.map((f) => f.path).sort()).toEqual([
      'config.json',
      'examples/python/infer.py',
    ]);
    expect([...(await filesOn(localDir)).keys()].sort()).toEqual([
      'config.json',
      'examples/python/infer.py',
    ]);
  });

  it('resumes an interrupted LFS download, fetching only the missing bytes', async () => {
    const localDir = await tempDir();
    const controller = new AbortController();
    await expect(
      snapshotDownload(hub(), ID, {
        localDir,
        files: [WEIGHTS_PATH],
        signal: controller.signal,
        onEvent: (event) => {
          if (event.type === 'progress' && event.loaded >= 512 * 1024) controller.abort();
        },
      }),
    ).rejects.toThrow();
    const partial = path.join(localDir, `${WEIGHTS_PATH}.partial`);
    const kept = (await lstat(partial)).size;
    expect(kept).toBeGreaterThanOrEqual(512 * 1024);
    expect(kept).toBeLessThan(WEIGHTS_BYTES);
    await expect(lstat(path.join(localDir, WEIGHTS_PATH))).rejects.toThrow();

    storage.ranges.length = 0;
    storage.bytes = 0;
    const resumed = await snapshotDownload(hub(), ID, { localDir, files: [WEIGHTS_PATH] });
    expect(storage.ranges).toEqual([`bytes=${String(kept)}-`]);
    expect(storage.bytes).toBe(WEIGHTS_BYTES - kept);
    expect(resumed.downloaded).toEqual([
      expect.objectContaining({ size: WEIGHTS_BYTES, fetched: WEIGHTS_BYTES - kept }),
    ]);
    const expected = expectedFiles({ kind: 'models', namespace: 'OpenCSG', name: 'csg-wukong-1B' });
    expect(await filesOn(localDir)).toEqual(new Map([[WEIGHTS_PATH, expected.get(WEIGHTS_PATH)]]));
  });

  it('lists every file of a revision through getRevision, blobs for models only', async () => {
    const model = await hub().models.getRevision(ID, { blobs: true });
    const weights = model.siblings?.find((f) => f.rfilename === WEIGHTS_PATH);
    expect(weights?.lfs).toMatchObject({ size: WEIGHTS_BYTES });
    expect(weights?.lfs?.sha256).toMatch(/^[0-9a-f]{64}$/);
    const dataset = await hub().datasets.getRevision(ID, { ref: 'main', blobs: true });
    expect(dataset.sha).toBe('main');
    expect(dataset.siblings?.every((f) => Object.keys(f).join() === 'rfilename')).toBe(true);
    expect(dataset.siblings?.map((f) => f.rfilename)).toContain('tokenizer/vocab.txt');
  });

  it('resolves the weights through the redirect to storage, from an offset', async () => {
    const info = await hub().models.getResolvedFileInfo(ID, WEIGHTS_PATH);
    expect(info.size).toBe(WEIGHTS_BYTES);
    const file = await hub().models.resolveFile(ID, WEIGHTS_PATH, { offset: 1000 });
    expect(file.offset).toBe(1000);
    expect(file.size).toBe(WEIGHTS_BYTES - 1000);
    const hash = createHash('sha256');
    const reader = file.body.getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      hash.update(next.value);
    }
    const expected = createHash('sha256');
    const seed = `models/${ID}`;
    for (const chunk of byteChunks(seed, 1000, WEIGHTS_BYTES)) expected.update(chunk);
    expect(hash.digest('hex')).toBe(expected.digest('hex'));
  });
});
