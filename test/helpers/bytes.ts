/** Deterministic pseudo-random bytes (a linear congruential sequence from `seed`): no two blocks alike, so a misplaced or corrupted part shows. */
export function bytesOf(size: number, seed: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}
