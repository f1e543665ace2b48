/**
 * Uploads and downloads through the client against one data-backed CSGHub mock on loopback:
 * a 1 GiB file uploaded through `models.upload` (hash, LFS batch, multipart parts, completion,
 * verify, commit) beside `curl -T` of the same bytes to a presigned PUT URL of the same mock,
 * rounds alternated; the uploaded file downloaded back with `snapshotDownload` and compared by
 * SHA-256; and a repository of 200 small files downloaded with `snapshotDownload` in parallel
 * and one file at a time, beside a bare `node:http` downloader of the same files (the baseline of
 * that speed-up). The client runs in processes of its own (bench/transfer-client.ts),
 * one uploading and one downloading, whose peak RSS is reported.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  createReadStream,
  openSync,
  readdirSync,
  readFileSync,
  writeSync,
} from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseSize } from '../mocks/content/index.js';
import { startMock, type MockServer } from '../mocks/launcher.js';
import { nodeFetch } from '../node/index.js';
import { CSGHub } from '../src/csghub/index.js';
import { bundleClient, startClientChild } from './client-process.js';
import { runCurl, type Run } from './curl.js';
import { runTimed } from './timed.js';
import { binPath } from '../scripts/lib/bins.js';
import { copyFile, mkdir } from 'node:fs/promises';
import { median } from './stats.js';
import type { TransferAnswer, TransferRequest } from './transfer-client.js';

/** The client's upload must reach this share of curl's throughput. */
export const UPLOAD_TARGET = 0.8;
/** Each client process must stay within this peak RSS (bytes). */
export const RSS_TARGET = 150 * 1000 * 1000;
/** Parallel small-file downloads must be this many times faster than sequential ones. */
export const PARALLEL_TARGET = 2;

const LARGE_ROUNDS = 3;
const SMALL_ROUNDS = 5;
const SMALL_FILES = 200;
const SMALL_BYTES = 4096;
/** The per-request latency of the second small-file mock, in ms. */
const LATENCY_MS = 5;
const REPO = 'OpenCSG/csg-wukong-1B';
const LARGE_PATH = 'bench/large.bin';
const LFS = 'application/vnd.git-lfs+json';
const CPUS = os.availableParallelism();

/**
 * CPU seconds all threads of process `pid` have run, from Linux's per-thread scheduler
 * statistics (nanoseconds, where `/proc/<pid>/stat` counts 10 ms ticks); NaN without them.
 */
function processCpu(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  try {
    const tasks = readdirSync(`/proc/${String(pid)}/task`);
    let ns = 0;
    for (const task of tasks) {
      const line = readFileSync(`/proc/${String(pid)}/task/${task}/schedstat`, 'utf8');
      ns += Number(line.split(' ')[0]);
    }
    return ns / 1e9;
  } catch {
    return Number.NaN;
  }
}

/** One small-file snapshot: the downloading process's time and CPU, and the mock's CPU. */
export interface SmallRun extends Run {
  /** CPU seconds the mock's process spent meanwhile (NaN where `/proc` cannot tell). */
  mockCpu: number;
}

/** One downloader's rounds at both concurrencies. */
export interface SmallRuns {
  parallel: SmallRun[];
  sequential: SmallRun[];
  /** Sequential time over parallel time, per round. */
  speedups: number[];
  /**
   * The most the speed-up could have been, per round, had the parallel run kept every CPU busy:
   * it cannot take less than its own CPU (downloader and mock) over the machine's CPUs.
   */
  ceilings: number[];
}

export interface SmallReport {
  latencyMs: number;
  /** `snapshotDownload` through the client. */
  client: SmallRuns;
  /** The same files by a bare `node:http` downloader: the baseline of the speed-up. */
  bare: SmallRuns;
}

export interface TransferReport {
  bytes: number;
  rounds: number;
  chunkBytes: number;
  /** The client hashing with `nodeSha256` (csgkit/node): the target is judged on it. */
  client: Run[];
  /** The client with its default SHA-256, in JavaScript. */
  jsClient: Run[];
  curl: Run[];
  /** Curl's time over the client's (the client's share of curl's throughput), per round. */
  ratios: number[];
  jsRatios: number[];
  download: Run[];
  uploadRss: number;
  downloadRss: number;
  concurrency: number;
  small: SmallReport[];
  /** `csghub upload` of the large file, then `csghub download` of it, SHA-256 compared. */
  cli: { upload: CliRun; download: CliRun };
}

