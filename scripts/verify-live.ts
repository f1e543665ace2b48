/**
 * `npm run verify:live -- --api csghub --target https://hub.opencsg.com`: replays the spec's safe
 * reads against a real server through Prism's validating proxy and prints every answer that
 * breaks the spec. Exit 0 clean, 1 violations or no server, 2 bad usage.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { writeBundledSpec } from '../tooling/bundled-spec.js';
import { listOperations, loadApis, type OpenApiDocument } from '../tooling/apis.js';
import {
  parseViolations,
  planRequests,
  type Plan,
  type PlannedRequest,
  type SkipReason,
  type Violation,
} from './lib/live-requests.js';
import { startPrismProxy, type PrismProxy } from './lib/prism-proxy.js';

const CONCURRENCY = 4;
const RUN_LIMIT_S = 300;

/** Where each API's token lives and how the service wants it in `Authorization`. */
const AUTH: Record<string, { env: string; header: (token: string) => string } | undefined> = {
  // CSGHub accepts only schemed tokens (`Bearer`, `OAuth`, `Basic`); a bare one gets `Bearer `.
  csghub: { env: 'CSGHUB_TOKEN', header: (t) => (/^\S+\s+\S/.test(t) ? t : `Bearer ${t}`) },
  // CFGPU documents the bare token.
  cfgpu: { env: 'CFGPU_API_TOKEN', header: (t) => t },
};

const USAGE = `Usage: npm run verify:live -- --api <csghub|cfgpu> --target <url> [options]

Replays the spec's safe reads (GET operations answering JSON, required parameters filled from
the spec's examples) against a real server through Prism's validating proxy, and prints every
answer that breaks the spec. The token comes from CSGHUB_TOKEN or CFGPU_API_TOKEN.

Options:
  --api <name>         csghub or cfgpu
  --target <url>       the server's root, e.g. https://hub.opencsg.com (spec paths carry /api/v1)
  --token-env <name>   read the token from this variable instead
  --only <ids>         comma-separated operationIds: replay these and nothing else
  --limit <n>          replay at most n requests
  --timeout <seconds>  per request (default 15); the whole run stops after ${RUN_LIMIT_S} s
  --json               print a JSON report instead of text
  --help               show this help

Exit codes: 0 no violation, 1 violations or the server could not be reached, 2 bad usage.`;

class UsageError extends Error {}

interface Options {
  api: string;
  target: URL;
  /** The target as printed: no credentials, query or fragment. */
  label: string;
  token: string;
  tokenEnv: string;
  only: string[] | undefined;
  limit: number | undefined;
  timeoutMs: number;
  json: boolean;
}

interface Result {
  operationId: string;
  method: string;
  path: string;
  url: string;
  /** The server's status; `null` when there was no usable answer. */
  status: number | null;
  violations: Violation[];
  /** Why there is no answer to check: no connection, time-out. */
  failure?: string;
}

const SKIP_LABELS: Record<SkipReason, string> = {
  'not GET': 'not GET',
  'x-idempotent: false': 'x-idempotent: false',
  'event stream': 'event streams',
  download: 'downloads',
  'no example': 'without an example for a required parameter',
  'over --limit': 'over --limit',
};

const NOT_IMPLEMENTED: Violation = {
  location: 'response',
  severity: 'error',
  message: "the server answered 501 Not Implemented (Prism answered from the spec's examples)",
};

/** What a signal must undo, and what must never be printed. */
const state: { proxy?: PrismProxy; mask: (text: string) => string } = { mask: (text) => text };

/** Replaces the token, however the server may have echoed it, in anything printed. */
function masker(token: string): (text: string) => string {
  const forms = [token, encodeURIComponent(token), JSON.stringify(token).slice(1, -1)];
  return (text) => forms.reduce((masked, form) => masked.replaceAll(form, '***'), text);
}

const why = (error: unknown): string => {
  const cause =
    error instanceof Error ? (error.cause as Partial<NodeJS.ErrnoException> | undefined) : {};
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
};

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

function positive(flag: string, raw: string | undefined, integer: boolean): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!(value > 0) || !Number.isFinite(value) || (integer && !Number.isInteger(value))) {
    throw new UsageError(`${flag} must be a positive ${integer ? 'integer' : 'number'}`);
  }
  return value;
}

