/**
 * `csghub download <repo>` (whole repositories) and `csghub upload <repo> <path>` as real
 * processes: against the CSGHub mock with `--json`, a second run that skips, a hostile listing
 * whose names are printed neutralised, and the verb-first upload reaching the same commit.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listen } from '../../tooling/static-server.js';
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

describe('csghub upload <repo> <path>', () => {
  it('commits through the same upload as `<kind> upload`, with --repo-type', async () => {
    const seen: { method: string; path: string; body: string }[] = [];
    const server = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const body = Buffer.concat(chunks).toString();
        const url = new URL(request.url ?? '/', 'http://hub');
        seen.push({ method: request.method ?? '', path: url.pathname, body });
        response.writeHead(200, { 'content-type': 'application/json' });
        if (url.pathname.includes('/preupload/')) {
          const { files } = JSON.parse(body) as { files: { path: string }[] };
          const regular = files.map((f) => ({
            oid: '',
            path: f.path,
            uploadMode: 'regular',
            shouldIgnore: false,
            isDir: false,
          }));
          response.end(JSON.stringify({ msg: 'OK', data: { files: regular } }));
        } else response.end(JSON.stringify({ msg: 'OK', data: null }));
      });
    });
    const base = await listen(server, 0, '127.0.0.1');
    try {
      const dir = await freshHome();
      const file = path.join(dir, 'notes.txt');
      await writeFile(file, 'notes\n');
      const outcome = await run(
        'csghub',
        ['--base-url', base, 'upload', 'me/data', file, 'docs/notes.txt'].concat([
          '--repo-type',
          'dataset',
          '-m',
          'Add notes',
        ]),
        { env },
      );
      expect(outcome.stderr).toBe('');
      expect(outcome.code).toBe(0);
      expect(outcome.stdout).toBe('docs/notes.txt\n');
      const commit = seen.find((r) => r.path.includes('/commit/'));
      expect(commit?.path).toBe('/api/v1/datasets/me/data/commit/main');
      const sent = JSON.parse(commit?.body ?? '{}') as { message: string };
      expect(sent.message).toBe('Add notes');
    } finally {
      server.close();
    }
  });
});
