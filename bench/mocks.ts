/**
 * The mock servers: how long `npm run mock` takes until both APIs answer their health check,
 * and what each mock sustains under 50 connections for 30 s, both beside Prism alone (its CLI,
 * as people run it) on the CSGHub spec cut down to the one operation the load runs on, measured
 * in the same run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { stringify } from 'yaml';
import { HEALTH_PATH } from '../mocks/config.js';
import { startMock } from '../mocks/launcher.js';
import { writeBundledSpec } from '../tooling/bundled-spec.js';
import { freePort } from '../tooling/ports.js';
import { prismBin, stopChild } from '../tooling/processes.js';
import { ROOT, bundleApi, loadApi } from '../tooling/apis.js';
import { replaceFile } from '../tooling/files.js';
import { runLoad, type LoadFigures } from '../scripts/lib/load.js';
import { median } from './stats.js';

/** Both mocks must answer within this long of the command starting. */
export const COLD_START_BUDGET_MS = 2000;
/** The CSGHub mock must keep this share of Prism's throughput on a one-operation spec. */
export const CSGHUB_THROUGHPUT_TARGET = 0.8;

const ROUNDS = 5;
/** Alternated load rounds of the CSGHub mock and its Prism baseline. */
const LOAD_ROUNDS = 2;
const CONNECTIONS = 50;
const DURATION_S = Number(process.env['MOCK_BENCH_S'] ?? 30);
const TOKEN = 'Bearer bench-token';
/** The CSGHub route every throughput figure is taken on (CFGPU's mock uses its own). */
const LOAD_ROUTE = '/api/v1/models';
/** The request under load: the route with a page size, as a client lists models. */
const LOAD_REQUEST = `${LOAD_ROUTE}?per=20`;

/**
 * The CSGHub spec cut down to one operation, the route the load runs on (`GET /api/v1/models`,
 * dereferenced, with its security scheme): the same request and response work as in the full
 * spec, so the two Prism figures differ by the size of the spec alone.
 */
/** A trivial spec for comparison: one unsecured GET answering `{"msg":"OK"}`. */
const TRIVIAL_SPEC = {
  openapi: '3.1.0',
  info: { title: 'trivial', version: '1' },
  paths: {
    '/api/v1/ping': {
      get: {
        operationId: 'ping',
        responses: {
          '200': {
            description: 'pong',
            content: {
              'application/json': {
                schema: { type: 'object', properties: { msg: { type: 'string' } } },
                example: { msg: 'OK' },
              },
            },
          },
        },
      },
    },
  },
};

async function writeSpec(name: string, doc: object): Promise<string> {
  const file = path.join(ROOT, 'build', 'bench', `${name}.yaml`);
  await replaceFile(file, stringify(doc, { lineWidth: 0 }));
  return file;
}

async function tinySpec(): Promise<string> {
  const doc = await bundleApi(await loadApi('csghub'), true);
  const components = doc['components'] as { securitySchemes?: unknown } | undefined;
  const tiny = {
    ...doc,
    paths: { [LOAD_ROUTE]: { get: doc.paths[LOAD_ROUTE]?.['get'] } },
    components: { securitySchemes: components?.securitySchemes },
  };
  return writeSpec('csghub-one-operation', tiny);
}

/**
 * The one-operation spec again, its only example replaced by the page our mock answers (20
 * seeded models, about 12 times the spec's example): Prism alone then validates and sends the
 * same bytes our mock does, so the ratio against it is our mock's own overhead.
 */
async function samePageSpec(): Promise<string> {
  const mock = await startMock({ api: 'csghub', stateful: true });
  let page: unknown;
  try {
    const response = await fetch(`${mock.url}${LOAD_REQUEST}`, {
      headers: { authorization: TOKEN },
    });
    page = await response.json();
  } finally {
    await mock.stop();
  }
  const doc = await bundleApi(await loadApi('csghub'), true);
  const components = doc['components'] as { securitySchemes?: unknown } | undefined;
  const operation = structuredClone(doc.paths[LOAD_ROUTE]?.['get']) as {
    responses: Record<string, { content?: Record<string, Record<string, unknown>> }>;
  };
  const json = operation.responses['200']?.content?.['application/json'];
  if (!json) throw new Error(`no JSON 200 answer for GET ${LOAD_ROUTE}`);
  delete json['examples'];
  json['example'] = page;
  return writeSpec('csghub-one-operation-same-page', {
    ...doc,
    paths: { [LOAD_ROUTE]: { get: operation } },
    components: { securitySchemes: components?.securitySchemes },
  });
}

