/** `nodeSha256`: the digest of any Blob, read in slices ahead, with progress and abort. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { nodeSha256 } from '../../../node/index.js';

const MiB = 1024 * 1024;
const bytesOf = (size: number) =>
  Uint8Array.from({ length: size }, (_, i) => (i * 7 + (i >>> 12)) % 251);

describe('nodeSha256', () => {
  it('equals node:crypto around the slice edges, telling the bytes read in order', async () => {
    for (const size of [0, 1, MiB - 1, MiB, 4 * MiB + 1, 9 * MiB + 3]) {
      const bytes = bytesOf(size);
      const seen: number[] = [];
      const digest = await nodeSha256(new Blob([bytes]), (loaded) => seen.push(loaded));
      expect([size, digest]).toEqual([size, createHash('sha256').update(bytes).digest('hex')]);
      expect(seen).toEqual([...seen].sort((a, b) => a - b));
      expect(seen.at(-1) ?? 0).toBe(size);
    }
  });

  it('stops with the signal’s reason once aborted', async () => {
    const controller = new AbortController();
    const reason = new Error('stop');
    const hashing = nodeSha256(
      new Blob([bytesOf(12 * MiB)]),
      () => {
        controller.abort(reason);
      },
      controller.signal,
    );
    await expect(hashing).rejects.toBe(reason);
  });
});
