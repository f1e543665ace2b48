/**
 * How event-stream parsing time grows with the input: the parser on 16 MiB of short events
 * and on one line of 8 and 16 MiB, each beside reading the same bytes without parsing (a
 * reader and a `TextDecoder`, the floor for any parser), in the same rounds. Linear parsing
 * keeps every ratio flat; re-scanning what was buffered on each read would make the long line
 * cost grow with its square.
 */
import { performance } from 'node:perf_hooks';
import { serverSentEvents } from '../src/internal/sse.js';
import type { Operation } from '../src/internal/transport.js';
import { median } from './stats.js';

/** Per byte, a 16 MiB line may cost at most this many times reading it. */
export const LONG_LINE_RATIO_TARGET = 3;
/** Doubling a line may multiply its parse time by at most this (2 is linear, 4 quadratic). */
export const DOUBLING_TARGET = 2.5;

const MiB = 1024 * 1024;
const CHUNK = 64 * 1024;
const ROUNDS = 9;

const op: Operation = { id: 'bench', method: 'GET', path: '/bench', idempotent: true };

interface Input {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** Events the parser must yield, so a broken parser fails the benchmark. */
  readonly events: number;
}

function shortEvents(size: number): Input {
  const event = `event: status\ndata: ${'x'.repeat(80)}\n\n`;
  const count = Math.floor(size / event.length);
  return {
    name: '16 MiB of 100-byte events',
    bytes: new TextEncoder().encode(event.repeat(count)),
    events: count,
  };
}

function oneLine(size: number): Input {
  return {
    name: `one ${String(size / MiB)} MiB line`,
    bytes: new TextEncoder().encode(`data: ${'x'.repeat(size - 8)}\n\n`),
    events: 1,
  };
}

/** The bytes in 64 KiB reads, as a network would hand them over. */
function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.byteLength) {
        controller.close();
        return;
      }
      controller.enqueue(bytes.subarray(at, at + CHUNK));
      at += CHUNK;
    },
  });
}

async function readOnly(bytes: Uint8Array): Promise<number> {
  const reader = streamOf(bytes).getReader();
  const decoder = new TextDecoder();
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return length + decoder.decode().length;
    length += decoder.decode(value, { stream: true }).length;
  }
}

async function parse(input: Input): Promise<void> {
  let events = 0;
  for await (const event of serverSentEvents(streamOf(input.bytes), op, 64 * MiB)) {
    if (event.data.length > 0) events++;
  }
  if (events !== input.events) {
    throw new Error(`${input.name}: ${String(events)} events instead of ${String(input.events)}`);
  }
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

export interface EventStreamRow {
  readonly name: string;
  readonly bytes: number;
  readonly parseMs: number;
  readonly readMs: number;
  /** Median over rounds of parse time / read time of the same bytes. */
  readonly ratio: number;
}

export interface EventStreamReport {
  readonly rounds: number;
  readonly rows: readonly EventStreamRow[];
  /** Median over rounds of (16 MiB line parse time) / (8 MiB line parse time). */
  readonly doubling: number;
}

export async function measureEventStream(): Promise<EventStreamReport> {
  const inputs = [shortEvents(16 * MiB), oneLine(8 * MiB), oneLine(16 * MiB)];
  const parseMs = inputs.map((): number[] => []);
  const readMs = inputs.map((): number[] => []);
  const ratios = inputs.map((): number[] => []);
  const doubling: number[] = [];
  for (const input of inputs) {
    await parse(input);
    await readOnly(input.bytes);
  }
  for (let round = 0; round < ROUNDS; round++) {
    const times: number[] = [];
    // Rotate the order so no input always runs first.
    for (let k = 0; k < inputs.length; k++) {
      const i = (k + round) % inputs.length;
      const input = inputs[i] as Input;
      const parsed = await time(() => parse(input));
      const read = await time(() => readOnly(input.bytes));
      parseMs[i]?.push(parsed);
      readMs[i]?.push(read);
      ratios[i]?.push(parsed / read);
      times[i] = parsed;
    }
    doubling.push((times[2] ?? Number.NaN) / (times[1] ?? Number.NaN));
  }
  return {
    rounds: ROUNDS,
    rows: inputs.map((input, i) => ({
      name: input.name,
      bytes: input.bytes.byteLength,
      parseMs: median(parseMs[i] ?? []),
      readMs: median(readMs[i] ?? []),
      ratio: median(ratios[i] ?? []),
    })),
    doubling: median(doubling),
  };
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

export function renderEventStream(report: EventStreamReport): string {
  const longLine = report.rows[2];
  const ratioOk = longLine !== undefined && longLine.ratio <= LONG_LINE_RATIO_TARGET;
  const doublingOk = report.doubling <= DOUBLING_TARGET;
  return [
    '### Event-stream parsing',
    '',
    `\`serverSentEvents\` on in-memory streams in 64 KiB reads, beside reading the same bytes with a \`TextDecoder\` and no parsing, in the same rounds (${String(report.rounds)} rounds, order rotated, after a warm-up). The ratio is the median of the per-round ratios.`,
    '',
    '| Input | Parse | Read only | Ratio to read only |',
    '| --- | ---: | ---: | ---: |',
    ...report.rows.map(
      (row) =>
        `| ${row.name} | ${ms(row.parseMs)} | ${ms(row.readMs)} | ${row.ratio.toFixed(2)}× |`,
    ),
    '',
    `Doubling the line (8 → 16 MiB) multiplies its parse time by ${report.doubling.toFixed(2)} (median of per-round ratios; 2 is linear, 4 quadratic).`,
    '',
    `${ratioOk ? '✅' : '❌'} Target: a 16 MiB line costs ≤ ${String(LONG_LINE_RATIO_TARGET)}× reading it.`,
    '',
    `${doublingOk ? '✅' : '❌'} Target: doubling a line multiplies its parse time by ≤ ${String(DOUBLING_TARGET)}.`,
  ].join('\n');
}
