/**
 * A folder of 200 small files and one LFS file (sent in multipart parts) uploaded to the
 * data-backed CSGHub mock, then the repository fetched back with `snapshotDownload`: every file
 * equal to its source by SHA-256. Once through the client, once through the CLI
 * (`csghub upload`, then `csghub download --json`).
 */
import { createHash } from 'node:crypto';
import { openAsBlob } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMock, type MockServer } from '../../mocks/launcher.js';
import { nodeSha256, snapshotDownload } from '../../node/index.js';
import { CSGHub } from '../../src/csghub/index.js';
import { run } from '../cli/run.js';

const ID = 'OpenCSG/csg-wukong-1B';
const TOKEN = 'round-trip-token';
const CHUNK = 64 * 1024;
const LFS_SIZE = 5 * CHUNK + 123;

let mock: MockServer;
const dirs: string[] = [];

beforeAll(async () => {
  mock = await startMock({ api: 'csghub', stateful: true, lfsChunkBytes: CHUNK });
});

afterAll(async () => {
  await mock.stop();
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

const tempDir = async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'csgkit-round-trip-'));
  dirs.push(dir);
  return dir;
};
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const hub = () => new CSGHub({ token: TOKEN, baseUrl: mock.url, maxRetries: 0 });

/**
 * Writes 200 small files (in a few folders, sizes 0 to a few KiB, no two alike) and one LFS
 * file under `dir`; resolves to each file's SHA-256 by `/`-separated path.
 */
async function writeFolder(dir: string, seed: number): Promise<Map<string, string>> {
  const files = new Map<string, Uint8Array>();
  for (let i = 0; i < 200; i++) {
    const bytes = new Uint8Array((i * 37) % 5000);
    for (let j = 0; j < bytes.length; j++) bytes[j] = (j * 31 + i + seed) % 256;
    files.set(`part-${String(i % 4)}/file-${String(i).padStart(3, '0')}.txt`, bytes);
  }
  const big = new Uint8Array(LFS_SIZE);
  for (let j = 0; j < big.length; j++) big[j] = ((j >>> 8) * 7 + j + seed) % 251;
  files.set('weights/big.bin', big);
  const digests = new Map<string, string>();
  for (const [name, bytes] of files) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), bytes);
    digests.set(name, sha256(bytes));
  }
  return digests;
}

/** SHA-256 of every file under `dir`, by `/`-separated path. */
async function filesOn(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, full).split(path.sep).join('/'), sha256(await readFile(full)));
  }
  return files;
}

/** The repository tracks `*.bin` with LFS, so the big file goes to storage in parts. */
async function trackBin() {
  await fetch(`${mock.url}/__reset`, { method: 'POST' });
  await hub().models.upload(ID, [
    {
      path: '.gitattributes',
      content: new TextEncoder().encode('*.bin filter=lfs diff=lfs merge=lfs -text\n'),
    },
  ]);
}

describe('upload, then snapshot download, every file equal by SHA-256', () => {
  it('through the client', async () => {
    await trackBin();
    const local = await tempDir();
    const expected = await writeFolder(local, 1);
    const sources = await Promise.all(
      [...expected.keys()].map(async (name) => ({
        path: `client/${name}`,
        content: await openAsBlob(path.join(local, name)),
      })),
    );
    const uploaded = await hub().models.upload(ID, sources, { sha256: nodeSha256 });
    expect(uploaded.lfs).toEqual(['client/weights/big.bin']);
    expect(uploaded.committed).toHaveLength(201);

    const localDir = await tempDir();
    const result = await snapshotDownload(hub(), ID, { localDir, include: ['client/**'] });
    expect(result.failed).toEqual([]);
    expect(result.downloaded).toHaveLength(201);
    const back = await filesOn(localDir);
    expect(back).toEqual(new Map([...expected].map(([name, hash]) => [`client/${name}`, hash])));
  });

  it('through the CLI: `csghub upload`, then `csghub download --json`', async () => {
    await trackBin();
    const env = { CSGHUB_TOKEN: TOKEN };
    const local = await tempDir();
    const expected = await writeFolder(local, 2);
    const up = await run(
      'csghub',
      ['--base-url', mock.url, '--json', 'upload', ID, local, 'cli', '-m', 'Add'],
      { env },
    );
    expect(up.stderr).toBe('');
    expect(up.code).toBe(0);
    expect(JSON.parse(up.stdout)).toMatchObject({ lfs: ['cli/weights/big.bin'] });
    // The upload is the newest commit, by the token's user, with its message.
    const commits = await run(
      'csghub',
      ['--base-url', mock.url, 'models', 'commits', ID, '--per', '2'],
      { env },
    );
    expect(commits.code).toBe(0);
    const lines = commits.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+DATE\s+AUTHOR\s+MESSAGE$/);
    expect(lines[1]).toMatch(/^[0-9a-f]{12}\s+\S+\s+wanghh2000\s+Add$/);
    expect(lines).toHaveLength(3);
    const branches = await run('csghub', ['--base-url', mock.url, 'models', 'branches', ID], {
      env,
    });
    expect(branches.code).toBe(0);
    expect(branches.stdout).toMatch(/^main\s+[0-9a-f]{12}\s+Add$/m);
    const bad = await run(
      'csghub',
      ['--base-url', mock.url, 'models', 'commits', ID, '--per', '0'],
      { env },
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--per must be a whole number from 1 to 100');

    const localDir = await tempDir();
    const down = await run(
      'csghub',
      ['--base-url', mock.url, '--json', 'download', ID, '--local-dir', localDir],
      { env },
    );
    expect(down.stderr).toBe('');
    expect(down.code).toBe(0);
    const summary = JSON.parse(down.stdout) as { downloaded: { path: string }[]; failed: [] };
    expect(summary.failed).toEqual([]);
    const back = await filesOn(path.join(localDir, 'cli'));
    expect(back).toEqual(expected);
    expect(summary.downloaded.filter((f) => f.path.startsWith('cli/'))).toHaveLength(201);
  });
});
