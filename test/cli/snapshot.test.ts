/**
 * `csghub download <repo>` (whole repositories) and `csghub upload <repo> <path>` as real
 * processes: against the CSGHub mock with `--json`, a second run that skips, a hostile listing
 * whose names are printed neutralised, and the verb-first upload reaching the same commit.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listen } from '../../tooling/static-server.js';
import { recordingServer, replyJson } from '../helpers/recording-server.js';
import { freshHome, mockUrls, run } from './run.js';

const env = { CSGHUB_TOKEN: 'cli-test-token-0b9e4d7c' };
const ID = 'OpenCSG/csg-wukong-1B';

interface Summary {
  localDir: string;
  revision: string;
  downloaded: { path: string; size: number; fetched: number }[];
  skipped: { path: string; reason: string }[];
  failed: { path: string; reason: string }[];
  bytesFetched: number;
}

describe('csghub download <repo>', () => {
  it('downloads a whole model into --local-dir, prints a JSON summary, then skips it all', async () => {
    const dir = path.join(await freshHome(), 'wukong');
    const args = ['--base-url', mockUrls['csghub'] ?? '', '--json', 'download', ID];
    const first = await run('csghub', [...args, '--local-dir', dir], { env });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const summary = JSON.parse(first.stdout) as Summary;
    expect(summary.localDir).toBe(dir);
    expect(summary.failed).toEqual([]);
    expect(summary.downloaded.map((f) => f.path).sort()).toEqual([
      'README.md',
      'config.json',
      'examples/python/infer.py',
      'model.safetensors',
      'tokenizer/tokenizer.json',
      'tokenizer/vocab.txt',
    ]);
    expect((await readFile(path.join(dir, 'config.json'), 'utf8')).includes(ID)).toBe(true);
    const weights = summary.downloaded.find((f) => f.path === 'model.safetensors');
    expect(weights?.size).toBe((await readFile(path.join(dir, 'model.safetensors'))).byteLength);

    const second = await run('csghub', [...args, '--local-dir', dir], { env });
    expect(second.code).toBe(0);
    const again = JSON.parse(second.stdout) as Summary;
    expect(again.downloaded).toEqual([]);
    expect(again.skipped).toHaveLength(6);
    expect(again.bytesFetched).toBe(0);
  });

  it('takes files, patterns and --repo-type, and prints one summary line', async () => {
    const dir = await freshHome();
    const outcome = await run(
      'csghub',
      [
        '--base-url',
        mockUrls['csghub'] ?? '',
        'download',
        ID,
        '--repo-type',
        'dataset',
        '--local-dir',
        dir,
        '--include',
        'tokenizer/*',
        '--include',
        '*.md',
        '--exclude',
        '*.json',
      ],
      { env },
    );
    expect(outcome.stderr).toBe('');
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toBe(
      `downloaded 2, skipped 0 (up to date), failed 0; ${/; (.+) fetched/.exec(outcome.stdout)?.[1] ?? ''} fetched into ${dir}\n`,
    );
    expect((await readdir(dir, { recursive: true })).sort()).toEqual([
      'README.md',
      'tokenizer',
      'tokenizer/vocab.txt',
    ]);
  });

  it('refuses a bad --repo-type before sending anything', async () => {
    const outcome = await run('csghub', ['download', ID, '--repo-type', 'weights'], { env });
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain('--repo-type must be model, dataset, code, space or mcp');
  });

  it('names refused files with their control characters shown, and exits 1', async () => {
    const server = http.createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          id: 'o/r',
          sha: 'abc',
          siblings: [{ rfilename: '../\u001b[2Jevil' }, { rfilename: 'x\u202egnp.exe' }],
        }),
      );
    });
    const base = await listen(server, 0, '127.0.0.1');
    try {
      const dir = await freshHome();
      const outcome = await run(
        'csghub',
        ['--base-url', base, 'download', 'o/r', '--local-dir', path.join(dir, 'out')],
        { env },
      );
      expect(outcome.code).toBe(1);
      expect(outcome.stderr).not.toContain('\u001b');
      expect(outcome.stderr).not.toContain('\u202e');
      expect(outcome.stderr).toContain('\\x1b[2Jevil');
      expect(outcome.stderr).toContain('\\u202egnp.exe');
      expect(outcome.stderr).toContain('control character');
      expect(outcome.stderr).toContain('csghub download: 2 of 2 files failed');
      expect(await readdir(dir)).toEqual(['out']);
    } finally {
      server.close();
    }
  });
});

/** A hub whose one LFS file's storage stalls after `stallAt` bytes, unless asked for a range. */
async function stallingHub(content: Buffer, stallAt: number) {
  const oid = createHash('sha256').update(content).digest('hex');
  const ranges: (string | undefined)[] = [];
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://hub');
    const json = (value: unknown) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(value));
    };
    if (url.pathname.endsWith('/revision/main')) {
      json({
        id: 'o/r',
        sha: 'abc',
        siblings: [
          {
            rfilename: 'model.bin',
            size: content.byteLength,
            lfs: { sha256: oid, size: content.byteLength, pointerSize: 130 },
          },
        ],
      });
    } else if (url.searchParams.get('lfs') === 'true') {
      json({ msg: 'OK', data: `${base}/storage/${oid}` });
    } else if (url.pathname.startsWith('/storage/')) {
      ranges.push(request.headers.range);
      const start = Number(/^bytes=(\d+)-$/.exec(request.headers.range ?? '')?.[1] ?? 0);
      const rest = content.subarray(start);
      response.writeHead(start > 0 ? 206 : 200, {
        'content-length': String(rest.byteLength),
        ...(start > 0
          ? {
              'content-range': `bytes ${String(start)}-${String(content.byteLength - 1)}/${String(content.byteLength)}`,
            }
          : {}),
      });
      if (start > 0) response.end(rest);
      else response.write(rest.subarray(0, stallAt)); // then nothing more
    } else {
      const pointer = `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize ${String(content.byteLength)}\n`;
      response.writeHead(200, { 'content-length': String(Buffer.byteLength(pointer)) });
      response.end(pointer);
    }
  });
  const base = await listen(server, 0, '127.0.0.1');
  return { base, ranges, server };
}

