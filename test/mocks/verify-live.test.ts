import { execFile, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { writeBundledSpec } from '../../tooling/bundled-spec.js';
import { freePort } from '../../tooling/ports.js';
import { ROOT, listOperations, type OpenApiDocument, resolveRef } from '../../tooling/apis.js';
import { parseViolations, planRequests } from '../../scripts/lib/live-requests.js';

// Short on purpose: V8's JSON parse error quotes a short body in full, so a server echoing the
// token as its body puts the whole token in Prism's error text, which the script must mask.
const TOKEN = 'tk-9f3a7c';

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

interface Seen {
  method: string;
  url: string;
  authorization: string | undefined;
}

interface Answer {
  status?: number;
  contentType?: string;
  body: unknown;
}

type Override = (example: unknown) => Answer;

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** `npm run verify:live -- …` as a real process, with a clean environment apart from `env`. */
function verifyLive(
  args: string[],
  env: Record<string, string> = {},
  started?: (pid: number) => void,
): Promise<Outcome> {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(CSGHUB|CFGPU)_/.test(key)),
  );
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/verify-live.ts', ...args], {
    cwd: ROOT,
    env: { ...base, ...env },
  });
  cleanups.push(() => {
    child.kill('SIGKILL');
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  if (child.pid !== undefined) started?.(child.pid);
  return new Promise((resolve) =>
    child.once('close', (code) => {
      resolve({ code, stdout, stderr });
    }),
  );
}

async function loadSpec(api: string): Promise<OpenApiDocument> {
  return parse(await readFile(await writeBundledSpec(api), 'utf8')) as OpenApiDocument;
}

/** The first named example of an operation's 200 JSON answer. */
function exampleOf(doc: OpenApiDocument, path: string): unknown {
  const op = resolveRef(doc, doc.paths[path]?.['get']) as { responses: Record<string, unknown> };
  const response = resolveRef(doc, op.responses['200']) as {
    content: Record<string, { example?: unknown; examples?: Record<string, unknown> }>;
  };
  const media = response.content['application/json'];
  const first = Object.values(media?.examples ?? {})[0];
  return first === undefined
    ? media?.example
    : (resolveRef(doc, first) as { value: unknown }).value;
}

/**
 * A stand-in for the real server: every GET operation of the spec answers its own example,
 * except those in `overrides`, which answer what the override makes of it. `hold` keeps every
 * GET waiting, for the Ctrl-C test.
 */
async function standIn(doc: OpenApiDocument, overrides: Record<string, Override>, hold = false) {
  // Literal paths before templated ones, so `/tags/categories` never counts as `/tags/{id}`.
  const routes = listOperations(doc)
    .filter((op) => op.method === 'get')
    .map((op) => ({
      op,
      params: (op.path.match(/\{/g) ?? []).length,
      pattern: new RegExp(
        `^${op.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{[^}]+\\\}/g, '[^/]+')}$`,
      ),
    }))
    .sort((a, b) => a.params - b.params);
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    seen.push({
      method: req.method ?? '',
      url: req.url ?? '',
      authorization: req.headers.authorization,
    });
    if (hold && req.method === 'GET') return;
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    const route = routes.find((r) => req.method === 'GET' && r.pattern.test(pathname));
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const example = exampleOf(doc, route.op.path);
    const answer = overrides[route.op.operationId]?.(example) ?? { body: example };
    const contentType = answer.contentType ?? 'application/json';
    const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    res.writeHead(answer.status ?? 200, { 'content-type': contentType }).end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  );
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

/** The reported blocks of a text report: operationId → its header and violation lines. */
function blocks(stdout: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  let current: string[] = [];
  for (const line of stdout.trim().split('\n').slice(0, -1)) {
    if (line.startsWith(' ')) current.push(line.trim());
    else found.set(line.split(' ')[0] ?? '', (current = [line]));
  }
  return found;
}

/** Command lines of processes still proxying to `upstream` (Prism left behind). */
async function prismsFor(upstream: string): Promise<string[]> {
  const { stdout } = await promisify(execFile)('ps', ['-eo', 'args=']);
  return stdout.split('\n').filter((line) => line.includes(' proxy ') && line.includes(upstream));
}

const clone = <T>(value: T): T => structuredClone(value);

interface Report {
  summary: string;
  results: { operationId: string; status: number | null; violations: unknown[] }[];
}

describe('npm run verify:live', () => {
  it('reports the planted CFGPU violations by operation and nothing else, without the token', async () => {
    const doc = await loadSpec('cfgpu');
    const server = await standIn(doc, {
      listGpus: (example) => {
        const body = clone(example) as { content: { code: unknown }[] };
        (body.content[0] as { code: unknown }).code = 42;
        return { body };
      },
      listPrivateImages: (example) => {
        const { success: _, ...body } = example as { success: boolean };
        return { body };
      },
      listSystemImages: () => ({ contentType: 'text/html', body: '<p>maintenance</p>' }),
      listInstanceStatuses: (example) => ({ status: 503, body: example }),
    });
    const outcome = await verifyLive(['--api', 'cfgpu', '--target', server.url], {
      CFGPU_API_TOKEN: TOKEN,
    });

    expect(outcome.stderr).toBe('');
    expect(outcome.code).toBe(1);
    const report = blocks(outcome.stdout);
    expect([...report.keys()].sort()).toEqual([
      'listGpus',
      'listInstanceStatuses',
      'listPrivateImages',
      'listSystemImages',
    ]);
    expect(report.get('listGpus')?.[0]).toBe('listGpus  GET /userapi/v1/gpu/list  200');
    expect(report.get('listGpus')?.[1]).toMatch(
      /^error +response\.body\.content\.0\.code: .*string/,
    );
    expect(report.get('listPrivateImages')?.join('\n')).toMatch(/required property 'success'/);
    expect(report.get('listSystemImages')?.join('\n')).toMatch(/media type "text\/html"/);
    expect(report.get('listInstanceStatuses')?.[0]).toBe(
      'listInstanceStatuses  GET /userapi/v1/instance/status  503',
    );
    expect(report.get('listInstanceStatuses')?.[1]).toMatch(/^warning +response: Unable to match/);
    expect(outcome.stdout.trim().split('\n').at(-1)).toMatch(
      /^6 requests, \d+ violations in 4 responses, 6 skipped \(6 not GET\)$/,
    );

    // Only reads reached the server (the HEAD is the reachability check), each with the bare token.
    const gets = server.seen.filter((s) => s.method === 'GET');
    expect(gets).toHaveLength(6);
    expect(server.seen.every((s) => s.method === 'GET' || s.method === 'HEAD')).toBe(true);
    expect(gets.every((s) => s.authorization === TOKEN)).toBe(true);
    expect(`${outcome.stdout}${outcome.stderr}`).not.toContain(TOKEN);
    expect(await prismsFor(server.url)).toEqual([]);
  }, 30_000);

  it('sends CSGHub tokens as Bearer, flags a 501 and a body that is not JSON, and masks an echoed token', async () => {
    const doc = await loadSpec('csghub');
    const server = await standIn(doc, {
      getModel: (example) => {
        const body = clone(example) as { data: { id: unknown } };
        body.data.id = 'not-a-number';
        return { body };
      },
      listTags: () => ({ status: 501, body: { msg: 'not implemented' } }),
      // Echoes the token, unquoted: not JSON, and Prism quotes it in its error.
      listTagCategories: () => ({ body: TOKEN }),
    });
    const only = 'listModels,getModel,listTags,listTagCategories,getOrganization,createModel';
    const outcome = await verifyLive(['--api', 'csghub', '--target', server.url, '--only', only], {
      CSGHUB_TOKEN: TOKEN,
    });

    expect(outcome.stderr).toBe('');
    expect(outcome.code).toBe(1);
    const report = blocks(outcome.stdout);
    expect([...report.keys()].sort()).toEqual(['getModel', 'listTagCategories', 'listTags']);
    expect(report.get('getModel')?.[1]).toMatch(/^error +response\.body\.data\.id: /);
    expect(report.get('listTags')).toEqual([
      'listTags  GET /api/v1/tags  501',
      "error    response: the server answered 501 Not Implemented (Prism answered from the spec's examples)",
    ]);
    expect(report.get('listTagCategories')?.[1]).toMatch(
      /^error +response\.body: body is not valid JSON: .*\*\*\*/,
    );
    expect(outcome.stdout.trim().split('\n').at(-1)).toBe(
      '5 requests, 3 violations in 3 responses, 1 skipped (1 not GET)',
    );
    const gets = server.seen.filter((s) => s.method === 'GET');
    expect(gets).toHaveLength(5);
    expect(gets.every((s) => s.authorization === `Bearer ${TOKEN}`)).toBe(true);
    expect(`${outcome.stdout}${outcome.stderr}`).not.toContain(TOKEN);
  }, 30_000);

  it('exits 0 against servers that answer every replayed read as the specs say', async () => {
    const [cfgpuDoc, csghubDoc] = await Promise.all([loadSpec('cfgpu'), loadSpec('csghub')]);
    const [cfgpuServer, csghubServer] = await Promise.all([
      standIn(cfgpuDoc, {}),
      standIn(csghubDoc, {}),
    ]);
    const [cfgpu, csghub] = await Promise.all([
      verifyLive(['--api', 'cfgpu', '--target', cfgpuServer.url, '--json'], {
        CFGPU_API_TOKEN: `Bearer ${TOKEN}`,
      }),
      verifyLive(['--api', 'csghub', '--target', csghubServer.url, '--json', '--limit', '30'], {
        CSGHUB_TOKEN: TOKEN,
      }),
    ]);

    expect([cfgpu.code, cfgpu.stderr, csghub.code, csghub.stderr]).toEqual([0, '', 0, '']);
    const cfgpuReport = JSON.parse(cfgpu.stdout) as Report;
    expect(cfgpuReport.summary).toBe(
      '6 requests, 0 violations in 0 responses, 6 skipped (6 not GET)',
    );
    expect(cfgpuReport.results.map((r) => [r.operationId, r.status, r.violations.length])).toEqual([
      ['listRegions', 200, 0],
      ['listGpus', 200, 0],
      ['listPrivateImages', 200, 0],
      ['listSystemImages', 200, 0],
      ['listInstanceStatuses', 200, 0],
      ['getInstanceStatus', 200, 0],
    ]);
    // A token that already names its scheme is sent as it is.
    expect(cfgpuServer.seen.filter((s) => s.method === 'GET').map((s) => s.authorization)).toEqual(
      Array<string>(6).fill(`Bearer ${TOKEN}`),
    );

    // The first 30 of CSGHub's replayable reads (the whole set takes 10 s more; it is clean too).
    const csghubReport = JSON.parse(csghub.stdout) as Report;
    expect(csghubReport.summary).toMatch(
      /^30 requests, 0 violations in 0 responses, \d+ skipped \(\d+ not GET, 1 x-idempotent: false, \d+ event streams, \d+ downloads, \d+ over --limit\)$/,
    );
    expect(csghubReport.results.every((r) => r.status === 200)).toBe(true);
    const ids = csghubReport.results.map((r) => r.operationId);
    expect(ids.filter((id) => /^(stream|download)[A-Z]/.test(id))).toEqual([]);
    const gets = csghubServer.seen.filter((s) => s.method === 'GET');
    expect(gets).toHaveLength(30);
    expect(gets.every((s) => s.authorization === `Bearer ${TOKEN}`)).toBe(true);
    expect(csghubServer.seen.every((s) => s.method === 'GET' || s.method === 'HEAD')).toBe(true);
  }, 30_000);

  it('says in one line when the target cannot be reached, and exits 1', async () => {
    const port = await freePort();
    const outcome = await verifyLive(['--api', 'cfgpu', '--target', `http://127.0.0.1:${port}`], {
      CFGPU_API_TOKEN: TOKEN,
    });
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toBe(`error: cannot reach http://127.0.0.1:${port}/: ECONNREFUSED\n`);
  }, 30_000);

  it('exits 2 with one line on bad usage', async () => {
    const env = { CFGPU_API_TOKEN: TOKEN };
    const outcomes = await Promise.all([
      verifyLive(['--api', 'nope', '--target', 'https://x.test'], env),
      verifyLive(['--api', 'cfgpu'], env),
      verifyLive(['--api', 'cfgpu', '--target', 'not a url'], env),
      verifyLive(['--api', 'cfgpu', '--target', 'https://x.test', '--only', 'listNothing'], env),
      verifyLive(['--api', 'cfgpu', '--target', 'https://x.test']),
    ]);
    expect(outcomes.map((o) => [o.code, o.stdout, o.stderr.split('\n').length])).toEqual(
      Array(5).fill([2, '', 2]),
    );
    expect(outcomes.map((o) => o.stderr.trim())).toEqual([
      'error: unknown API "nope" (choose csghub or cfgpu)',
      'error: --target <url> is required (the server to check)',
      'error: --target is not a URL: not a url',
      'error: --only: no operation listNothing in the cfgpu spec',
      'error: CFGPU_API_TOKEN is not set (export the token, or name its variable with --token-env)',
    ]);
  }, 30_000);

  it('stops Prism on Ctrl-C', async () => {
    const doc = await loadSpec('cfgpu');
    const server = await standIn(doc, {}, true);
    let pid = 0;
    const outcome = verifyLive(
      ['--api', 'cfgpu', '--target', server.url, '--token-env', 'MY_TOKEN'],
      { MY_TOKEN: TOKEN },
      (started) => (pid = started),
    );
    // The requests reach the server only through a running Prism.
    while (!server.seen.some((s) => s.method === 'GET')) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await prismsFor(server.url)).toHaveLength(1);
    process.kill(pid, 'SIGINT');
    expect((await outcome).code).toBe(130);
    expect(await prismsFor(server.url)).toEqual([]);
  }, 30_000);
});

describe('planRequests', () => {
  const json = { content: { 'application/json': { schema: { type: 'object' } } } };
  const doc = {
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    components: {
      parameters: {
        Id: { name: 'id', in: 'path', required: true, examples: { one: { value: 'a/b' } } },
      },
    },
    paths: {
      '/items/{id}': {
        parameters: [{ $ref: '#/components/parameters/Id' }],
        get: {
          operationId: 'getItem',
          parameters: [
            { name: 'view', in: 'query', required: true, schema: { enum: ['full', 'short'] } },
            { name: 'tag', in: 'query', required: true, example: ['x', 'y'] },
            { name: 'page', in: 'query', schema: { default: 1 } },
          ],
          responses: { '200': json },
        },
        delete: { operationId: 'deleteItem', responses: { '204': { description: 'gone' } } },
      },
      '/search': {
        get: {
          operationId: 'listResults',
          parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string' } }],
          responses: { '200': json },
        },
      },
      '/report': {
        get: { operationId: 'runReport', 'x-idempotent': false, responses: { '200': json } },
      },
      '/events': {
        get: {
          operationId: 'streamEvents',
          responses: { '200': { content: { 'text/event-stream': {} } } },
        },
      },
      '/file': {
        get: {
          operationId: 'downloadFile',
          responses: { '200': { content: { 'application/octet-stream': {} } } },
        },
      },
    },
  } as unknown as OpenApiDocument;

  it('fills required parameters from the examples and says why every other operation is left out', () => {
    const plan = planRequests(doc, listOperations(doc));
    expect(plan.requests).toEqual([
      {
        operationId: 'getItem',
        method: 'GET',
        path: '/items/{id}',
        url: '/items/a%2Fb?view=full&tag=x&tag=y',
        headers: { accept: 'application/json' },
      },
    ]);
    expect(plan.skipped.map((s) => [s.operationId, s.reason, s.detail])).toEqual([
      ['deleteItem', 'not GET', undefined],
      ['listResults', 'no example', 'query parameter q'],
      ['runReport', 'x-idempotent: false', undefined],
      ['streamEvents', 'event stream', undefined],
      ['downloadFile', 'download', undefined],
    ]);
  });

  it('keeps the complete entries of a violation header Prism cut short', () => {
    const entry = { location: ['response', 'body', 'id'], severity: 'Error', message: 'bad' };
    const cut = `Too many violations! ${JSON.stringify([entry, entry])}`.slice(0, -30);
    expect(parseViolations(cut)).toEqual([
      { location: 'response.body.id', severity: 'error', message: 'bad' },
      expect.objectContaining({ message: expect.stringContaining('incomplete') as unknown }),
    ]);
    expect(parseViolations(null)).toEqual([]);
  });
});
