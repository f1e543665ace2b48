/**
 * The client side of bench/transfers.ts, in a process of its own so its peak memory is its own;
 * bench/transfers.ts bundles it and runs `node build/bench-transfer-client.mjs <mock url>`. On
 * `upload` it uploads a local file through `models.upload` (the file opened with `openFile` from `csgkit/node`, as the CLI does,
 * hashed by `nodeSha256` or by the default JavaScript SHA-256);
 * on `download` it fetches repository paths with `snapshotDownload` into a folder; each answers
 * the wall and CPU seconds it took. On `done` it answers its peak RSS in bytes and exits.
 */
import { performance } from 'node:perf_hooks';
import { nodeFetch, nodeSha256, openFile, snapshotDownload } from '../node/index.js';
import { CSGHub } from '../src/csghub/index.js';

export type TransferRequest =
  | { upload: { repo: string; file: string; path: string; hash: 'node' | 'default' } }
  | { download: { repo: string; paths: string[]; localDir: string; concurrency?: number } }
  | 'done';
export type TransferAnswer =
  { seconds: number; cpu: number } | { maxRss: number } | { error: string };

const [baseUrl = ''] = process.argv.slice(2);
const hub = new CSGHub({ token: 'bench-token', baseUrl, fetch: nodeFetch });
const answer = (message: TransferAnswer) => process.send?.(message);

async function timed(work: () => Promise<void>): Promise<TransferAnswer> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  await work();
  const used = process.cpuUsage(cpu);
  return { seconds: (performance.now() - started) / 1000, cpu: (used.user + used.system) / 1e6 };
}

process.on('message', (request: TransferRequest) => {
  if (request === 'done') {
    // ru_maxrss: the process's peak resident set, in KiB.
    answer({ maxRss: process.resourceUsage().maxRSS * 1024 });
    process.disconnect();
    return;
  }
  const work =
    'upload' in request
      ? async () => {
          const { repo, file, path, hash } = request.upload;
          const result = await hub.models.upload(
            repo,
            [{ path, content: await openFile(file) }],
            hash === 'node' ? { sha256: nodeSha256 } : {},
          );
          if (!result.lfs.includes(path)) throw new Error(`${path} did not go to LFS storage`);
        }
      : async () => {
          const { repo, paths, localDir, concurrency } = request.download;
          const result = await snapshotDownload(hub, repo, {
            localDir,
            files: paths,
            ...(concurrency === undefined ? {} : { concurrency }),
          });
          if (result.failed.length > 0 || result.downloaded.length !== paths.length) {
            throw new Error(
              `downloaded ${String(result.downloaded.length)} of ${String(paths.length)}: ${JSON.stringify(result.failed.slice(0, 3))}`,
            );
          }
        };
  timed(work).then(
    (result) => answer(result),
    (error: unknown) => answer({ error: String(error) }),
  );
});
