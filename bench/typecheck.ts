/** Type-check time of a small consumer of the client, beside bare openapi-fetch. */
import { check, type Consumer } from '../scripts/lib/consumer-typecheck.js';
import { buildOnce } from './build.js';
import { median } from './stats.js';

/** The wrapper's consumer may take at most this many times as long to check. */
export const TYPECHECK_RATIO_BUDGET = 1.5;

const ROUNDS = 9;

export interface TypecheckReport {
  readonly rounds: number;
  /** Median milliseconds per check. */
  readonly csgkitMs: number;
  readonly openapiFetchMs: number;
  /** Median of the per-round ratios csgkit / openapi-fetch. */
  readonly ratio: number;
}

export function measureTypecheck(): TypecheckReport {
  // The consumers read the built declarations: build them from the current sources.
  buildOnce();
  check('csgkit');
  check('openapiFetch');
  const csgkit: number[] = [];
  const openapiFetch: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate the order so neither side always runs on a warmer process.
    const order: Consumer[] =
      round % 2 === 0 ? ['csgkit', 'openapiFetch'] : ['openapiFetch', 'csgkit'];
    const times = new Map(order.map((consumer) => [consumer, check(consumer)]));
    const ours = times.get('csgkit') ?? Number.NaN;
    const bare = times.get('openapiFetch') ?? Number.NaN;
    csgkit.push(ours);
    openapiFetch.push(bare);
    ratios.push(ours / bare);
  }
  return {
    rounds: ROUNDS,
    csgkitMs: median(csgkit),
    openapiFetchMs: median(openapiFetch),
    ratio: median(ratios),
  };
}

const ms = (n: number) => `${Math.round(n).toLocaleString('en-US')} ms`;

export function renderTypecheck(report: TypecheckReport): string {
  const ok = report.ratio <= TYPECHECK_RATIO_BUDGET;
  return [
    '### Type-check time',
    '',
    'One small consumer file (list models, get one, stream a chat completion) checked with the ' +
      'TypeScript compiler API against the built declarations: strict, `NodeNext`, DOM and ' +
      `ES2022 libraries, no \`skipLibCheck\`; a fresh program per check, ${report.rounds} rounds, ` +
      'order alternated. The ratio is the median of the per-round ratios.',
    '',
    '| Consumer | Median check time | Ratio to openapi-fetch |',
    '| --- | ---: | ---: |',
    `| bare openapi-fetch over the generated \`paths\` | ${ms(report.openapiFetchMs)} | 1.000× |`,
    `| \`csgkit/csghub\` | ${ms(report.csgkitMs)} | ${report.ratio.toFixed(3)}× |`,
    '',
    `${ok ? '✅' : '❌'} Target: ≤ ${TYPECHECK_RATIO_BUDGET.toFixed(1)}× the bare openapi-fetch consumer.`,
  ].join('\n');
}
