/**
 * Text from the service never reaches the terminal raw: both commands, run as real processes
 * against a hostile server whose names, messages and file names carry escape sequences (window
 * title, clear screen, clipboard write), C1 controls and bidi overrides.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen } from '../../tooling/static-server.js';
import { freshHome, run, runInTerminal, type Outcome } from './run.js';

const TITLE = '\x1b]0;pwned\x07';
const CLEAR = '\x1b[2J';
const CLIPBOARD = '\x1b]52;c;cHduZWQ=\x07';
const C1_CSI = '\x9b31m';
const HOSTILE = `${TITLE}${CLEAR}${CLIPBOARD}\u202egpj.exe\u2066${C1_CSI}\x7f\r`;

/** Characters a terminal acts on: C0 but newline and tab, DEL, C1, bidi overrides and isolates. */
const RAW = /(?![\n\t])[\p{Cc}\u202a-\u202e\u2066-\u2069]/u;

function expectNeutral({ stdout, stderr }: Outcome): void {
  expect(stdout).not.toMatch(RAW);
  expect(stderr).not.toMatch(RAW);
}

/** A hub and a GPU cloud in one server, answering hostile text wherever text goes. */
const JSON_ROUTES: Record<string, [number, unknown]> = {
  'GET /api/v1/models': [
    200,
    {
      msg: 'OK',
      total: 1,
      data: [{ path: `evil/${HOSTILE}`, downloads: 1, likes: 2, private: false }],
    },
  ],
  'GET /api/v1/models/evil/model': [
    200,
    {
      msg: 'OK',
      data: { path: 'evil/model', nickname: HOSTILE, description: `one\ntwo ${HOSTILE}` },
    },
  ],
  'GET /api/v1/models/evil/model/tree': [
    200,
    { msg: 'OK', data: [{ type: 'file', size: 1, path: `${HOSTILE}.txt`, lfs: false }] },
  ],
  'GET /api/v1/models/evil/model/commits': [
    200,
    {
      msg: 'OK',
      data: {
        commits: [
          {
            id: `${HOSTILE}0123456789`,
            message: `${HOSTILE}\nsecond line`,
            author_name: HOSTILE,
            committer_date: HOSTILE,
          },
        ],
        total: 1,
        page_count: 1,
      },
    },
  ],
  'GET /api/v1/models/evil/model/branches': [
    200,
    { msg: 'OK', data: [{ name: HOSTILE, message: HOSTILE, commit: { id: HOSTILE } }] },
  ],
  'GET /csg/api/models/evil/model/revision/main': [
    200,
    {
      id: 'evil/model',
      sha: 'abc',
      siblings: [{ rfilename: 'x.txt', size: 2 }, { rfilename: `${HOSTILE}.txt` }],
    },
  ],
  'GET /api/v1/models/evil/missing': [404, { msg: `not found ${HOSTILE}`, code: `E${CLEAR}` }],
  'GET /userapi/v1/region/list': [200, { success: true, content: [{ code: 'hz', name: HOSTILE }] }],
  'GET /userapi/v1/gpu/list': [200, { success: false, errorCode: 50001, errorMsg: HOSTILE }],
  'POST /userapi/v1/instance/create': [
    200,
    { success: true, content: { instanceId: `i-${HOSTILE}` } },
  ],
};

const chunk = (content: string) =>
  `data: ${JSON.stringify({ choices: [{ index: 0, delta: { content } }] })}\n\n`;

