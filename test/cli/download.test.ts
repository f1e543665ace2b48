/**
 * `csghub <kind> download` as a real process against hostile local servers: what it leaves on
 * disk when the bytes are wrong, when it is signalled, and where it writes.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, stat, symlink, writeFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listen } from '../../tooling/static-server.js';
import { freshHome, run } from './run.js';

const env = { CSGHUB_TOKEN: 'cli-test-token-0b9e4d7c' };
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A hub whose `model.bin` is an LFS pointer to `stored`, served from its own /storage path. */
async function lfsHub(stored: string, claimed = stored) {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://hub');
    if (url.pathname.startsWith('/storage/')) {
      response.writeHead(200, { 'content-length': String(Buffer.byteLength(stored)) });
      response.end(stored);
    } else if (url.searchParams.get('lfs') === 'true') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ msg: 'OK', data: `${base}/storage/object` }));
    } else {
      const pointer = `version https://git-lfs.github.com/spec/v1\noid sha256:${sha256(claimed)}\nsize ${Buffer.byteLength(stored)}\n`;
      response.writeHead(200, { 'content-length': String(Buffer.byteLength(pointer)) });
      response.end(pointer);
    }
  });
  const base = await listen(server, 0, '127.0.0.1');
  return { base, close: () => server.close() };
}

/** A hub that counts requests and answers `body` for any file. */
async function countingHub(body = 'hello\n') {
  let requests = 0;
  const server = http.createServer((_request, response) => {
    requests++;
    response.writeHead(200, { 'content-length': String(Buffer.byteLength(body)) });
    response.end(body);
  });
  const base = await listen(server, 0, '127.0.0.1');
  return { base, requests: () => requests, close: () => server.close() };
}

const download = (base: string, ...extra: string[]) => [
  '--base-url',
  base,
  'models',
  'download',
  'OpenCSG/csg-wukong-1B',
  ...extra,
];

describe('csghub models download', () => {
  it("checks an LFS file's sha256 as it writes: a match is kept", async () => {
    const hub = await lfsHub('model weights');
    const dir = await freshHome();
    try {
      const { code } = await run('csghub', download(hub.base, 'model.bin'), { env, cwd: dir });
      expect(code).toBe(0);
      expect(await readFile(path.join(dir, 'model.bin'), 'utf8')).toBe('model weights');
    } finally {
      hub.close();
    }
  });

  it("removes the partial file and exits 1 when an LFS file's sha256 does not match", async () => {
    const hub = await lfsHub('model weights', 'other weights');
    const dir = await freshHome();
    try {
      const { code, stderr } = await run('csghub', download(hub.base, 'model.bin'), {
        env,
        cwd: dir,
      });
      expect(code).toBe(1);
      expect(stderr).toMatch(/^csghub models download: model\.bin: sha256 .* not the .* pointer/);
      expect(await readdir(dir)).toEqual([]);
    } finally {
      hub.close();
    }
  });

  it.each(['SIGHUP', 'SIGTERM'] as const)('removes the partial file on %s', async (signalName) => {
    // A hub that sends some bytes and then nothing more.
    const server = http.createServer((_request, response) => {
      response.writeHead(200, { 'content-length': '5000' });
      response.write(Buffer.alloc(2000, 7));
    });
    const base = await listen(server, 0, '127.0.0.1');
    const dir = await freshHome();
    try {
      const { code } = await run('csghub', download(base, 'model.bin'), {
        env,
        cwd: dir,
        started: (pid) => {
          const poll = setInterval(() => {
            void stat(path.join(dir, 'model.bin.partial')).then(
              (partial) => {
                if (partial.size < 2000) return;
                clearInterval(poll);
                process.kill(pid, signalName);
              },
              () => undefined,
            );
          }, 20);
        },
      });
      expect(code).toBe(130);
      expect(await readdir(dir)).toEqual([]);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('does not write through a partial file that is a symbolic link', async () => {
    const hub = await countingHub();
    const dir = await freshHome();
    const victim = path.join(dir, 'victim');
    await writeFile(victim, 'precious');
    await symlink(victim, path.join(dir, 'config.json.partial'));
    try {
      const { code, stderr } = await run('csghub', download(hub.base, 'config.json'), {
        env,
        cwd: dir,
      });
      expect(code).toBe(2);
      expect(stderr).toMatch(/config\.json\.partial .*not a regular file/);
      expect(await readFile(victim, 'utf8')).toBe('precious');
      expect(hub.requests()).toBe(0);
    } finally {
      hub.close();
    }
  });

  it('replaces a stale partial file left by an earlier run', async () => {
    const hub = await countingHub();
    const dir = await freshHome();
    await writeFile(path.join(dir, 'config.json.partial'), 'stale and longer than the file');
    try {
      const { code } = await run('csghub', download(hub.base, 'config.json'), { env, cwd: dir });
      expect(code).toBe(0);
      expect(await readdir(dir)).toEqual(['config.json']);
      expect(await readFile(path.join(dir, 'config.json'), 'utf8')).toBe('hello\n');
    } finally {
      hub.close();
    }
  });

  it('writes inside a directory given as -o, under the file name', async () => {
    const hub = await countingHub();
    const dir = await freshHome();
    await mkdir(path.join(dir, 'out'));
    try {
      for (const output of ['out', 'out/']) {
        const { code, stdout } = await run(
          'csghub',
          download(hub.base, 'sub/config.json', '-o', output, '--force'),
          { env, cwd: dir },
        );
        expect(code).toBe(0);
        expect(stdout.trim()).toBe(path.join('out', 'config.json'));
      }
      expect(await readdir(path.join(dir, 'out'))).toEqual(['config.json']);
    } finally {
      hub.close();
    }
  });

  it.each(['missing/', 'missing/config.json'])(
    'refuses -o %s before any request when the directory is missing',
    async (output) => {
      const hub = await countingHub();
      const dir = await freshHome();
      try {
        const { code, stderr } = await run(
          'csghub',
          download(hub.base, 'config.json', '-o', output),
          { env, cwd: dir },
        );
        expect(code).toBe(2);
        expect(stderr).toMatch(/^csghub models download: no directory missing/);
        expect(hub.requests()).toBe(0);
        expect(await readdir(dir)).toEqual([]);
      } finally {
        hub.close();
      }
    },
  );
});
