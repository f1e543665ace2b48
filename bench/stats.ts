/** The q-quantile (0–1) of `values`, linearly interpolated. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const low = sorted[lo] ?? Number.NaN;
  const high = sorted[hi] ?? low;
  return low + (high - low) * (pos - lo);
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}