/** A command's wall seconds, CPU seconds and peak RSS (bytes; NaN without `/usr/bin/time`). */
interface CliRun extends Run {
  maxRss: number;
}

/** Runs the built `csghub` command with `args`; rejects unless it exits 0. */
async function runCli(args: string[]): Promise<CliRun> {
  const env = { ...process.env, CSGHUB_TOKEN: 'bench-token', NO_COLOR: '1' };
  const run = await runTimed([process.execPath, binPath('csghub'), ...args], env);
  if (run.code !== 0) {
    throw new Error(`csghub ${args.join(' ')} exited ${String(run.code)}: ${run.stderr}`);
  }
  return { seconds: run.seconds, cpu: run.cpu, maxRss: run.maxRss };
}

interface ClientProcess {
  run(request: Exclude<TransferRequest, 'done'>): Promise<Run>;
  /** Ends the process; resolves to its peak RSS in bytes. */
  finish(): Promise<number>;
}

function startClient(bundle: string, baseUrl: string, name: string): ClientProcess {
  const { ask, fail } = startClientChild<TransferRequest, TransferAnswer>(bundle, [baseUrl], name);
  return {
    async run(request) {
      const answer = await ask(request);
      return 'seconds' in answer ? answer : fail(answer);
    },
    async finish() {
      const answer = await ask('done');
      return 'maxRss' in answer ? answer.maxRss : fail(answer);
    },
  };
}

/**
 * Writes `bytes` of deterministic data to `file` (a pseudo-random MiB, each copy stamped with
 * its index so no two MiB are alike); resolves to its SHA-256.
 */
function writeLargeFile(file: string, bytes: number): string {
  const block = Buffer.alloc(1024 * 1024);
  let x = 7;
  for (let i = 0; i < block.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    block[i] = x >>> 24;
  }
  const hash = createHash('sha256');
  const fd = openSync(file, 'w');
  try {
    for (let at = 0, n = 0; at < bytes; at += block.length, n++) {
      block.writeUInt32BE(n, 0);
      const slice = block.subarray(0, Math.min(block.length, bytes - at));
      hash.update(slice);
      writeSync(fd, slice);
    }
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 })) {
    hash.update(chunk as Buffer);
  }
  return hash.digest('hex');
}

/** A presigned PUT URL for the whole object, from the mock's LFS batch (basic transfer). */
async function basicPutUrl(mock: MockServer, oid: string, size: number): Promise<string> {
  const response = await fetch(`${mock.url}/models/${REPO}.git/info/lfs/objects/batch`, {
    method: 'POST',
    headers: { accept: LFS, 'content-type': LFS, authorization: 'Bearer bench-token' },
    body: JSON.stringify({ operation: 'upload', transfers: ['basic'], objects: [{ oid, size }] }),
  });
  const answer = (await response.json()) as {
    objects: { actions?: { upload?: { href: string } } }[];
  };
  const href = answer.objects[0]?.actions?.upload?.href;
  if (!href) throw new Error(`the mock gave no upload URL: ${JSON.stringify(answer)}`);
  return href;
}

/** `curl -T file url`; its time as curl measured it, its CPU as `/usr/bin/time` did. */
function curlPut(file: string, url: string, bytes: number): Promise<Run> {
  // No `Expect: 100-continue` wait: the same single request the client's PUTs are.
  const args = ['-sS', '-f', '-T', file, '-H', 'Expect:', '-o', '/dev/null', url];
  return runCurl(args, 'size_upload', bytes, `curl -T to ${url}`);
}

const reset = async (mock: MockServer) => {
  const response = await fetch(`${mock.url}/__reset`, { method: 'POST' });
  if (!response.ok) throw new Error(`reset failed: ${String(response.status)}`);
};