function parseTarget(raw: string | undefined): URL {
  if (!raw) throw new UsageError('--target <url> is required (the server to check)');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`--target is not a URL: ${raw}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`--target must be an http or https URL, not ${url.protocol}`);
  }
  return url;
}

/** The command line, checked; `undefined` after printing the help. */
async function parseOptions(argv: string[]): Promise<Options | undefined> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        api: { type: 'string' },
        target: { type: 'string' },
        'token-env': { type: 'string' },
        only: { type: 'string' },
        limit: { type: 'string' },
        timeout: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return undefined;
  const apis = (await loadApis()).map((a) => a.name);
  const api = values.api;
  if (!api) throw new UsageError(`--api is required (${apis.join(' or ')})`);
  if (!apis.includes(api)) {
    throw new UsageError(`unknown API "${api}" (choose ${apis.join(' or ')})`);
  }
  const target = parseTarget(values.target);
  const tokenEnv = values['token-env'] ?? AUTH[api]?.env ?? `${api.toUpperCase()}_TOKEN`;
  const token = process.env[tokenEnv]?.trim();
  if (!token) {
    throw new UsageError(
      `${tokenEnv} is not set (export the token, or name its variable with --token-env)`,
    );
  }
  return {
    api,
    target,
    label: `${target.origin}${target.pathname}`,
    token,
    tokenEnv,
    only: values.only
      ?.split(',')
      .map((id) => id.trim())
      .filter(Boolean),
    limit: positive('--limit', values.limit, true),
    timeoutMs: (positive('--timeout', values.timeout, false) ?? 15) * 1000,
    json: values.json ?? false,
  };
}

/** The requests to send, planned from the very file Prism validates against. */
async function plan(options: Options): Promise<{ spec: string; plan: Plan }> {
  const spec = await writeBundledSpec(options.api);
  const doc = parse(await readFile(spec, 'utf8')) as OpenApiDocument;
  let operations = listOperations(doc);
  const { only } = options;
  if (only) {
    const unknown = only.filter((id) => !operations.some((op) => op.operationId === id));
    if (unknown.length > 0) {
      throw new UsageError(`--only: no operation ${unknown.join(', ')} in the ${options.api} spec`);
    }
    operations = operations.filter((op) => only.includes(op.operationId));
  }
  const planned = planRequests(doc, operations);
  for (const { operationId, method, path } of planned.requests.splice(options.limit ?? Infinity)) {
    planned.skipped.push({ operationId, method, path, reason: 'over --limit' });
  }
  return { spec, plan: planned };
}

/** Fails with a one-line reason when nothing answers HTTP at the target. */
async function assertReachable(options: Options): Promise<void> {
  try {
    const response = await fetch(options.target, {
      method: 'HEAD',
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    await response.body?.cancel();
  } catch (error) {
    const reason =
      error instanceof Error && error.name === 'TimeoutError'
        ? `no answer within ${options.timeoutMs / 1000} s`
        : why(error);
    throw new Error(`cannot reach ${options.label}: ${reason}`, { cause: error });
  }
}

/** A problem document Prism wrote itself instead of passing the server's answer through. */
function prismProblem(response: Response, body: string): Partial<Result> | undefined {
  if (!response.headers.get('content-type')?.startsWith('application/problem+json')) return;
  let problem: { type?: unknown; title?: unknown };
  try {
    problem = JSON.parse(body) as typeof problem;
  } catch {
    return;
  }
  const type = typeof problem.type === 'string' ? problem.type : '';
  const title = typeof problem.title === 'string' ? problem.title : '';
  if (type !== 'FetchError' && !type.startsWith('https://stoplight.io/prism/errors#')) return;
  // node-fetch inside Prism could not parse a body the server called JSON.
  const invalidJson = /^invalid json response body at \S+ reason: (.*)$/s.exec(title);
  if (invalidJson) {
    const message = `body is not valid JSON: ${invalidJson[1] ?? ''}`;
    return { violations: [{ location: 'response.body', severity: 'error', message }] };
  }
  return { failure: `Prism: ${title || type}` };
}

async function replay(
  request: PlannedRequest,
  proxy: PrismProxy,
  authorization: string,
  options: Options,
  run: AbortSignal,
): Promise<Result> {
  const { operationId, method, path, url } = request;
  const result: Result = { operationId, method, path, url, status: null, violations: [] };
  const signal = AbortSignal.any([AbortSignal.timeout(options.timeoutMs), run]);
  try {
    const response = await fetch(new URL(url, proxy.url), {
      headers: { ...request.headers, authorization },
      redirect: 'manual',
      signal,
    });
    const body = await response.text();
    const problem = prismProblem(response, body);
    if (problem) return { ...result, ...problem };
    result.status = response.status;
    result.violations = parseViolations(response.headers.get('sl-violations'));
  } catch (error) {
    if (run.aborted) result.failure = `not answered within the run's ${RUN_LIMIT_S} s`;
    else if (signal.aborted) result.failure = `no answer within ${options.timeoutMs / 1000} s`;
    else result.failure = why(error);
  }
  return result;
}

