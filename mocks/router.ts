/**
 * Narrows the operations Prism routes a request against.
 *
 * Prism's router compares the request with every operation of the spec, one path match and a
 * sort of all of them per request, so its cost grows with the spec: on the 269-operation CSGHub
 * spec it was most of the time spent per request. This index keeps, for a request path, only
 * the operations Prism's own matcher could accept (same number of segments, equal literal
 * segments) and lets Prism decide among those, so routing, 404/405 answers and request
 * validation stay Prism's.
 */

/** What the index needs of an operation: its path template, e.g. `/api/v1/models/{ns}/{name}`. */
export interface Routable {
  path: string;
}

/** Whether a path segment holds a template, the test Prism's matcher applies. */
const isTemplated = (segment: string) => /{(.+)}/.test(segment);

const decode = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

interface Entry<T> {
  operation: T;
  /** Literal segments by position; templated positions are absent. */
  literals: [number, string][];
}

export interface OperationIndex<T> {
  /**
   * The operations whose path template could match `requestPath`, in spec order. When none
   * can, one operation (that does not match) so Prism still answers its own "no route" 404.
   */
  candidates(requestPath: string): T[];
}

export function indexOperations<T extends Routable>(operations: readonly T[]): OperationIndex<T> {
  const bySegmentCount = new Map<number, Entry<T>[]>();
  for (const operation of operations) {
    const segments = operation.path.split('/').slice(1);
    const literals: [number, string][] = [];
    segments.forEach((segment, i) => {
      if (!isTemplated(segment)) literals.push([i, segment]);
    });
    const entries = bySegmentCount.get(segments.length) ?? [];
    entries.push({ operation, literals });
    bySegmentCount.set(segments.length, entries);
  }
  const fallback = operations.slice(0, 1);
  return {
    candidates(requestPath) {
      const segments = requestPath.split('/').slice(1).map(decode);
      const found: T[] = [];
      for (const entry of bySegmentCount.get(segments.length) ?? []) {
        if (entry.literals.every(([i, literal]) => segments[i] === literal)) {
          found.push(entry.operation);
        }
      }
      return found.length > 0 ? found : fallback;
    },
  };
}