/** Uploads the small files through the client, then times snapshots at two concurrencies. */
async function measureSmall(
  mock: MockServer,
  downloader: ClientProcess,
  scratch: string,
  concurrency: number,
  latencyMs: number,
): Promise<SmallReport> {
  const hub = new CSGHub({ token: 'bench-token', baseUrl: mock.url, fetch: nodeFetch });
  const sources = Array.from({ length: SMALL_FILES }, (_, i) => {
    const content = new Uint8Array(SMALL_BYTES + i);
    content.fill(i % 251);
    content.set(new TextEncoder().encode(`small file ${String(i)}\n`));
    return { path: `small/${String(i).padStart(3, '0')}.txt`, content };
  });
  const result = await hub.models.upload(REPO, sources);
  if (result.committed.length !== SMALL_FILES || result.lfs.length > 0) {
    throw new Error(`the small files were not all committed: ${JSON.stringify(result)}`);
  }
  const paths = sources.map((s) => s.path);
  const runs = (): SmallRuns => ({ parallel: [], sequential: [], speedups: [], ceilings: [] });
  const report: SmallReport = { latencyMs, client: runs(), bare: runs() };
  let n = 0;
  type Way = 'client' | 'bare';
  const once = async (way: Way, at: number) => {
    const localDir = path.join(scratch, `small-${String(latencyMs)}-${String(n++)}`);
    const job = { repo: REPO, paths, localDir, concurrency: at };
    const mockBefore = processCpu(mock.pid);
    const run = await downloader.run(way === 'client' ? { download: job } : { bare: job });
    const mockCpu = processCpu(mock.pid) - mockBefore;
    await rm(localDir, { recursive: true, force: true });
    return { ...run, mockCpu };
  };
  const ways: [Way, number][] = [
    ['client', concurrency],
    ['client', 1],
    ['bare', concurrency],
    ['bare', 1],
  ];
  for (const [way, at] of ways) await once(way, at);
  for (let round = 0; round < SMALL_ROUNDS; round++) {
    // Rotated: each goes first in turn.
    const done = new Map<string, SmallRun>();
    for (let i = 0; i < ways.length; i++) {
      const [way, at] = ways[(round + i) % ways.length] ?? ['client', 1];
      done.set(`${way} ${String(at)}`, await once(way, at));
    }
    const none = { seconds: Number.NaN, cpu: Number.NaN, mockCpu: Number.NaN };
    for (const way of ['client', 'bare'] as const) {
      const parallel = done.get(`${way} ${String(concurrency)}`) ?? none;
      const sequential = done.get(`${way} 1`) ?? none;
      report[way].parallel.push(parallel);
      report[way].sequential.push(sequential);
      report[way].speedups.push(sequential.seconds / parallel.seconds);
      report[way].ceilings.push((CPUS * sequential.seconds) / (parallel.cpu + parallel.mockCpu));
    }
  }
  return report;
}

