/**
 * `csghub <kind> upload` as a real process against a local hub: what it commits, what goes to
 * LFS storage (without the token), and what it skips.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startMock } from '../../mocks/launcher.js';
import { CSGHub } from '../../src/csghub/index.js';
import { recordingServer, replyJson } from '../helpers/recording-server.js';
import { freshHome, run, runInTerminal } from './run.js';

const TOKEN = 'cli-test-token-0b9e4d7c';
const env = { CSGHUB_TOKEN: TOKEN };

/** A hub that sends `big.bin` to LFS (basic transfer, storage on another origin). */
async function uploadHub() {
  let storage = '';
  const hub = await recordingServer(({ path: at, body }, response) => {
    if (at.includes('/preupload/')) {
      const { files } = JSON.parse(body) as { files: { path: string }[] };
      replyJson(response, {
        msg: 'OK',
        data: {
          files: files.map((f) => ({
            oid: '',
            path: f.path,
            uploadMode: f.path.endsWith('.bin') ? 'lfs' : 'regular',
            shouldIgnore: f.path.endsWith('.log'),
            isDir: false,
          })),
        },
      });
    } else if (at.endsWith('/objects/batch')) {
      const { objects } = JSON.parse(body) as { objects: { oid: string; size: number }[] };
      replyJson(response, {
        transfer: 'basic',
        objects: objects.map((o) => ({
          ...o,
          // `localhost` is another origin than the `127.0.0.1` the client talks to.
          actions: { upload: { href: `${storage}/storage/${o.oid}`, header: {} } },
        })),
      });
    } else if (at.startsWith('/storage/')) {
      response.writeHead(200, { etag: '"e"' });
      response.end();
    } else replyJson(response, { msg: 'OK', data: null });
  });
  storage = hub.base.replace('127.0.0.1', 'localhost');
  return hub;
}

describe('csghub models upload', () => {
  it('shows one bar on a terminal that ends full, names ignored files, and sums up in one line', async () => {
    const hub = await uploadHub();
    try {
      const dir = await freshHome();
      const local = path.join(dir, 'repo');
      await mkdir(local, { recursive: true });
      await writeFile(path.join(local, 'a.txt'), 'alpha\n');
      await writeFile(path.join(local, 'big.bin'), 'weights');
      await writeFile(path.join(local, 'debug.log'), 'not for the hub\n');
      const outcome = await runInTerminal(
        'csghub',
        ['--base-url', hub.base, 'models', 'upload', 'me/repo', local],
        { env },
      );
      expect(outcome.code).toBe(0);
      const lines = outcome.stdout.split('\r\n');
      const bar = lines
        .findLast((line) => line.includes('% | '))
        ?.split('\x1b[1G')
        .at(-1);
      expect(bar).toMatch(/^\S+ 100% \| 13 B of 13 B \| 2 of 2 files committed/);
      expect(lines).toContain("debug.log: not uploaded, the repository's .gitignore matches it");
      expect(lines).toContain(
        'committed 2 files (13 B, 1 through LFS) to model me/repo on main in 1 commit',
      );
      expect(outcome.stdout).not.toContain('a.txt\r\n');
    } finally {
      hub.close();
    }
  });

  it('uploads a directory: small files in the commit, large ones to storage without the token', async () => {
    const hub = await uploadHub();
    try {
      const dir = await freshHome();
      const local = path.join(dir, 'repo');
      await mkdir(path.join(local, 'sub'), { recursive: true });
      await writeFile(path.join(local, 'a.txt'), 'alpha\n');
      await writeFile(path.join(local, 'sub', 'b.txt'), 'beta\n');
      await writeFile(path.join(local, 'big.bin'), 'weights');
      await symlink('/etc/hostname', path.join(local, 'link.txt'));
      const outcome = await run(
        'csghub',
        [
          '--base-url',
          hub.base,
          '--json',
          'models',
          'upload',
          'me/repo',
          local,
          'data',
          '-m',
          'Add',
        ],
        { env },
      );
      expect(outcome.stderr).toBe('');
      expect(outcome.code).toBe(0);
      expect(JSON.parse(outcome.stdout)).toEqual({
        committed: ['data/a.txt', 'data/sub/b.txt', 'data/big.bin'],
        ignored: [],
        lfs: ['data/big.bin'],
        commits: 1,
      });
      const put = hub.seen.find((r) => r.path.startsWith('/storage/'));
      expect(put?.body).toBe('weights');
      expect(put?.authorization).toBeUndefined();
      const commit = hub.seen.find((r) => r.path.includes('/commit/'));
      expect(commit?.path).toBe('/api/v1/models/me/repo/commit/main');
      expect(commit?.authorization).toBe(`Bearer ${TOKEN}`);
      const { files, message } = JSON.parse(commit?.body ?? '{}') as {
        files: { path: string; content: string }[];
        message: string;
      };
      expect(message).toBe('Add');
      const oid = createHash('sha256').update('weights').digest('hex');
      expect(files.map((f) => [f.path, Buffer.from(f.content, 'base64').toString()])).toEqual([
        ['data/a.txt', 'alpha\n'],
        ['data/sub/b.txt', 'beta\n'],
        ['data/big.bin', `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize 7\n`],
      ]);
    } finally {
      hub.close();
    }
  });

  it('refuses a local path that does not exist, sending nothing', async () => {
    const hub = await uploadHub();
    try {
      const dir = await freshHome();
      const outcome = await run(
        'csghub',
        ['--base-url', hub.base, 'models', 'upload', 'me/repo', path.join(dir, 'missing')],
        { env },
      );
      expect(outcome.code).not.toBe(0);
      expect(outcome.stderr).toContain('no file or directory');
      expect(hub.seen).toEqual([]);
    } finally {
      hub.close();
    }
  });
});

