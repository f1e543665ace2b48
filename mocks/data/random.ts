/**
 * The mocks' only source of chance: a seeded PRNG (mulberry32) and a fixed epoch, so a seed gives
 * the same records, ids and dates on every run and screenshots of a UI built on them stay stable.
 */

/** The mocks' "now" for generated and created records: 2026-01-01T00:00:00Z. */
export const EPOCH = Date.UTC(2026, 0, 1);

/** The seed used when none is given (`--seed-value`). */
export const DEFAULT_SEED = 1;

const ID_CHARACTERS = 'abcdefghijklmnopqrstuvwxyz0123456789'.split('');

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** `count` distinct items (fewer when `items` has fewer). */
  some<T>(items: readonly T[], count: number): T[];
  /** Lower-case letters and digits. */
  id(length: number): string;
}

export function random(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(0, items.length - 1)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  return {
    next,
    int,
    pick,
    some: (items, count) => {
      const rest = [...items];
      const chosen = [];
      while (chosen.length < count && rest.length > 0) {
        chosen.push(...rest.splice(int(0, rest.length - 1), 1));
      }
      return chosen;
    },
    id: (length) => Array.from({ length }, () => pick(ID_CHARACTERS)).join(''),
  };
}

/** An ISO date without milliseconds, as the hub writes them. */
export const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export const DAY_MS = 86_400_000;
