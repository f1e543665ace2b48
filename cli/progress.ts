/**
 * Progress for people: one bar on stderr when it is a terminal (cli-progress), nothing otherwise,
 * and sizes written as people read them.
 */
import { neutralise } from './terminal.js';

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB'];

/** `n` bytes in decimal units with one decimal: `512 B`, `8.4 MB`, `1.1 GB`. */
export function formatBytes(n: number): string {
  let value = n;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return unit === 0 ? `${String(n)} B` : `${value.toFixed(1)} ${UNITS[unit] ?? ''}`;
}

/**
 * Bytes done per file and their sum, kept up to date as each file's count changes, so a bar
 * over thousands of files does not add them all up again on every event.
 */
export class FileTally {
  private readonly bytes = new Map<string, number>();
  /** The bytes of every file, added up. */
  sum = 0;

  set(path: string, bytes: number): void {
    this.sum += bytes - (this.bytes.get(path) ?? 0);
    this.bytes.set(path, bytes);
  }
}

/** Longest status shown after the sizes, so the bar stays on one line. */
const STATUS_CHARS = 60;

export interface ByteBar {
  /**
   * Shows `loaded` of `total` bytes (the total may be unknown), and `status` after them: text
   * that may come from a server or a file name, so it is shown neutralised and cut short.
   */
  update(loaded: number, total: number | undefined, status?: string): void;
  stop(): void;
}

/** A bar `███░░ 42% | 3.5 MB of 8.4 MB | status` on stderr when it is a terminal; none otherwise. */
export async function byteBar(): Promise<ByteBar | undefined> {
  if (!process.stderr.isTTY) return undefined;
  const { SingleBar, Presets } = await import('cli-progress');
  const bar = new SingleBar(
    {
      stream: process.stderr,
      format: '{bar} {percentage}% | {sizes}{status}',
      hideCursor: true,
      emptyOnZero: true,
    },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update(loaded, total, status = '') {
      const shown = neutralise(status);
      const payload = {
        sizes:
          total === undefined
            ? formatBytes(loaded)
            : `${formatBytes(loaded)} of ${formatBytes(total)}`,
        status:
          shown === ''
            ? ''
            : ` | ${shown.length > STATUS_CHARS ? `${shown.slice(0, STATUS_CHARS - 1)}…` : shown}`,
      };
      // An unknown total leaves the bar empty (0 of 0); the sizes still say what has come.
      // An empty file is whole at once.
      const value = total === undefined ? 0 : total === 0 ? 1 : loaded;
      const max = total === undefined ? 0 : Math.max(total, loaded, 1);
      if (!started) {
        bar.start(max, value, payload);
        started = true;
      }
      bar.setTotal(max);
      bar.update(value, payload);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
