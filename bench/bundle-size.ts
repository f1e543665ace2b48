import {
  CSGHUB_BUDGET_BYTES,
  WRAPPER_BUDGET_BYTES,
  csghubInputs,
  type BundleReport,
} from '../scripts/lib/bundle-size.js';

export { measureBundleSize } from '../scripts/lib/bundle-size.js';

const TOP_INPUTS = 8;

const bytes = (n: number) => `${n.toLocaleString('en-US')} B`;

function isolation(leaked: string[]): string {
  return leaked.length === 0
    ? '✅ Target: importing only `csgkit/cfgpu` pulls no CSGHub code (no `src/csghub/` or `generated/csghub*` input in its bundle).'
    : `❌ Target: importing only \`csgkit/cfgpu\` pulls no CSGHub code; it pulls ${leaked.map((path) => `\`${path}\``).join(', ')}.`;
}

export function renderBundleSize(report: BundleReport): string {
  const ok = report.wrapperGzipped <= WRAPPER_BUDGET_BYTES;
  return [
    '### Bundle size',
    '',
    'esbuild, `platform: browser`, ESM, minified, target es2022; gzip level 9.',
    '',
    '| Bundle | Minified | Gzipped |',
    '| --- | ---: | ---: |',
    `| \`csgkit/cfgpu\` (\`CFGPU\`, \`flattenImageTree\`) | ${bytes(report.cfgpu.minified)} | ${bytes(report.cfgpu.gzipped)} |`,
    `| \`openapi-fetch\` alone | ${bytes(report.openapiFetch.minified)} | ${bytes(report.openapiFetch.gzipped)} |`,
    `| **Wrapper cost** | ${bytes(report.cfgpu.minified - report.openapiFetch.minified)} | **${bytes(report.wrapperGzipped)}** |`,
    '',
    `${ok ? '✅' : '❌'} Target: wrapper adds ≤ 3 kB gzipped (${bytes(WRAPPER_BUDGET_BYTES)}).`,
    '',
    '| Bundle | Minified | Gzipped |',
    '| --- | ---: | ---: |',
    `| \`csgkit/csghub\` (\`CSGHub\`, the whole client) | ${bytes(report.csghub.minified)} | ${bytes(report.csghub.gzipped)} |`,
    `| its operation table alone (\`generated/csghub.operations.ts\`) | ${bytes(report.csghubTable.minified)} | ${bytes(report.csghubTable.gzipped)} |`,
    '',
    `${report.csghub.gzipped <= CSGHUB_BUDGET_BYTES ? '✅' : '❌'} Target: the CSGHub client weighs ≤ 12 kB gzipped (${bytes(CSGHUB_BUDGET_BYTES)}).`,
    '',
    isolation(csghubInputs(report.cfgpu)),
    '',
    'Largest inputs of the `csgkit/cfgpu` bundle (minified bytes before gzip):',
    '',
    ...report.cfgpu.inputs
      .slice(0, TOP_INPUTS)
      .map(([path, size]) => `- \`${path}\`: ${bytes(size)}`),
  ].join('\n');
}
