import { performance } from 'node:perf_hooks';
import createClient from 'openapi-fetch';
import type { paths } from '../generated/cfgpu.js';
import { CFGPU } from '../src/cfgpu/index.js';
import { startEnvelopeServer, type EnvelopeServer } from './server.js';
import { median, quantile } from './stats.js';

/** Our client must keep at least this share of raw fetch's throughput. */
export const THROUGHPUT_TARGET = 0.9;

const TOKEN = 'Bearer bench-token';
const PATH = '/userapi/v1/region/list';
const ENVELOPE = JSON.stringify({
  success: true,
  errorCode: null,
  errorMsg: null,
  content: [
    { code: 'hz', name: '杭州' },
    { code: 'bj', name: '北京' },
  ],
});

const RAW = 'raw fetch';
const TIMED = 'raw fetch + timeout';
const OPENAPI = 'openapi-fetch';
const OURS = 'CFGPU client';
const CONCURRENCIES = [1, 50] as const;
const ROUNDS = 30;
const WARMUP_MS = 1500;
// Per concurrency; both phases plus warm-ups stay under a minute.
const PHASE_BUDGET_MS = 24_000;

type Send = () => Promise<void>;

interface Variant {
  readonly name: string;
  readonly send: Send;
}

export interface VariantResult {
  readonly name: string;
  readonly medianRps: number;
  /** Median over rounds of this variant's req/s divided by raw fetch's in the same round. */
  readonly medianRatio: number;
  readonly ratioP25: number;
  readonly ratioP75: number;
  /** Same, against openapi-fetch alone: what the wrapper itself costs. */
  readonly medianRatioToOpenapi: number;
  /** Same, against raw fetch with a timeout: the floor for any client that has timeouts. */
  readonly medianRatioToTimed: number;
}

export interface PhaseResult {
  readonly concurrency: number;
  readonly rounds: number;
  readonly requestsPerRound: number;
  /** Server thread busy share while measuring; well below 1 means the client is the bottleneck. */
  readonly serverUtilization: number;
  readonly variants: readonly VariantResult[];
}

function fail(variant: string): never {
  throw new Error(`${variant}: the server's envelope did not come back as expected`);
}

function rawFetch(baseUrl: string): Variant {
  const url = baseUrl + PATH;
  const init = { headers: { Authorization: TOKEN } };
  return {
    name: RAW,
    async send() {
      const res = await fetch(url, init);
      const body = (await res.json()) as { success?: unknown };
      if (body.success !== true) fail(RAW);
    },
  };
}

/**
 * What any caller with a timeout pays: an `AbortController` and a timer per request. undici's
 * handling of the signal alone costs several percent; no client with timeouts can beat this.
 */