/** Sends every request through Prism, a few at a time, and keeps the spec's order. */
async function check(options: Options, spec: string, requests: PlannedRequest[]) {
  await assertReachable(options);
  // Prism never needs the token: keep it out of its environment.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => name !== options.tokenEnv),
  );
  const proxy = await startPrismProxy({ spec, upstream: options.target.href, env });
  state.proxy = proxy;
  try {
    const authorization = (AUTH[options.api]?.header ?? String)(options.token);
    const run = AbortSignal.timeout(RUN_LIMIT_S * 1000);
    const results = new Array<Result>(requests.length);
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < requests.length; i = next++) {
        results[i] = await replay(
          requests[i] as PlannedRequest,
          proxy,
          authorization,
          options,
          run,
        );
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    // Prism only logs a 501 before answering with a mock: give the log line time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 250));
    for (const r of results) {
      if (r.status !== null && proxy.notImplemented.has(new URL(r.url, 'http://x').pathname)) {
        r.status = 501;
        r.violations.unshift(NOT_IMPLEMENTED);
      }
    }
    return results;
  } finally {
    await proxy.stop();
  }
}

function summarise(results: Result[], skipped: Plan['skipped']) {
  const counts = {
    requests: results.length,
    violations: results.reduce((n, r) => n + r.violations.length, 0),
    responsesWithViolations: results.filter((r) => r.violations.length > 0).length,
    failed: results.filter((r) => r.failure !== undefined).length,
    skipped: skipped.length,
  };
  const reasons = Object.entries(SKIP_LABELS)
    .map(([reason, label]) => [skipped.filter((s) => s.reason === reason).length, label] as const)
    .filter(([count]) => count > 0)
    .map(([count, label]) => `${count} ${label}`);
  const line = [
    plural(counts.requests, 'request'),
    `${plural(counts.violations, 'violation')} in ${plural(counts.responsesWithViolations, 'response')}`,
    ...(counts.failed > 0 ? [`${counts.failed} failed`] : []),
    `${counts.skipped} skipped${reasons.length > 0 ? ` (${reasons.join(', ')})` : ''}`,
  ].join(', ');
  return { line, counts };
}

function textReport(results: Result[], skipped: Plan['skipped']): string[] {
  const lines: string[] = [];
  for (const r of results) {
    if (r.violations.length === 0 && r.failure === undefined) continue;
    lines.push(`${r.operationId}  ${r.method} ${r.path}  ${r.status ?? 'no status'}`);
    for (const v of r.violations) {
      lines.push(`  ${v.severity.padEnd(7)}  ${v.location}: ${v.message}`);
    }
    if (r.failure !== undefined) lines.push(`  ${'failed'.padEnd(7)}  ${r.failure}`);
  }
  for (const s of skipped.filter((s) => s.reason === 'no example')) {
    lines.push(`skipped ${s.operationId}  ${s.method} ${s.path}: no example for ${s.detail ?? ''}`);
  }
  lines.push(summarise(results, skipped).line);
  return lines;
}

async function main(argv: string[], print: (text: string) => void): Promise<number> {
  const options = await parseOptions(argv);
  if (!options) {
    print(USAGE);
    return 0;
  }
  state.mask = masker(options.token);
  const { spec, plan: planned } = await plan(options);
  const results = planned.requests.length > 0 ? await check(options, spec, planned.requests) : [];
  if (options.json) {
    const { line, counts } = summarise(results, planned.skipped);
    const report = { api: options.api, target: options.label, summary: line, ...counts };
    print(JSON.stringify({ ...report, results, skippedOperations: planned.skipped }, null, 2));
  } else {
    for (const line of textReport(results, planned.skipped)) print(line);
  }
  return results.every((r) => r.violations.length === 0 && r.failure === undefined) ? 0 : 1;
}

let stopping: Promise<void> | undefined;
const stopAndExit = (code: number) => {
  // Before Prism is up, exiting is enough: the proxy's exit hook kills a Prism still starting.
  stopping ??= (state.proxy?.stop() ?? Promise.resolve()).finally(() => process.exit(code));
};
process.once('SIGINT', () => {
  stopAndExit(130);
});
process.once('SIGTERM', () => {
  stopAndExit(143);
});

main(process.argv.slice(2), (text) => process.stdout.write(`${state.mask(text)}\n`)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`error: ${state.mask(message)}\n`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
