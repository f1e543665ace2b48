/**
 * The downloading side of bench/downloads.ts, in a process of its own so its peak memory is its
 * own; bench/downloads.ts bundles it and runs `node build/bench-download-client.mjs <mock url>
 * platform|node`. On each `download` message it downloads the file through the client, reads it
 * to the end and answers the seconds and CPU seconds it took; on `done` it answers its peak RSS in bytes and
 * exits.
 */
import { performance } from 'node:perf_hooks';
import { nodeFetch } from '../node/index.js';
import { CSGHub } from '../src/csghub/index.js';

export type ClientRequest = { download: { repo: string; file: string; bytes: number } } | 'done';
export type ClientAnswer =
  { seconds: number; cpu: number } | { maxRss: number } | { error: string };

const [baseUrl = '', fetcher = 'node'] = process.argv.slice(2);
const hub = new CSGHub({
  token: 'bench-token',
  baseUrl,
  ...(fetcher === 'node' ? { fetch: nodeFetch } : {}),
});
const answer = (message: ClientAnswer) => process.send?.(message);

async function download(repo: string, file: string, bytes: number): Promise<ClientAnswer> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const reader = (await hub.models.download(repo, file)).body.getReader();
  let loaded = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    loaded += next.value.byteLength;
  }
  if (loaded !== bytes) throw new Error(`read ${String(loaded)} of ${String(bytes)} bytes`);
  const used = process.cpuUsage(cpu);
  return { seconds: (performance.now() - started) / 1000, cpu: (used.user + used.system) / 1e6 };
}

process.on('message', (request: ClientRequest) => {
  if (request === 'done') {
    // ru_maxrss: the process's peak resident set, in KiB.
    answer({ maxRss: process.resourceUsage().maxRSS * 1024 });
    process.disconnect();
    return;
  }
  const { repo, file, bytes } = request.download;
  download(repo, file, bytes).then(
    (result) => answer(result),
    (error: unknown) => answer({ error: String(error) }),
  );
});