const CLOCK_TICK_MS = 10;

/**
 * CPU time (user and system, ms) a process and its descendants have used so far, from Linux's
 * `/proc`; `undefined` elsewhere. On a shared machine the wall-clock start-up depends on what
 * else runs; the CPU a start needs does not.
 */
async function cpuMs(pid: number | undefined): Promise<number | undefined> {
  if (pid === undefined || os.platform() !== 'linux') return undefined;
  try {
    const stat = await readFile(`/proc/${String(pid)}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    let total = (Number(fields[11]) + Number(fields[12])) * CLOCK_TICK_MS;
    const children = await readFile(
      `/proc/${String(pid)}/task/${String(pid)}/children`,
      'utf8',
    ).catch(() => '');
    for (const child of children.split(' ').filter(Boolean)) {
      total += (await cpuMs(Number(child))) ?? 0;
    }
    return total;
  } catch {
    return undefined;
  }
}

/** A start: wall-clock ms from spawn until ready, and the CPU ms the process tree used by then. */
interface Start {
  ms: number;
  cpu: number | undefined;
}

/** Our mocks are up when their health check says so; Prism, when it answers HTTP at all. */
type Ready = (response: Response) => boolean;
const healthy: Ready = (response) => response.ok;
const answering: Ready = () => true;

const answers = (url: string, ready: Ready) =>
  fetch(url, { signal: AbortSignal.timeout(500) }).then(ready, () => false);

async function until(
  urls: string[],
  child: ChildProcess,
  started: number,
  ready: Ready = healthy,
): Promise<Start> {
  const pending = new Set(urls);
  while (pending.size > 0) {
    if (child.exitCode !== null) throw new Error('the server exited while starting');
    if (performance.now() - started > 30_000)
      throw new Error(`no answer from ${[...pending].join(', ')}`);
    for (const url of [...pending]) if (await answers(url, ready)) pending.delete(url);
    if (pending.size > 0) await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const ms = performance.now() - started;
  return { ms, cpu: await cpuMs(child.pid) };
}

/** `npm run mock` without npm (`node tooling/launch.js mocks/serve.ts`): from spawn until both mocks answer `GET /__health`. */
async function ourColdStart(): Promise<Start> {
  const [csghub, cfgpu] = [await freePort(), await freePort()];
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      'tooling/launch.js',
      'mocks/serve.ts',
      '--csghub-port',
      String(csghub),
      '--cfgpu-port',
      String(cfgpu),
    ],
    { cwd: ROOT, stdio: 'ignore' },
  );
  try {
    return await until(
      [csghub, cfgpu].map((port) => `http://127.0.0.1:${port}${HEALTH_PATH}`),
      child,
      started,
    );
  } finally {
    await stopChild(child);
  }
}

function prismCli(spec: string, port: number): ChildProcess {
  return spawn(
    process.execPath,
    [
      prismBin(),
      'mock',
      spec,
      '--port',
      String(port),
      '--errors',
      'true',
      '--verboseLevel',
      'warn',
    ],
    { cwd: ROOT, stdio: 'ignore' },
  );
}

/** The Prism CLI on the tiny spec: from spawn until its one route answers. */
async function prismColdStart(spec: string): Promise<Start> {
  const port = await freePort();
  const started = performance.now();
  const child = prismCli(spec, port);
  try {
    return await until([`http://127.0.0.1:${port}${LOAD_REQUEST}`], child, started, answering);
  } finally {
    await stopChild(child);
  }
}

export interface LoadResult extends LoadFigures {
  name: string;
  route: string;
}

async function load(name: string, url: string, route: string): Promise<LoadResult> {
  const figures = await runLoad(`${url}${route}`, {
    connections: CONNECTIONS,
    durationS: DURATION_S,
    authorization: TOKEN,
  });
  return { name, route, ...figures };
}

async function loadPrismCli(name: string, spec: string, route: string): Promise<LoadResult> {
  const port = await freePort();
  const child = prismCli(spec, port);
  try {
    await until([`http://127.0.0.1:${port}${route}`], child, performance.now(), answering);
    return await load(name, `http://127.0.0.1:${port}`, route);
  } finally {
    await stopChild(child);
  }
}

