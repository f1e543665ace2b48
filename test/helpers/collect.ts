/**
 * The items of an async iterable, in order. Stops after `limit` items, so a list whose
 * pages never end, or an endless stream, fails its assertion instead of hanging.
 */
export async function collect<T>(items: AsyncIterable<T>, limit = 1000): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) {
    out.push(item);
    if (out.length >= limit) break;
  }
  return out;
}