/** @param size bytes, or a size such as `1GiB` (default: `MOCK_BENCH_TRANSFER_SIZE`, else 1 GiB) */
export async function measureTransfers(
  size = process.env['MOCK_BENCH_TRANSFER_SIZE'] ?? '1GiB',
): Promise<TransferReport> {
  const bytes = parseSize(size);
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'csgkit-bench-transfers-'));
  const mocks: MockServer[] = [];
  const clients: ClientProcess[] = [];
  try {
    const source = path.join(scratch, 'large.bin');
    const oid = writeLargeFile(source, bytes);
    const [mock, bundle] = await Promise.all([
      startMock({ api: 'csghub', stateful: true, weightsBytes: 1024 * 1024 }),
      bundleClient('transfer-client'),
    ]);
    mocks.push(mock);
    const uploader = startClient(bundle, mock.url, 'uploading');
    const downloader = startClient(bundle, mock.url, 'downloading');
    clients.push(uploader, downloader);
    const hub = new CSGHub({ token: 'bench-token', baseUrl: mock.url, fetch: nodeFetch });

    const report: TransferReport = {
      bytes,
      rounds: LARGE_ROUNDS,
      chunkBytes: Number.NaN,
      client: [],
      jsClient: [],
      curl: [],
      ratios: [],
      jsRatios: [],
      download: [],
      uploadRss: Number.NaN,
      downloadRss: Number.NaN,
      concurrency: 4,
      small: [],
      cli: {
        upload: { seconds: Number.NaN, cpu: Number.NaN, maxRss: Number.NaN },
        download: { seconds: Number.NaN, cpu: Number.NaN, maxRss: Number.NaN },
      },
    };
    const clientUpload = async (hash: 'node' | 'default') => {
      await reset(mock);
      return uploader.run({ upload: { repo: REPO, file: source, path: LARGE_PATH, hash } });
    };
    const curlUpload = async () => {
      await reset(mock);
      return curlPut(source, await basicPutUrl(mock, oid, bytes), bytes);
    };
    /** Downloads the uploaded file back and compares it with the source. */
    const downloadBack = async () => {
      const files = await hub.models.listFiles(REPO, { path: 'bench' });
      const listed = files.find((f) => f.path === LARGE_PATH);
      if (listed?.lfs_sha256 !== oid) {
        throw new Error(`the mock lists ${LARGE_PATH} as ${JSON.stringify(listed)}`);
      }
      const localDir = path.join(scratch, 'back');
      const run = await downloader.run({ download: { repo: REPO, paths: [LARGE_PATH], localDir } });
      const got = await sha256File(path.join(localDir, LARGE_PATH));
      await rm(localDir, { recursive: true, force: true });
      if (got !== oid) {
        throw new Error(`the downloaded ${LARGE_PATH} has SHA-256 ${got}, the source ${oid}`);
      }
      return run;
    };
    type Uploader = 'curl' | 'node' | 'default';
    const uploads: Record<Uploader, () => Promise<Run>> = {
      curl: curlUpload,
      node: async () => {
        const run = await clientUpload('node');
        // Each upload through the client is downloaded back and checked, in turn with the others.
        report.download.push(await downloadBack());
        return run;
      },
      default: () => clientUpload('default'),
    };
    const names: Uploader[] = ['node', 'curl', 'default'];
    for (let round = 0; round < LARGE_ROUNDS; round++) {
      // The order rotates each round, so no uploader always follows another.
      const times: Partial<Record<Uploader, Run>> = {};
      for (let i = 0; i < names.length; i++) {
        const name = names[(round + i) % names.length] ?? 'node';
        times[name] = await uploads[name]();
      }
      const { node, curl, default: js } = times as Record<Uploader, Run>;
      report.client.push(node);
      report.jsClient.push(js);
      report.curl.push(curl);
      report.ratios.push(curl.seconds / node.seconds);
      report.jsRatios.push(curl.seconds / js.seconds);
    }
    const batch = await fetch(`${mock.url}/models/${REPO}.git/info/lfs/objects/batch`, {
      method: 'POST',
      headers: { accept: LFS, 'content-type': LFS, authorization: 'Bearer bench-token' },
      body: JSON.stringify({
        operation: 'upload',
        transfers: ['multipart'],
        objects: [{ oid: '0'.repeat(64), size: bytes }],
      }),
    });
    const link = (
      (await batch.json()) as {
        objects: { actions?: { upload?: { header?: Record<string, string> } } }[];
      }
    ).objects[0]?.actions?.upload?.header;
    report.chunkBytes = Number(link?.['chunk_size']);

    // The same file through the CLI, both ways, as a user would move it.
    await reset(mock);
    const folder = path.join(scratch, 'cli-up');
    await mkdir(folder);
    await copyFile(source, path.join(folder, 'large.bin'));
    report.cli.upload = await runCli([
      '--base-url',
      mock.url,
      '--json',
      'upload',
      REPO,
      folder,
      'cli',
      '-m',
      'bench',
    ]);
    await rm(folder, { recursive: true, force: true });
    const cliBack = path.join(scratch, 'cli-back');
    report.cli.download = await runCli([
      '--base-url',
      mock.url,
      '--json',
      'download',
      REPO,
      'cli/large.bin',
      '--local-dir',
      cliBack,
    ]);
    const cliGot = await sha256File(path.join(cliBack, 'cli', 'large.bin'));
    await rm(cliBack, { recursive: true, force: true });
    if (cliGot !== oid) {
      throw new Error(
        `csghub download gave cli/large.bin with SHA-256 ${cliGot}, the source ${oid}`,
      );
    }

    await reset(mock);
    report.small.push(await measureSmall(mock, downloader, scratch, report.concurrency, 0));
    const slow = await startMock({
      api: 'csghub',
      stateful: true,
      weightsBytes: 1024 * 1024,
      timing: { latencyMs: [LATENCY_MS, LATENCY_MS] },
    });
    mocks.push(slow);
    const slowDownloader = startClient(bundle, slow.url, 'downloading (latency)');
    clients.push(slowDownloader);
    report.small.push(
      await measureSmall(slow, slowDownloader, scratch, report.concurrency, LATENCY_MS),
    );
    clients.length = 0;
    report.uploadRss = await uploader.finish();
    report.downloadRss = await downloader.finish();
    await slowDownloader.finish();
    return report;
  } finally {
    for (const client of clients) await client.finish().catch(() => undefined);
    for (const mock of mocks) await mock.stop();
    await rm(scratch, { recursive: true, force: true });
  }
}

const mib = (bytes: number) => bytes / 1024 ** 2;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
const list = (values: readonly number[], digits = 2) =>
  values.map((v) => v.toFixed(digits)).join(', ');

