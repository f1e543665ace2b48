/** The JavaScript SHA-256 the upload hashes LFS files with, against `node:crypto`. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Sha256 } from '../../../src/internal/sha256.js';
import { bytesOf } from '../../helpers/bytes.js';

describe('Sha256', () => {
  it('equals node:crypto for every length around the block and padding edges', () => {
    for (let size = 0; size <= 200; size++) {
      const bytes = bytesOf(size, size + 1);
      expect([size, new Sha256().update(bytes).hex()]).toEqual([
        size,
        createHash('sha256').update(bytes).digest('hex'),
      ]);
    }
  });

  it('gives the same digest however the input is cut into chunks', () => {
    const bytes = bytesOf(100_003, 7);
    const expected = createHash('sha256').update(bytes).digest('hex');
    for (const step of [1, 3, 63, 64, 65, 1000, 65_536]) {
      const hash = new Sha256();
      for (let at = 0; at < bytes.length; at += step) hash.update(bytes.subarray(at, at + step));
      expect([step, hash.hex()]).toEqual([step, expected]);
    }
  });
});