/** The mock as `npm start` runs it: data-backed, answering from the seeded dataset. */
async function loadOurs(api: string, route: string, replay = true): Promise<LoadResult> {
  const mock = await startMock({ api, errors: true, stateful: true, replay });
  const name = `our ${api === 'csghub' ? 'CSGHub' : 'CFGPU'} mock`;
  try {
    return await load(replay ? name : `${name}, replay off`, mock.url, route);
  } finally {
    await mock.stop();
  }
}

export interface MockReport {
  rounds: number;
  /** Per alternated round: our CSGHub mock's req/s over Prism's on the one-operation spec. */
  loadRatios: number[];
  coldStart: { ours: Start[]; prism: Start[] };
  /** The machine's 1-minute load average as the cold starts began and ended. */
  loadAverage: [number, number];
  load: LoadResult[];
}

export async function measureMocks(): Promise<MockReport> {
  const tiny = await tinySpec();
  // Warm caches (the worker bundle, bundled specs, operation caches, the file cache) first:
  // what is measured is a start after `npm ci`, which prepares all of them.
  await ourColdStart();
  await prismColdStart(tiny);
  const coldStart = { ours: [] as Start[], prism: [] as Start[] };
  const loadBefore = os.loadavg()[0] ?? Number.NaN;
  for (let round = 0; round < ROUNDS; round++) {
    if (round % 2 === 0) {
      coldStart.ours.push(await ourColdStart());
      coldStart.prism.push(await prismColdStart(tiny));
    } else {
      coldStart.prism.push(await prismColdStart(tiny));
      coldStart.ours.push(await ourColdStart());
    }
  }
  const loadAverage: [number, number] = [loadBefore, os.loadavg()[0] ?? Number.NaN];
  const csghubSpec = await writeBundledSpec('csghub');
  const baselineName = 'Prism alone, CSGHub spec cut to this operation';
  const prismRounds: LoadResult[] = [];
  const ourRounds: LoadResult[] = [];
  for (let round = 0; round < LOAD_ROUNDS; round++) {
    if (round % 2 === 0) {
      prismRounds.push(await loadPrismCli(baselineName, tiny, LOAD_REQUEST));
      ourRounds.push(await loadOurs('csghub', LOAD_REQUEST));
    } else {
      ourRounds.push(await loadOurs('csghub', LOAD_REQUEST));
      prismRounds.push(await loadPrismCli(baselineName, tiny, LOAD_REQUEST));
    }
  }
  const loadRatios = ourRounds.map((r, i) => r.rps / (prismRounds[i]?.rps ?? Number.NaN));
  const results = [
    combine(prismRounds),
    combine(ourRounds),
    // Every request validated by Prism and answered by the store: no repeated answer reused.
    await loadOurs('csghub', LOAD_REQUEST, false),
    await loadPrismCli(
      'Prism alone, one operation, its example our first page',
      await samePageSpec(),
      LOAD_REQUEST,
    ),
    await loadPrismCli('Prism alone, CSGHub spec', csghubSpec, LOAD_REQUEST),
    await loadOurs('cfgpu', '/userapi/v1/region/list'),
    await loadPrismCli(
      'Prism alone, trivial spec',
      await writeSpec('trivial', TRIVIAL_SPEC),
      '/api/v1/ping',
    ),
  ];
  return { rounds: ROUNDS, loadRatios, coldStart, loadAverage, load: results };
}