export function renderTransfers(report: TransferReport): string {
  const rate = (seconds: number) => `${(mib(report.bytes) / seconds).toFixed(0)} MiB/s`;
  const row = (name: string, runs: Run[], peak?: number) => {
    const seconds = median(runs.map((r) => r.seconds));
    const cpu = median(runs.map((r) => r.cpu));
    return `| ${name} | ${seconds.toFixed(2)} s | ${rate(seconds)} | ${cpu.toFixed(2)} s | ${peak === undefined ? '—' : mb(peak)} | ${list(runs.map((r) => r.seconds))} |`;
  };
  const ratio = median(report.ratios);
  const mark = (ok: boolean) => (ok ? '✅' : '❌');
  const smallRows = (s: SmallReport) => {
    const mock = s.latencyMs === 0 ? 'plain loopback' : `mock \`--latency ${String(s.latencyMs)}\``;
    const ms = (seconds: number) => `${(seconds * 1000).toFixed(0)} ms`;
    const row = (downloader: string, r: SmallRuns) =>
      `| ${mock} | ${downloader} | ${ms(median(r.sequential.map((x) => x.seconds)))} | ${ms(median(r.parallel.map((x) => x.seconds)))} | ${median(r.speedups).toFixed(2)}× | ${ms(median(r.sequential.map((x) => x.cpu)))} | ${ms(median(r.parallel.map((x) => x.cpu)))} | ${ms(median(r.parallel.map((x) => x.mockCpu)))} | ${median(r.ceilings).toFixed(2)}× | ${list(r.speedups)} |`;
    return [row('`snapshotDownload`', s.client), row('bare `node:http` (baseline)', s.bare)];
  };
  const plain = report.small.find((s) => s.latencyMs === 0);
  const slow = report.small.find((s) => s.latencyMs > 0);
  const speedup = (s: SmallReport | undefined) => (s ? median(s.client.speedups) : Number.NaN);
  const bareSpeedup = (s: SmallReport | undefined) => (s ? median(s.bare.speedups) : Number.NaN);
  const ceiling = (s: SmallReport | undefined) => (s ? median(s.client.ceilings) : Number.NaN);
  return [
    '### Uploads and downloads',
    '',
    `Command: \`npm run bench -- transfers\`. One data-backed CSGHub mock on loopback (\`startMock({ api: 'csghub', stateful: true })\`), reset before each upload. A ${mib(report.bytes).toFixed(0)} MiB file of deterministic bytes on disk uploaded through the client (\`models.upload\` with the file opened by \`openFile\` from \`csgkit/node\`, as the CLI does: SHA-256 by \`nodeSha256\` from \`csgkit/node\` and, in a second row, by the client's default JavaScript SHA-256; preupload, LFS batch, ${String(Math.ceil(report.bytes / report.chunkBytes))} multipart parts of ${mib(report.chunkBytes).toFixed(0)} MiB as the mock issues them, ${String(report.concurrency)} at once, completion, verify, commit), beside \`curl -T <file> -H 'Expect:'\` of the same file to the presigned PUT URL the mock's LFS batch issues for the basic transfer (one PUT: the mock computes the object's MD5, its ETag, and SHA-256 in the request's stream as it writes it; a multipart part is written at its offset, then hashed by the mock's hashing threads: its MD5, and the object's SHA-256 in part order, so parts sent side by side are hashed side by side, as a storage service spreads them over machines); ${String(report.rounds)} rounds, the order rotated each round. After each \`nodeSha256\` upload the file is downloaded back with \`snapshotDownload\` and its SHA-256 compared with the source's (the bench fails on a mismatch). The client uploads in one process (peak RSS over both hashes) and downloads in another (\`bench/transfer-client.ts\`, bundled by esbuild, \`fetch: nodeFetch\`), each reporting its peak RSS (\`process.resourceUsage().maxRSS\`).`,
    '',
    '| Transfer | Median time | Throughput | Median CPU | Peak RSS | Rounds (s) |',
    '| -------- | ----------: | ---------: | ---------: | -------: | ---------- |',
    row('curl `-T` (one PUT)', report.curl),
    row('client upload, `sha256: nodeSha256`', report.client, report.uploadRss),
    row('client upload, default (JavaScript) SHA-256', report.jsClient),
    row('client download back (`snapshotDownload`)', report.download, report.downloadRss),
    '',
    `Through the CLI, once, as a user moves the file: \`csghub upload ${REPO} <folder with the file> cli\` (${mib(report.bytes).toFixed(0)} MiB, multipart LFS) in ${report.cli.upload.seconds.toFixed(2)} s (${rate(report.cli.upload.seconds)}, ${report.cli.upload.cpu.toFixed(2)} s CPU, peak RSS ${mb(report.cli.upload.maxRss)}), then \`csghub download ${REPO} cli/large.bin\` in ${report.cli.download.seconds.toFixed(2)} s (${rate(report.cli.download.seconds)}, ${report.cli.download.cpu.toFixed(2)} s CPU, peak RSS ${mb(report.cli.download.maxRss)}); the file downloaded has the source's SHA-256 (the bench fails otherwise). Times include starting the command.`,
    '',
    `Median CPU is the uploading process's own (curl's by \`/usr/bin/time\`); the mock's work (writing and hashing) is in the wall time of both. SHA-256 of every download back: equal to the source's.`,
    '',
    `With its default SHA-256 (JavaScript, so that it runs in browsers too) the client reaches ${median(report.jsRatios).toFixed(2)}× curl's throughput (per round: ${list(report.jsRatios)}).`,
    '',
    `${mark(ratio >= UPLOAD_TARGET)} Target: the client (\`sha256: nodeSha256\`) uploads at ≥ ${UPLOAD_TARGET.toFixed(2)}× curl's throughput to the same mock (${ratio.toFixed(2)}×, median of per-round ratios: ${list(report.ratios)}).`,
    '',
    `${mark(report.uploadRss <= RSS_TARGET)} Target: the uploading process peaks at ≤ ${mb(RSS_TARGET)} RSS (${mb(report.uploadRss)}).`,
    '',
    `${mark(report.downloadRss <= RSS_TARGET)} Target: the downloading process peaks at ≤ ${mb(RSS_TARGET)} RSS (${mb(report.downloadRss)}, over the large and the small downloads).`,
    '',
    `#### ${String(SMALL_FILES)} small files`,
    '',
    `${String(SMALL_FILES)} files of ${String(SMALL_BYTES / 1024)} KiB uploaded through the client (${String(Math.ceil(SMALL_FILES / 75))} commits), then downloaded with \`snapshotDownload\` (listing included) into an empty folder, at its default concurrency (${String(report.concurrency)}) and at concurrency 1. Beside it, in the same process and rounds, the baseline: a bare downloader of the same files that does only what any must (the listing, then per file a \`node:http\` GET on a keep-alive connection, its body written to \`<file>.partial\` and renamed; no checks, retries, timeouts or events). The four runs rotated, ${String(SMALL_ROUNDS)} rounds after a warm-up of each. Plain loopback first; then a second mock with a fixed \`--latency ${String(LATENCY_MS)}\` per request, as a nearby server would add. CPU is the downloading process's; the mock's is the sum over its threads of Linux's per-thread run time (\`/proc/<pid>/task/*/schedstat\`) across the same run. The ceiling is what the speed-up could have been had the parallel run kept all ${String(CPUS)} CPUs busy: a run cannot take less wall time than the CPU it used (downloader and mock) over the machine's CPUs, so per round it is ${String(CPUS)} × sequential time / (downloader CPU + mock CPU of the parallel run), and the median is shown.`,
    '',
    `| Mock | Downloader | Sequential (median) | Parallel (median) | Speed-up (median) | CPU, sequential | CPU, parallel | Mock CPU, parallel | Ceiling on ${String(CPUS)} CPUs | Speed-up per round |`,
    '| ---- | ---------- | ------------------: | ----------------: | ----------------: | --------------: | ------------: | -----------------: | ---------------: | ------------------ |',
    ...report.small.flatMap(smallRows),
    '',
    `${mark(speedup(plain) >= PARALLEL_TARGET)} Target: parallel ≥ ${String(PARALLEL_TARGET)}× sequential on plain loopback (${speedup(plain).toFixed(2)}×; the bare baseline in the same rounds: ${bareSpeedup(plain).toFixed(2)}×; the ceiling ${String(CPUS)} CPUs allow these runs: ${ceiling(plain).toFixed(2)}×).`,
    '',
    `${mark(speedup(slow) >= PARALLEL_TARGET)} Target: parallel ≥ ${String(PARALLEL_TARGET)}× sequential with ${String(LATENCY_MS)} ms of latency per request (${speedup(slow).toFixed(2)}×; the bare baseline: ${bareSpeedup(slow).toFixed(2)}×).`,
  ].join('\n');
}