describe('csghub download <repo>, interrupted', () => {
  it('keeps the partial LFS file on Ctrl-C (exit 130), and the next run fetches only the rest', async () => {
    const content = Buffer.alloc(200_000, 3);
    content.write('csgkit', 150_000);
    const hub = await stallingHub(content, 80_000);
    const dir = await freshHome();
    const partial = path.join(dir, 'model.bin.partial');
    const args = ['--base-url', hub.base, 'download', 'o/r', '--local-dir', dir];
    try {
      const interrupted = await run('csghub', args, {
        env,
        started: (pid) => {
          const poll = setInterval(() => {
            void stat(partial).then(
              (found) => {
                if (found.size < 80_000) return;
                clearInterval(poll);
                process.kill(pid, 'SIGINT');
              },
              () => undefined,
            );
          }, 20);
        },
      });
      expect(interrupted.code).toBe(130);
      expect(await readdir(dir)).toEqual(['model.bin.partial']);
      expect((await stat(partial)).size).toBe(80_000);

      const resumed = await run('csghub', [...args, '--json'], { env });
      expect(resumed.stderr).toBe('');
      expect(resumed.code).toBe(0);
      expect((JSON.parse(resumed.stdout) as Summary).downloaded).toEqual([
        expect.objectContaining({ path: 'model.bin', size: 200_000, fetched: 120_000 }),
      ]);
      expect(hub.ranges).toEqual([undefined, 'bytes=80000-']);
      expect(await readFile(path.join(dir, 'model.bin'))).toEqual(content);
      expect(await readdir(dir)).toEqual(['model.bin']);
    } finally {
      hub.server.closeAllConnections();
      hub.server.close();
    }
  });
});

describe('csghub upload <repo> <path>', () => {
  it('commits through the same upload as `<kind> upload`, with --repo-type', async () => {
    const hub = await recordingServer(({ path: at, body }, response) => {
      if (at.includes('/preupload/')) {
        const { files } = JSON.parse(body) as { files: { path: string }[] };
        const regular = files.map((f) => ({
          oid: '',
          path: f.path,
          uploadMode: 'regular',
          shouldIgnore: false,
          isDir: false,
        }));
        replyJson(response, { msg: 'OK', data: { files: regular } });
      } else replyJson(response, { msg: 'OK', data: null });
    });
    try {
      const dir = await freshHome();
      const file = path.join(dir, 'notes.txt');
      await writeFile(file, 'notes\n');
      const outcome = await run(
        'csghub',
        ['--base-url', hub.base, 'upload', 'me/data', file, 'docs/notes.txt'].concat([
          '--repo-type',
          'dataset',
          '-m',
          'Add notes',
        ]),
        { env },
      );
      expect(outcome.stderr).toBe('');
      expect(outcome.code).toBe(0);
      expect(outcome.stdout).toBe(
        'committed 1 file (6 B) to dataset me/data on main in 1 commit\n',
      );
      const commit = hub.seen.find((r) => r.path.includes('/commit/'));
      expect(commit?.path).toBe('/api/v1/datasets/me/data/commit/main');
      const sent = JSON.parse(commit?.body ?? '{}') as { message: string };
      expect(sent.message).toBe('Add notes');
    } finally {
      hub.close();
    }
  });
});
