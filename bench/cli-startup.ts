/**
 * How long `csghub --help` and `cfgpu --help` take to start and exit, next to a bare
 * `node -e ''` measured in the same rounds: the figure is the median extra time over Node
 * itself. Runs the built commands (`dist/cli`), as `npx csghub` would.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { binPath } from '../scripts/lib/bins.js';
import { buildOnce } from './build.js';
import { median } from './stats.js';

/** The CLI may add at most this much to Node's own start-up. */
export const CLI_STARTUP_BUDGET_MS = 150;

const ROUNDS = 15;

type Variant = 'node' | 'csghub' | 'cfgpu';

const ARGS: Record<Variant, string[]> = {
  node: ['-e', ''],
  csghub: [binPath('csghub'), '--help'],
  cfgpu: [binPath('cfgpu'), '--help'],
};

function time(variant: Variant): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, ARGS[variant], { stdio: 'ignore' });
  const elapsed = performance.now() - started;
  if (result.status !== 0) throw new Error(`${variant} --help exited ${String(result.status)}`);
  return elapsed;
}

export interface CliStartupReport {
  readonly rounds: number;
  /** Median wall time of each variant, in ms. */
  readonly medianMs: Record<Variant, number>;
  /** Median over rounds of (CLI − node) in the same round, in ms. */
  readonly extraMs: Record<'csghub' | 'cfgpu', number>;
}

export function measureCliStartup(): CliStartupReport {
  buildOnce();
  const order: Variant[] = ['node', 'csghub', 'cfgpu'];
  for (const variant of order) time(variant); // warm the file cache
  const samples: Record<Variant, number[]> = { node: [], csghub: [], cfgpu: [] };
  const extra: Record<'csghub' | 'cfgpu', number[]> = { csghub: [], cfgpu: [] };
  for (let round = 0; round < ROUNDS; round++) {
    // Rotate the order so no variant always runs first.
    const rotated = [...order.slice(round % 3), ...order.slice(0, round % 3)];
    const times = new Map(rotated.map((variant) => [variant, time(variant)]));
    for (const variant of order) samples[variant].push(times.get(variant) ?? Number.NaN);
    const node = times.get('node') ?? Number.NaN;
    extra.csghub.push((times.get('csghub') ?? Number.NaN) - node);
    extra.cfgpu.push((times.get('cfgpu') ?? Number.NaN) - node);
  }
  return {
    rounds: ROUNDS,
    medianMs: {
      node: median(samples.node),
      csghub: median(samples.csghub),
      cfgpu: median(samples.cfgpu),
    },
    extraMs: { csghub: median(extra.csghub), cfgpu: median(extra.cfgpu) },
  };
}

const ms = (n: number) => `${Math.round(n).toLocaleString('en-US')} ms`;

export function renderCliStartup(report: CliStartupReport): string {
  const ok = Math.max(report.extraMs.csghub, report.extraMs.cfgpu) <= CLI_STARTUP_BUDGET_MS;
  return [
    '### CLI start-up',
    '',
    `\`--help\` of each command, run as a fresh process, against \`node -e ''\` in the same rounds (${report.rounds} rounds, order rotated). "Over Node" is the median of the per-round differences.`,
    '',
    '| Command | Median wall time | Over Node |',
    '| --- | ---: | ---: |',
    `| \`node -e ''\` | ${ms(report.medianMs.node)} | — |`,
    `| \`csghub --help\` | ${ms(report.medianMs.csghub)} | ${ms(report.extraMs.csghub)} |`,
    `| \`cfgpu --help\` | ${ms(report.medianMs.cfgpu)} | ${ms(report.extraMs.cfgpu)} |`,
    '',
    `${ok ? '✅' : '❌'} Target: ≤ ${String(CLI_STARTUP_BUDGET_MS)} ms over bare Node.`,
  ].join('\n');
}
