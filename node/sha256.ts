/** SHA-256 of a Blob by `node:crypto`, for the upload's `sha256` option. */
import { createHash, type Hash } from 'node:crypto';
import { fileRangeOf, readRange, type FileRange } from './file.js';

/** Bytes of each read, and reads in flight: at most 4 MiB held at once. */
const SLICE_BYTES = 1024 * 1024;
const READS_AHEAD = 4;

/**
 * Reads `blob` to the end, hashing it natively (OpenSSL); pass it as
 * `upload(…, { sha256: nodeSha256 })`. Several times faster than the default hash, which runs
 * in JavaScript so that the client works in browsers too. A file's Blob (`fs.openAsBlob`) hands
 * its stream over 64 KiB at a time, which costs more than the hashing: this reads slices of
 * 1 MiB instead, four at once, and hashes them in order (larger slices raised the peak RSS).
 * A `FileBlob` (`openFile` from `csgkit/node`) is read from its file instead (`readRange`: two
 * buffers used in turn, the next read running while the last is hashed). Stops once `signal` is aborted.
 */
export async function nodeSha256(
  blob: Blob,
  onBytes: (loaded: number) => void,
  signal?: AbortSignal,
): Promise<string> {
  const hash = createHash('sha256');
  const range = fileRangeOf(blob);
  if (range) return hashRange(range, hash, onBytes, signal);
  const reads: Promise<ArrayBuffer>[] = [];
  let next = 0;
  const readAhead = () => {
    while (reads.length < READS_AHEAD && next < blob.size) {
      const read = blob.slice(next, next + SLICE_BYTES).arrayBuffer();
      // A read left behind by an abort must not surface as an unhandled rejection.
      read.catch(() => undefined);
      reads.push(read);
      next += SLICE_BYTES;
    }
  };
  let loaded = 0;
  readAhead();
  for (let read = reads.shift(); read !== undefined; read = reads.shift()) {
    signal?.throwIfAborted();
    const bytes = new Uint8Array(await read);
    readAhead();
    hash.update(bytes);
    loaded += bytes.byteLength;
    onBytes(loaded);
  }
  return hash.digest('hex');
}

async function hashRange(
  range: FileRange,
  hash: Hash,
  onBytes: (loaded: number) => void,
  signal: AbortSignal | undefined,
): Promise<string> {
  let loaded = 0;
  for await (const { bytes, release } of readRange(range, SLICE_BYTES)) {
    signal?.throwIfAborted();
    hash.update(bytes);
    release();
    loaded += bytes.byteLength;
    onBytes(loaded);
  }
  return hash.digest('hex');
}
