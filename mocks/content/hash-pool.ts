/**
 * Digests of stored bytes, computed by a few worker threads reading them back from disk.
 *
 * A multipart part is stored first, then hashed: its MD5 (the part's ETag) and, once every part
 * before it is in, the object's running SHA-256. Hashing 50 MiB on the server's own thread would
 * stall every other request for a tenth of a second, and parts sent side by side would be hashed
 * one after another; in workers they are hashed beside each other and beside the server, as a
 * storage service spreads parts over its machines. The bytes come back from the page cache.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';

/** The worker's code: CommonJS, evaluated as a string so the mock's bundle needs no second file. */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { openSync, readSync, closeSync } = require('node:fs');
const buffer = Buffer.allocUnsafe(1024 * 1024);
const streams = new Map();
function feed(hash, file, offset, length) {
  const fd = openSync(file, 'r');
  try {
    let done = 0;
    while (done < length) {
      const n = readSync(fd, buffer, 0, Math.min(buffer.length, length - done), offset + done);
      if (n === 0) throw new Error('the file ends ' + String(length - done) + ' bytes early');
      hash.update(buffer.subarray(0, n));
      done += n;
    }
  } finally {
    closeSync(fd);
  }
}
parentPort.on('message', (job) => {
  try {
    let digest = '';
    if (job.op === 'digest') {
      const hash = createHash(job.algorithm);
      feed(hash, job.file, job.offset, job.length);
      digest = hash.digest('hex');
    } else if (job.op === 'update') {
      let hash = streams.get(job.stream);
      if (!hash) streams.set(job.stream, (hash = createHash('sha256')));
      feed(hash, job.file, job.offset, job.length);
    } else if (job.op === 'finish') {
      const hash = streams.get(job.stream) || createHash('sha256');
      streams.delete(job.stream);
      digest = hash.digest('hex');
    } else {
      streams.delete(job.stream);
    }
    parentPort.postMessage({ id: job.id, digest });
  } catch (error) {
    streams.delete(job.stream);
    parentPort.postMessage({ id: job.id, error: String(error && error.message ? error.message : error) });
  }
});
`;

type Job =
  | { op: 'digest'; algorithm: 'md5' | 'sha256'; file: string; offset: number; length: number }
  | { op: 'update'; stream: string; file: string; offset: number; length: number }
  | { op: 'finish' | 'drop'; stream: string };

interface Thread {
  worker: Worker;
  pending: Map<number, { resolve: (digest: string) => void; reject: (error: Error) => void }>;
}

export class HashPool {
  private threads: (Thread | undefined)[] = [];
  private nextId = 1;
  private readonly size: number;

  /** @param size worker threads @default the CPUs there are, from 1 to 4 */
  constructor(size = Math.max(1, Math.min(4, os.availableParallelism()))) {
    this.size = size;
  }

  /** The digest (hex) of `length` bytes of `file` from `offset`. */
  digest(algorithm: 'md5' | 'sha256', file: string, offset: number, length: number) {
    return this.run(this.leastBusy(), { op: 'digest', algorithm, file, offset, length });
  }

  /**
   * Adds `length` bytes of `file` from `offset` to the running SHA-256 named `stream`. The
   * updates of one stream run on one thread, in the order they were asked for.
   */
  async update(stream: string, file: string, offset: number, length: number): Promise<void> {
    await this.run(this.threadOf(stream), { op: 'update', stream, file, offset, length });
  }

  /** The running SHA-256 of `stream` (of no bytes when it had none); forgets it. */
  finish(stream: string): Promise<string> {
    return this.run(this.threadOf(stream), { op: 'finish', stream });
  }

  /** Forgets the running SHA-256 of `stream`. */
  async drop(stream: string): Promise<void> {
    if (!this.threads.some(Boolean)) return;
    await this.run(this.threadOf(stream), { op: 'drop', stream });
  }

  /** Ends every thread; what was pending fails. */
  async close(): Promise<void> {
    const threads = this.threads;
    this.threads = [];
    await Promise.all(threads.flatMap((t) => (t ? [t.worker.terminate()] : [])));
  }

  private thread(index: number): Thread {
    let thread = this.threads[index];
    if (thread) return thread;
    const worker = new Worker(WORKER_SOURCE, { eval: true });
    // The threads never keep the mock running on their own.
    worker.unref();
    const created: Thread = { worker, pending: new Map() };
    const failAll = (error: Error) => {
      for (const { reject } of created.pending.values()) reject(error);
      created.pending.clear();
      if (this.threads[index] === created) this.threads[index] = undefined;
    };
    worker.on('message', (message: { id: number; digest: string; error?: string }) => {
      const waiting = created.pending.get(message.id);
      created.pending.delete(message.id);
      if (message.error === undefined) waiting?.resolve(message.digest);
      else waiting?.reject(new Error(message.error));
    });
    worker.on('error', failAll);
    worker.on('exit', () => {
      failAll(new Error('the hashing thread stopped'));
    });
    this.threads[index] = created;
    thread = created;
    return thread;
  }

  private leastBusy(): Thread {
    let best = this.thread(0);
    for (let i = 1; i < this.size; i++) {
      const candidate = this.thread(i);
      if (candidate.pending.size < best.pending.size) best = candidate;
    }
    return best;
  }

  private threadOf(stream: string): Thread {
    let sum = 0;
    for (let i = 0; i < stream.length; i++) sum = (sum * 31 + stream.charCodeAt(i)) >>> 0;
    return this.thread(sum % this.size);
  }

  private run(thread: Thread, job: Job): Promise<string> {
    const id = this.nextId++;
    return new Promise<string>((resolve, reject) => {
      thread.pending.set(id, { resolve, reject });
      thread.worker.postMessage({ ...job, id });
    });
  }
}
