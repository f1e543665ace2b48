/**
 * Deterministic file bytes of any size, produced as they are sent and never held whole.
 *
 * A file is a 64 KiB block derived from a seed, repeated, each copy stamped with its index in
 * its first 8 bytes (so no two blocks are equal and a misplaced range shows). Any byte range is
 * produced straight from the block, in 1 MiB chunks.
 */
import { createHash } from 'node:crypto';

export const BLOCK_BYTES = 64 * 1024;
/** Bytes per chunk handed to the socket. */
const CHUNK_BYTES = 16 * BLOCK_BYTES;

/** The block every copy is stamped from; a few of the most recent are kept. */
const blocks = new Map<string, Buffer>();

function blockFor(seed: string): Buffer {
  let block = blocks.get(seed);
  if (block) return block;
  block = Buffer.allocUnsafe(BLOCK_BYTES);
  const base = createHash('sha256').update(seed).digest();
  for (let at = 0; at < BLOCK_BYTES; at += 32) {
    createHash('sha256').update(base).update(String(at)).digest().copy(block, at);
  }
  if (blocks.size >= 16) blocks.delete(blocks.keys().next().value ?? '');
  blocks.set(seed, block);
  return block;
}

/** The bytes `start` (inclusive) to `end` (exclusive) of the file named by `seed`, in chunks. */
export function* byteChunks(seed: string, start: number, end: number): Generator<Buffer> {
  const block = blockFor(seed);
  let index = Math.floor(start / BLOCK_BYTES);
  let offset = start - index * BLOCK_BYTES;
  while (index * BLOCK_BYTES + offset < end) {
    const blocksLeft = Math.ceil((end - index * BLOCK_BYTES) / BLOCK_BYTES);
    const count = Math.min(blocksLeft, CHUNK_BYTES / BLOCK_BYTES);
    // A fresh buffer each time: the previous one may still wait in the socket's queue.
    const chunk = Buffer.allocUnsafe(count * BLOCK_BYTES);
    for (let i = 0; i < count; i++) {
      block.copy(chunk, i * BLOCK_BYTES);
      chunk.writeBigUInt64BE(BigInt(index + i), i * BLOCK_BYTES);
    }
    const from = offset;
    const to = Math.min(count * BLOCK_BYTES, end - index * BLOCK_BYTES);
    yield chunk.subarray(from, to);
    index += count;
    offset = 0;
  }
}

const digests = new Map<string, Promise<string>>();

/**
 * SHA-256 (hex) of the file, computed once by producing it, then cached. The work yields to the
 * event loop every few chunks, so a large file does not stall other requests meanwhile.
 */
export function sha256Of(seed: string, size: number): Promise<string> {
  const key = `${String(size)}:${seed}`;
  let digest = digests.get(key);
  if (digest) return digest;
  digest = (async () => {
    const hash = createHash('sha256');
    let sinceYield = 0;
    for (const chunk of byteChunks(seed, 0, size)) {
      hash.update(chunk);
      if (++sinceYield === 32) {
        sinceYield = 0;
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    return hash.digest('hex');
  })();
  if (digests.size >= 10_000) digests.delete(digests.keys().next().value ?? '');
  digests.set(key, digest);
  return digest;
}