describe('csghub models upload against the data-backed mock', () => {
  it('uploads a directory that then downloads back byte for byte, LFS file included', async () => {
    const mock = await startMock({ api: 'csghub', stateful: true, lfsChunkBytes: 64 * 1024 });
    try {
      const id = 'OpenCSG/csg-wukong-1B';
      const dir = await freshHome();
      const local = path.join(dir, 'repo');
      await mkdir(path.join(local, 'sub'), { recursive: true });
      const big = Buffer.alloc(300 * 1024 + 7);
      for (let i = 0; i < big.length; i++) big[i] = (i * 7919) % 251;
      const files: Record<string, Buffer> = {
        '.gitattributes': Buffer.from('*.bin filter=lfs diff=lfs merge=lfs -text\n'),
        'a.txt': Buffer.from('alpha\n'),
        'sub/b.txt': Buffer.from('beta 测试\n'),
      };
      for (const [name, bytes] of Object.entries(files))
        await writeFile(path.join(local, name), bytes);
      // The rules first, so the next upload sends *.bin to LFS storage.
      const rules = await run(
        'csghub',
        [
          '--base-url',
          mock.url,
          '--json',
          'models',
          'upload',
          id,
          path.join(local, '.gitattributes'),
        ],
        { env },
      );
      expect(rules.code).toBe(0);
      await writeFile(path.join(local, 'big.bin'), big);
      files['big.bin'] = big;
      const outcome = await run(
        'csghub',
        ['--base-url', mock.url, '--json', 'models', 'upload', id, local, 'up', '-m', 'Add'],
        { env },
      );
      expect(outcome.stderr).toBe('');
      expect(outcome.code).toBe(0);
      expect(JSON.parse(outcome.stdout)).toMatchObject({ lfs: ['up/big.bin'], commits: 1 });
      const hub = new CSGHub({ token: TOKEN, baseUrl: mock.url });
      for (const [name, bytes] of Object.entries(files)) {
        const file = await hub.models.download(id, `up/${name}`);
        const back = Buffer.from(await new Response(file.body).arrayBuffer());
        const digest = (b: Buffer) => createHash('sha256').update(b).digest('hex');
        expect([name, digest(back)]).toEqual([name, digest(bytes)]);
      }
    } finally {
      await mock.stop();
    }
  });

  it('creates a missing repository as the hub does, then uploads into it; --no-create refuses', async () => {
    const mock = await startMock({ api: 'csghub', stateful: true });
    try {
      const dir = await freshHome();
      await writeFile(path.join(dir, 'config.json'), '{"a":1}\n');
      await writeFile(path.join(dir, 'tiny.safetensors'), Buffer.alloc(100, 1));
      const cli = (...args: string[]) => run('csghub', ['--base-url', mock.url, ...args], { env });

      const refused = await cli('upload', 'wanghh2000/not-yet', dir, '--no-create');
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('REPO-ERR-3');

      const outcome = await cli('--json', 'upload', 'wanghh2000/brand-new', dir, '--private');
      expect(outcome.code).toBe(0);
      expect(outcome.stderr).toBe('created model wanghh2000/brand-new (private)\n');
      // The hub's .gitattributes of a new model sends *.safetensors to LFS storage.
      expect(JSON.parse(outcome.stdout)).toMatchObject({
        committed: ['config.json', 'tiny.safetensors'],
        lfs: ['tiny.safetensors'],
      });
      const hub = new CSGHub({ token: TOKEN, baseUrl: mock.url });
      expect((await hub.models.get('wanghh2000/brand-new')).private).toBe(true);
      const files = await hub.models.listFiles('wanghh2000/brand-new');
      expect(files.map((f) => f.path)).toEqual([
        '.gitattributes',
        'README.md',
        'config.json',
        'tiny.safetensors',
      ]);

      // Once it exists, an upload says nothing of creating it.
      const again = await cli('upload', 'wanghh2000/brand-new', path.join(dir, 'config.json'));
      expect([again.code, again.stderr]).toEqual([0, '']);
    } finally {
      await mock.stop();
    }
  });

  it('creates and deletes repositories (delete asks, or takes --yes)', async () => {
    const mock = await startMock({ api: 'csghub', stateful: true });
    try {
      const cli = (...args: string[]) => run('csghub', ['--base-url', mock.url, ...args], { env });
      const made = await cli(
        '--json',
        'datasets',
        'create',
        'wanghh2000/corpus',
        '--license',
        'mit',
        '--nickname',
        '语料',
      );
      expect(made.code).toBe(0);
      expect(JSON.parse(made.stdout)).toMatchObject({
        path: 'wanghh2000/corpus',
        license: 'mit',
        nickname: '语料',
        private: false,
      });
      const hub = new CSGHub({ token: TOKEN, baseUrl: mock.url });
      const readme = await hub.datasets.download('wanghh2000/corpus', 'README.md');
      expect(await new Response(readme.body).text()).toContain('license: mit');
      expect((await cli('datasets', 'create', 'corpus')).stderr).toContain(
        'expected <namespace>/<name>',
      );

      const unasked = await cli('datasets', 'delete', 'wanghh2000/corpus');
      expect(unasked.code).not.toBe(0);
      expect(unasked.stderr).toContain('refusing without --yes');
      const deleted = await cli('--yes', 'datasets', 'delete', 'wanghh2000/corpus');
      expect([deleted.code, deleted.stdout]).toEqual([0, 'deleted  wanghh2000/corpus\n']);
      await expect(hub.datasets.get('wanghh2000/corpus')).rejects.toMatchObject({ status: 404 });
    } finally {
      await mock.stop();
    }
  });

  it('continues an interrupted upload from its --resume file, sending only the missing parts', async () => {
    const chunk = 64 * 1024;
    const mock = await startMock({ api: 'csghub', stateful: true, lfsChunkBytes: chunk });
    try {
      const id = 'OpenCSG/csg-wukong-1B';
      const hub = new CSGHub({ token: TOKEN, baseUrl: mock.url, maxRetries: 0 });
      await hub.models.createFile(id, '.gitattributes', {
        content: btoa('*.bin filter=lfs diff=lfs merge=lfs -text\n'),
        branch: 'main',
      });
      const dir = await freshHome();
      const file = path.join(dir, 'big.bin');
      const big = Buffer.alloc(6 * chunk + 11);
      for (let i = 0; i < big.length; i++) big[i] = (i * 31) % 253;
      await writeFile(file, big);
      // An upload cut short after two parts, its progress saved as the CLI saves it.
      const resume = {};
      const controller = new AbortController();
      let parts = 0;
      await expect(
        hub.models.upload(id, [{ path: 'big.bin', content: big }], {
          resume,
          concurrency: 1,
          signal: controller.signal,
          onProgress: (p) => {
            if (p.phase === 'uploading' && ++parts === 2) controller.abort();
          },
        }),
      ).rejects.toThrow();
      const progress = path.join(dir, 'big.upload.json');
      await writeFile(progress, JSON.stringify(resume));
      const puts = async () =>
        (
          (await (await fetch(`${mock.url}/__state`)).json()) as {
            files: { storagePuts: { parts: number } };
          }
        ).files.storagePuts.parts;
      const before = await puts();
      expect(before).toBe(2);
      const outcome = await run(
        'csghub',
        ['--base-url', mock.url, 'models', 'upload', id, file, '--resume', progress],
        { env },
      );
      expect(outcome.stderr).toBe('');
      expect(outcome.code).toBe(0);
      expect((await puts()) - before).toBe(7 - 2);
      await expect(readFile(progress)).rejects.toMatchObject({ code: 'ENOENT' });
      const back = await hub.models.download(id, 'big.bin');
      const bytes = Buffer.from(await new Response(back.body).arrayBuffer());
      expect(bytes.equals(big)).toBe(true);
    } finally {
      await mock.stop();
    }
  });

  it('refuses a --resume file that is not one', async () => {
    const dir = await freshHome();
    const progress = path.join(dir, 'bad.json');
    await writeFile(progress, JSON.stringify({ '../x': { uploadId: 1 } }));
    await writeFile(path.join(dir, 'a.txt'), 'a');
    const outcome = await run(
      'csghub',
      [
        '--base-url',
        'http://127.0.0.1:9',
        'models',
        'upload',
        'me/repo',
        path.join(dir, 'a.txt'),
        '--resume',
        progress,
      ],
      { env },
    );
    expect(outcome.code).not.toBe(0);
    expect(outcome.stderr).toContain('not an upload progress file');
  });
});