const RAW_ROUTES: Record<string, (response: http.ServerResponse) => void> = {
  'GET /api/v1/models/evil/model/download/x.txt': (response) => {
    response.writeHead(200, {
      'content-length': '2',
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(`${TITLE}x.txt`)}`,
    });
    response.end('hi');
  },
  'POST /v1/chat/completions': (response) => {
    response.writeHead(200, { 'content-type': 'text/event-stream' });
    // The escape sequence split across two events.
    response.end(`${chunk('a\n\x1b]0;')}${chunk(`pwned\x07${HOSTILE}`)}data: [DONE]\n\n`);
  },
};

const server = http.createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const route = `${request.method ?? ''} ${url.pathname}`;
  const raw = RAW_ROUTES[route];
  if (raw) {
    raw(response);
    return;
  }
  const [status, body] = JSON_ROUTES[route] ?? [404, { msg: 'no route' }];
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
});

let base = '';
beforeAll(async () => {
  base = await listen(server, 0, '127.0.0.1');
});
afterAll(() => {
  server.close();
});

const hub = (args: string[], cwd?: string) =>
  run('csghub', ['--base-url', base, ...args], {
    env: { CSGHUB_TOKEN: 'tok-terminal-test' },
    ...(cwd && { cwd }),
  });
const gpu = (args: string[]) =>
  run('cfgpu', ['--base-url', base, ...args], { env: { CFGPU_API_TOKEN: 'tok-terminal-test' } });

describe('service text on the terminal', () => {
  it('shows escape sequences in table cells visibly, as \\x escapes', async () => {
    const out = await hub(['models', 'list']);
    expect(out.code).toBe(0);
    expectNeutral(out);
    expect(out.stdout).toContain('evil/\\x1b]0;pwned\\x07\\x1b[2J\\x1b]52;c;cHduZWQ=\\x07');
    expect(out.stdout).toContain('\\u202egpj.exe\\u2066\\x9b31m\\x7f\\r');
    // Still one row under the header.
    expect(out.stdout.trimEnd().split('\n')).toHaveLength(2);
  });

  it('keeps `key  value` records on one line each', async () => {
    const out = await hub(['models', 'get', 'evil/model']);
    expect(out.code).toBe(0);
    expectNeutral(out);
    expect(out.stdout).toMatch(/^description +one\\ntwo \\x1b\]0;pwned\\x07/m);
  });

  it('neutralises file names in a tree and in what a download prints', async () => {
    const tree = await hub(['models', 'tree', 'evil/model']);
    expect(tree.code).toBe(0);
    expectNeutral(tree);
    const download = await hub(['models', 'download', 'evil/model', 'x.txt'], await freshHome());
    expectNeutral(download);
  });

  it('neutralises commit messages, authors and branch names, one line each', async () => {
    const commits = await hub(['models', 'commits', 'evil/model']);
    expect(commits.stderr).toBe('');
    expect(commits.code).toBe(0);
    expectNeutral(commits);
    expect(commits.stdout.trimEnd().split('\n')).toHaveLength(2);
    expect(commits.stdout).not.toContain('second line');
    const branches = await hub(['models', 'branches', 'evil/model']);
    expect(branches.code).toBe(0);
    expectNeutral(branches);
    expect(branches.stdout.trimEnd().split('\n')).toHaveLength(2);
  });

  it('neutralises the service message in an error line, which stays one line', async () => {
    const out = await hub(['models', 'get', 'evil/missing']);
    expect(out.code).toBe(1);
    expectNeutral(out);
    expect(out.stderr.split('\n')).toEqual([expect.stringMatching(/^csghub models get: /), '']);
  });

  it('neutralises a streamed chat answer, keeping its newlines', async () => {
    const out = await hub(['chat', 'some/model', 'hi']);
    expect(out.code).toBe(0);
    expectNeutral(out);
    expect(out.stdout).toMatch(/^a\n\\x1b\]0;pwned\\x07/);
  });

  it('escapes what JSON.stringify leaves raw (DEL, C1, bidi) with --json; the value is intact', async () => {
    const out = await hub(['models', 'list', '--json']);
    expect(out.code).toBe(0);
    expectNeutral(out);
    expect(JSON.parse(out.stdout)).toEqual([expect.objectContaining({ path: `evil/${HOSTILE}` })]);
  });

  it('does the same for cfgpu: tables, errors, progress lines and ids', async () => {
    const regions = await gpu(['regions']);
    expect(regions.code).toBe(0);
    expectNeutral(regions);
    expect(regions.stdout).toContain('\\x1b]0;pwned\\x07');
    const failed = await gpu(['gpus']);
    expect(failed.code).toBe(1);
    expectNeutral(failed);
    const created = await gpu([
      'instances',
      'create',
      '--region',
      'hz',
      '--gpu',
      'g',
      '--image',
      'i',
      '--wait',
    ]);
    expectNeutral(created);
    expect(created.stderr).toContain('waiting for i-\\x1b]0;pwned\\x07');
    const json = await gpu(['regions', '--json']);
    expectNeutral(json);
  });
});

/**
 * What a terminal would act on among what the progress bar may print: the bar itself moves the
 * cursor with CSI sequences (`ESC [`), but never starts an OSC (`ESC ]`: title, clipboard),
 * clears the screen, rings the bell or writes C1 controls and bidi overrides.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const ACTED_ON = /\x1b\]|\x1b\[2J|\x07|[\x80-\x9f\u202a-\u202e\u2066-\u2069]/u;

describe('service text in progress bars, on a terminal', () => {
  it('shows a listing’s hostile file names in the download bar and notes only neutralised', async () => {
    const dir = await freshHome();
    const out = await runInTerminal(
      'csghub',
      // One at a time: the hostile name comes last, so the bar's last frame shows it.
      [
        '--base-url',
        base,
        'download',
        'evil/model',
        '--local-dir',
        `${dir}/out`,
        '--concurrency',
        '1',
      ],
      { env: { CSGHUB_TOKEN: 'tok-terminal-test' } },
    );
    expect(out.code).toBe(1);
    // The bar was drawn (it is only drawn on a terminal), and reached the end.
    expect(out.stdout).toContain('2/2 files');
    const frames = out.stdout.split('\x1b[1G');
    expect(frames.at(-1)).toMatch(/^\S+ 100% \| .* \| 2\/2 files \| \\x1b\]0;pwned\\x07/);
    expect(out.stdout).not.toMatch(ACTED_ON);
    expect(out.stdout).toContain('downloaded 1, skipped 0 (up to date), failed 1');
  });
});
