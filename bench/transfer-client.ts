/**
 * The client side of bench/transfers.ts, in a process of its own so its peak memory is its own;
 * bench/transfers.ts bundles it and runs `node build/bench-transfer-client.mjs <mock url>`. On
 * `upload` it uploads a local file through `models.upload` (the file opened with `openFile` from `csgkit/node`, as the CLI does,
 * hashed by `nodeSha256` or by the default JavaScript SHA-256);
 * on `download` it fetches repository paths with `snapshotDownload` into a folder; each answers
 * the wall and CPU seconds it took. On `bare` it does what any downloader of the same files must,
 * with nothing of the client: the listing, then each file by a `node:http` GET on a keep-alive
 * connection, written to `<file>.partial` and renamed, `concurrency` at a time (the baseline of
 * the parallel speed-up). On `done` it answers its peak RSS in bytes and exits.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { nodeFetch, nodeSha256, openFile, snapshotDownload } from '../node/index.js';
import { CSGHub } from '../src/csghub/index.js';

export type TransferRequest =
  | { upload: { repo: string; file: string; path: string; hash: 'node' | 'default' } }
  | { download: { repo: string; paths: string[]; localDir: string; concurrency?: number } }
  | { bare: { repo: string; paths: string[]; localDir: string; concurrency: number } }
  | 'done';
export type TransferAnswer =
  { seconds: number; cpu: number } | { maxRss: number } | { error: string };

const [baseUrl = ''] = process.argv.slice(2);
const hub = new CSGHub({ token: 'bench-token', baseUrl, fetch: nodeFetch });
const answer = (message: TransferAnswer) => process.send?.(message);
const agent = new http.Agent({ keepAlive: true });

/**
 * A GET's whole body, by `node:http` alone; rejects unless the answer is 200. Sent again once when
 * a kept-alive connection turns out closed by the server (as Node's documentation advises).
 */
function get(url: string, retried = false): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers: { authorization: 'Bearer bench-token' } });
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (request.reusedSocket && !retried && error.code === 'ECONNRESET') {
        get(url, true).then(resolve, reject);
      } else reject(error);
    });
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        if (response.statusCode === 200) resolve(Buffer.concat(chunks));
        else reject(new Error(`GET ${url}: ${String(response.statusCode)}`));
      });
    });
  });
}

/** The listing, then each file: GET, write to `.partial`, rename, `concurrency` at a time. */
async function bareDownload(repo: string, paths: string[], localDir: string, concurrency: number) {
  await get(`${baseUrl}/csg/api/models/${repo}/revision/main?blobs=true`);
  const queue = paths.values();
  const folders = new Map<string, Promise<unknown>>();
  const worker = async () => {
    for (const file of queue) {
      const body = await get(`${baseUrl}/api/v1/models/${repo}/download/${file}`);
      const target = path.join(localDir, file);
      const folder = path.dirname(target);
      let made = folders.get(folder);
      if (!made) {
        made = mkdir(folder, { recursive: true });
        folders.set(folder, made);
      }
      await made;
      await writeFile(`${target}.partial`, body);
      await rename(`${target}.partial`, target);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

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
    'bare' in request
      ? async () => {
          const { repo, paths, localDir, concurrency } = request.bare;
          await bareDownload(repo, paths, localDir, concurrency);
        }
      : 'upload' in request
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
