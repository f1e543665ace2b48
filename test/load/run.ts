/**
 * `npm run test:load`: the long load checks, on loopback only, bounded in count and time.
 *
 * 1. Each mock (Prism with request validation) under 50 concurrent connections for 30 s
 *    (autocannon): requests per second, latency, and zero errors or non-2xx answers.
 * 2. The CFGPU client sending 10,000 requests at concurrency 100 to a local server: every one
 *    succeeds, and the heap after (garbage collected) stays near the heap before.
 *
 * Prints a report, writes it into RELIABILITY.md between its markers, and exits 1 when a check
 * fails. Run with `--expose-gc` (the npm script does) so heap figures are after collection.
 */
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { startMock } from '../../mocks/launcher.js';
import { runLoad, type LoadFigures } from '../../scripts/lib/load.js';
import { writeReportSection } from '../../scripts/lib/report.js';
import { listen } from '../../tooling/static-server.js';
import { CFGPU } from '../../src/cfgpu/index.js';

const CONNECTIONS = 50;
const DURATION_S = Number(process.env['LOAD_DURATION_S'] ?? 30);
const CLIENT_REQUESTS = 10_000;
const CLIENT_CONCURRENCY = 100;
/** Heap growth allowed over 10,000 warm requests, once garbage is collected. */
const HEAP_GROWTH_BUDGET_MB = 5;

const REPORT_FILE = fileURLToPath(new URL('../../RELIABILITY.md', import.meta.url));

interface MockLoad extends LoadFigures {
  api: string;
  route: string;
}

async function loadMock(api: 'csghub' | 'cfgpu', route: string): Promise<MockLoad> {
  const mock = await startMock({ api, errors: true });
  try {
    const figures = await runLoad(`${mock.url}${route}`, {
      connections: CONNECTIONS,
      durationS: DURATION_S,
      authorization: 'Bearer load-test-token',
    });
    return { api, route, ...figures };
  } finally {
    await mock.stop();
  }
}

interface ClientLoad {
  ok: number;
  failed: number;
  seconds: number;
  heapBeforeMb: number;
  heapAfterMb: number;
}

const heapMb = () => {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};

async function loadClient(): Promise<ClientLoad> {
  const body = JSON.stringify({
    success: true,
    errorCode: null,
    errorMsg: null,
    content: [{ code: 'hz', name: '杭州' }],
  });
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(body);
  });
  const base = await listen(server, 0, '127.0.0.1');
  const cfgpu = new CFGPU({ token: 'load-test-token', baseUrl: base });
  try {
    const round = async () => {
      let next = 0;
      let ok = 0;
      let failed = 0;
      await Promise.all(
        Array.from({ length: CLIENT_CONCURRENCY }, async () => {
          while (next < CLIENT_REQUESTS) {
            next++;
            try {
              await cfgpu.regions.list();
              ok++;
            } catch {
              failed++;
            }
          }
        }),
      );
      return { ok, failed };
    };
    // Two rounds warm connections, compiled code and caches; the third is measured, so what
    // remains after it is growth per request, not start-up.
    await round();
    await round();
    const heapBeforeMb = heapMb();
    const started = performance.now();
    const { ok, failed } = await round();
    const seconds = (performance.now() - started) / 1000;
    return { ok, failed, seconds, heapBeforeMb, heapAfterMb: heapMb() };
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

const n = (value: number, digits = 0) =>
  value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main(): Promise<void> {
  // The client first, so the mocks' load generator leaves nothing in the heap it measures.
  const client = await loadClient();
  const mocks = [
    await loadMock('cfgpu', '/userapi/v1/region/list'),
    await loadMock('csghub', '/api/v1/models'),
  ];
  const mocksOk = mocks.every((m) => m.errors === 0 && m.non2xx === 0 && m.requests > 0);
  const growth = client.heapAfterMb - client.heapBeforeMb;
  const clientOk =
    client.failed === 0 && client.ok === CLIENT_REQUESTS && growth <= HEAP_GROWTH_BUDGET_MB;
  const report = [
    `Measured ${new Date().toISOString()} with Node ${process.version}.`,
    '',
    `**Mocks**: ${String(CONNECTIONS)} connections for ${String(DURATION_S)} s each (autocannon, loopback, request validation on).`,
    '',
    '| Mock | Route | Requests | Req/s | p50 | p99 | Errors | Non-2xx |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...mocks.map(
      (m) =>
        `| ${m.api} | \`GET ${m.route}\` | ${n(m.requests)} | ${n(m.rps)} | ${String(m.p50)} ms | ${String(m.p99)} ms | ${String(m.errors)} | ${String(m.non2xx)} |`,
    ),
    '',
    `${mocksOk ? '✅' : '❌'} Target: 0 errors and 0 non-2xx answers.`,
    '',
    `**Client**: ${n(CLIENT_REQUESTS)} \`cfgpu.regions.list()\` calls at concurrency ${String(CLIENT_CONCURRENCY)} against a local server, after two rounds of as many to warm up: ${n(client.ok)} succeeded, ${n(client.failed)} failed, in ${n(client.seconds, 1)} s. Heap after garbage collection: ${n(client.heapBeforeMb, 1)} MB before, ${n(client.heapAfterMb, 1)} MB after (${growth >= 0 ? '+' : ''}${n(growth, 1)} MB).`,
    '',
    `${clientOk ? '✅' : '❌'} Target: every call succeeds and the heap grows by at most ${String(HEAP_GROWTH_BUDGET_MB)} MB.`,
  ].join('\n');
  process.stdout.write(`${report}\n`);
  await writeReportSection(REPORT_FILE, 'load', report);
  process.exitCode = mocksOk && clientOk ? 0 : 1;
}

await main();