/** Alternated rounds of one server as one row: summed requests, median rate and latencies. */
function combine(rounds: LoadResult[]): LoadResult {
  const first = rounds[0];
  if (first === undefined) throw new Error('no load rounds');
  const sum = (pick: (r: LoadResult) => number) => rounds.reduce((n, r) => n + pick(r), 0);
  return {
    name: first.name,
    route: first.route,
    requests: sum((r) => r.requests),
    rps: median(rounds.map((r) => r.rps)),
    p50: median(rounds.map((r) => r.p50)),
    p99: Math.max(...rounds.map((r) => r.p99)),
    errors: sum((r) => r.errors),
    non2xx: sum((r) => r.non2xx),
  };
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ratio = (n: number) => `${n.toFixed(2)}×`;

const cpuOf = (starts: Start[]) => {
  const known = starts.map((s) => s.cpu).filter((cpu): cpu is number => cpu !== undefined);
  return known.length > 0 ? `${int(median(known))} ms` : 'n/a';
};

export function renderMocks(report: MockReport): string {
  const ms = (starts: Start[]) => starts.map((s) => s.ms);
  const ours = median(ms(report.coldStart.ours));
  const oursMax = Math.max(...ms(report.coldStart.ours));
  const prism = median(ms(report.coldStart.prism));
  const prismMax = Math.max(...ms(report.coldStart.prism));
  const baseline = report.load[0]?.rps ?? Number.NaN;
  const csghubRatio = median(report.loadRatios);
  const clean = report.load.every((r) => r.errors === 0 && r.non2xx === 0);
  const mark = (ok: boolean) => (ok ? '✅' : '❌');
  return [
    '### Mock servers',
    '',
    `Cold start: \`node tooling/launch.js mocks/serve.ts\` (what \`npm run mock\` runs: the mocks of \`npm start\`, from a bundle kept up to date with its sources, data-backed by default: the seeded dataset is generated at start) from spawn until both mocks answer \`GET ${HEALTH_PATH}\` with 200, beside the Prism CLI on the CSGHub spec cut down to \`GET ${LOAD_ROUTE}\` until it first answers, ${String(report.rounds)} rounds alternated, after one warm-up start of each. CPU is the user and system time the process and its children (our two workers) had used by then, which does not depend on what else the machine runs; the 1-minute load average was ${report.loadAverage[0].toFixed(1)} as the starts began and ${report.loadAverage[1].toFixed(1)} as they ended.`,
    '',
    '| Start                                     | Median |    Max | Median CPU | Rounds (ms) |',
    '| ----------------------------------------- | -----: | -----: | ---------: | ----------- |',
    `| Prism alone, one-operation spec           | ${int(prism)} ms | ${int(prismMax)} ms | ${cpuOf(report.coldStart.prism)} | ${ms(report.coldStart.prism).map(int).join(', ')} |`,
    `| our mocks, both APIs, data-backed         | ${int(ours)} ms | ${int(oursMax)} ms | ${cpuOf(report.coldStart.ours)} | ${ms(report.coldStart.ours).map(int).join(', ')} |`,
    '',
    `${mark(oursMax <= COLD_START_BUDGET_MS)} Target: both mocks answer within ${String(COLD_START_BUDGET_MS / 1000)} s in every round (slowest ${int(oursMax)} ms, ${ratio(oursMax / COLD_START_BUDGET_MS)} the bound; median ${ratio(ours / prism)} Prism alone on one operation).`,
    '',
    `Throughput: autocannon, ${String(CONNECTIONS)} connections for ${String(DURATION_S)} s per server and round on \`GET ${LOAD_REQUEST}\` (CFGPU: its own route); the CSGHub mock (data-backed, as \`npm start\` runs it) and its baseline run ${String(LOAD_ROUNDS)} rounds alternated (their rows give the median rate, summed errors and the worst p99), the other servers one round each; every server validates requests and answers violations with errors (\`--errors\`). The baseline is Prism on the CSGHub spec cut down to the operation under load, so the same request and response work is done and the spec's size is the only difference; the trivial spec (one unsecured operation answering \`{"msg":"OK"}\`) shows what that operation's own work costs. Our mock sends a byte-identical repeat of a read it already validated and answered from memory until the next write (mocks/replay.ts), which this load (one URL, over and over) favours; the \`replay off\` row has Prism validate and the store answer every request, as for a UI whose every request differs. That page holds 20 seeded models, about 12 times the spec's example the baseline sends; the row after it is Prism alone sending that very page as its example, so the two compare the same work.`,
    '',
    '| Server                          | Route                     |  Req/s | Ratio | p50 latency | p99 latency | Errors | Non-2xx |',
    '| ------------------------------- | ------------------------- | -----: | ----: | ----------: | ----------: | -----: | ------: |',
    ...report.load.map(
      (r) =>
        `| ${r.name} | \`${r.route}\` | ${int(r.rps)} | ${ratio(r.rps / baseline)} | ${String(r.p50)} ms | ${String(r.p99)} ms | ${String(r.errors)} | ${String(r.non2xx)} |`,
    ),
    '',
    `${mark(csghubRatio >= CSGHUB_THROUGHPUT_TARGET)} Target: the data-backed CSGHub mock keeps ≥ ${ratio(CSGHUB_THROUGHPUT_TARGET)} Prism's throughput on the same operation in a one-operation spec (median of the per-round ratios ${ratio(csghubRatio)}; rounds ${report.loadRatios.map(ratio).join(', ')}).`,
    '',
    `${mark(clean)} Target: no errors and no non-2xx answers under load.`,
  ].join('\n');
}