function rawFetchWithTimeout(baseUrl: string): Variant {
  const url = baseUrl + PATH;
  const headers = { Authorization: TOKEN };
  return {
    name: TIMED,
    async send() {
      const controller = new AbortController();
      const timer = setTimeout(() => {
        controller.abort();
      }, 60_000);
      try {
        const res = await fetch(url, { headers, signal: controller.signal });
        const body = (await res.json()) as { success?: unknown };
        if (body.success !== true) fail(TIMED);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

function openapiFetch(baseUrl: string): Variant {
  const client = createClient<paths>({ baseUrl, headers: { Authorization: TOKEN } });
  return {
    name: OPENAPI,
    async send() {
      const { data } = await client.GET(PATH);
      if (data?.success !== true) fail(OPENAPI);
    },
  };
}

function ours(baseUrl: string): Variant {
  const cfgpu = new CFGPU({ token: TOKEN, baseUrl });
  return {
    name: OURS,
    async send() {
      const regions = await cfgpu.regions.list();
      if (regions.length !== 2) fail(OURS);
    },
  };
}

/** Sends `total` requests with `concurrency` in flight; answers requests per second. */
async function runBatch(send: Send, total: number, concurrency: number): Promise<number> {
  let started = 0;
  const lane = async () => {
    while (started < total) {
      started++;
      await send();
    }
  };
  const begin = performance.now();
  await Promise.all(Array.from({ length: concurrency }, lane));
  return total / ((performance.now() - begin) / 1000);
}

/** Warms every variant up (JIT, connection pool) and answers the slowest one's rate. */
async function warmUp(variants: readonly Variant[], concurrency: number): Promise<number> {
  let slowest = Infinity;
  for (const variant of variants) {
    await runBatch(variant.send, 200, concurrency);
    const begin = performance.now();
    let sent = 0;
    while (performance.now() - begin < WARMUP_MS / variants.length) {
      await runBatch(variant.send, 100, concurrency);
      sent += 100;
    }
    slowest = Math.min(slowest, sent / ((performance.now() - begin) / 1000));
  }
  return slowest;
}

/** Sizes rounds from the slowest variant so the phase fits its budget. */
function requestsPerRound(slowestRps: number, variants: number): number {
  const perVariantSeconds = PHASE_BUDGET_MS / ROUNDS / variants / 1000;
  const rounded = Math.round((slowestRps * perVariantSeconds) / 50) * 50;
  return Math.min(2000, Math.max(200, rounded));
}

/** Rotates the order each round so no variant always runs first or after the same one. */
function rotated<T>(items: readonly T[], by: number): T[] {
  const k = by % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

/** Per-variant samples, one per round. */
class Samples {
  readonly #values = new Map<string, number[]>();
  add(name: string, value: number): void {
    const list = this.#values.get(name);
    if (list) list.push(value);
    else this.#values.set(name, [value]);
  }
  of(name: string): readonly number[] {
    return this.#values.get(name) ?? [];
  }
}

async function runPhase(
  server: EnvelopeServer,
  variants: readonly Variant[],
  concurrency: number,
): Promise<PhaseResult> {
  const size = requestsPerRound(await warmUp(variants, concurrency), variants.length);
  const rates = new Samples();
  const toRaw = new Samples();
  const toOpenapi = new Samples();
  const toTimed = new Samples();
  server.utilization();
  for (let round = 0; round < ROUNDS; round++) {
    const thisRound = new Map<string, number>();
    for (const variant of rotated(variants, round)) {
      thisRound.set(variant.name, await runBatch(variant.send, size, concurrency));
    }
    // Ratios within a round cancel the machine's slow drifts; their median drops the outliers.
    const raw = thisRound.get(RAW) ?? Number.NaN;
    const openapi = thisRound.get(OPENAPI) ?? Number.NaN;
    const timed = thisRound.get(TIMED) ?? Number.NaN;
    for (const [name, rps] of thisRound) {
      rates.add(name, rps);
      toRaw.add(name, rps / raw);
      toOpenapi.add(name, rps / openapi);
      toTimed.add(name, rps / timed);
    }
  }
  const serverUtilization = server.utilization();
  const results = variants.map(({ name }) => ({
    name,
    medianRps: median(rates.of(name)),
    medianRatio: median(toRaw.of(name)),
    ratioP25: quantile(toRaw.of(name), 0.25),
    ratioP75: quantile(toRaw.of(name), 0.75),
    medianRatioToOpenapi: median(toOpenapi.of(name)),
    medianRatioToTimed: median(toTimed.of(name)),
  }));
  return {
    concurrency,
    rounds: ROUNDS,
    requestsPerRound: size,
    serverUtilization,
    variants: results,
  };
}

/** Measures raw fetch (with and without a timeout), openapi-fetch and our client against one local server, interleaved. */
export async function measureThroughput(): Promise<PhaseResult[]> {
  const server = await startEnvelopeServer(ENVELOPE);
  try {
    const variants = [rawFetch, rawFetchWithTimeout, openapiFetch, ours].map((make) =>
      make(server.baseUrl),
    );
    const phases: PhaseResult[] = [];
    for (const concurrency of CONCURRENCIES) {
      phases.push(await runPhase(server, variants, concurrency));
    }
    return phases;
  } finally {
    await server.close();
  }
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function verdict(result: VariantResult): string {
  if (result.name !== OURS) return '';
  const ok = result.medianRatio >= THROUGHPUT_TARGET;
  return `${ok ? '✅' : '❌'} target ≥ ${fmt(THROUGHPUT_TARGET, 2)}×`;
}

function renderPhase(phase: PhaseResult): string {
  const rows = phase.variants.map(
    (v) =>
      `| ${v.name} | ${fmt(v.medianRps)} | ${fmt(v.medianRatio, 3)}× | ` +
      `${fmt(v.ratioP25, 3)}–${fmt(v.ratioP75, 3)} | ${fmt(v.medianRatioToTimed, 3)}× | ` +
      `${fmt(v.medianRatioToOpenapi, 3)}× | ${verdict(v)} |`,
  );
  return [
    `**Concurrency ${phase.concurrency}**: ${phase.rounds} rounds × ${fmt(phase.requestsPerRound)} ` +
      `requests per variant; server thread ${fmt(phase.serverUtilization * 100)}% busy.`,
    '',
    '| Variant | Median req/s | Median ratio to raw fetch | Ratio p25–p75 | Ratio to raw fetch + timeout | Ratio to openapi-fetch | |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows,
  ].join('\n');
}

export function renderThroughput(phases: readonly PhaseResult[]): string {
  return [
    '### Client throughput',
    '',
    `\`GET ${PATH}\` against a local \`node:http\` server (own worker thread, keep-alive) ` +
      `answering a ${fmt(Buffer.byteLength(ENVELOPE))}-byte CFGPU envelope. ` +
      'Variants run interleaved, order rotated each round, after a warm-up.',
    ...phases.flatMap((phase) => ['', renderPhase(phase)]),
  ].join('\n');
}
