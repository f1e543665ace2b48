/** List payloads may be `null` when empty; callers always get an array. */
export function arrayOrEmpty<T>(data: unknown): T[] {
  return Array.isArray(data) ? (data as T[]) : [];
}

/** Action answers carry nothing useful; callers get `undefined`. */
export function nothing(): undefined {
  return undefined;
}
