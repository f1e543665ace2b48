import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { writeReportSection } from '../scripts/lib/report.js';
import { measureBundleSize, renderBundleSize } from './bundle-size.js';
import { measureCliStartup, renderCliStartup } from './cli-startup.js';
import { measureDownloads, renderDownloads } from './downloads.js';
import { measureEventStream, renderEventStream } from './event-stream.js';
import { measureMocks, renderMocks } from './mocks.js';
import { measureThroughput, renderThroughput } from './throughput.js';
import { measureTransfers, renderTransfers } from './transfers.js';
import { measureTypecheck, renderTypecheck } from './typecheck.js';

const REPORT_FILE = fileURLToPath(new URL('../BENCHMARKS.md', import.meta.url));

function environment(): string {
  const cpus = os.cpus();
  const model = cpus[0]?.model.trim() ?? 'unknown CPU';
  return (
    `Measured ${new Date().toISOString()} with Node ${process.version} on ` +
    `${os.platform()}/${os.arch()}, ${cpus.length} CPUs (${model}).`
  );
}

// `npm run bench` runs every part; `npm run bench -- client`, `-- streams`, `-- mocks`,
// `-- downloads` or `-- transfers` runs one.
const PARTS = ['client', 'streams', 'mocks', 'downloads', 'transfers'];
const only = process.argv[2];
if (only !== undefined && !PARTS.includes(only)) {
  throw new Error(`unknown part ${JSON.stringify(only)}: use ${PARTS.join(', ')}`);
}
const runs = (part: string) => only === undefined || only === part;

if (runs('client')) {
  // Bundle first: it is quick, fails loudly on a Node built-in, and is done before timing starts.
  const bundle = renderBundleSize(await measureBundleSize());
  const typecheck = renderTypecheck(measureTypecheck());
  const cliStartup = renderCliStartup(measureCliStartup());
  const throughput = renderThroughput(await measureThroughput());
  const report = [environment(), bundle, typecheck, cliStartup, throughput].join('\n\n');
  process.stdout.write(`${report}\n`);
  await writeReportSection(REPORT_FILE, 'bench', report);
}

if (runs('streams')) {
  const report = [environment(), renderEventStream(await measureEventStream())].join('\n\n');
  process.stdout.write(`${report}\n`);
  await writeReportSection(REPORT_FILE, 'streams', report);
}

if (runs('mocks')) {
  const report = [environment(), renderMocks(await measureMocks())].join('\n\n');
  process.stdout.write(`${report}\n`);
  await writeReportSection(REPORT_FILE, 'mocks', report);
}

if (runs('downloads')) {
  const report = [environment(), renderDownloads(await measureDownloads())].join('\n\n');
  process.stdout.write(`${report}\n`);
  await writeReportSection(REPORT_FILE, 'downloads', report);
}

if (runs('transfers')) {
  const report = [environment(), renderTransfers(await measureTransfers())].join('\n\n');
  process.stdout.write(`${report}\n`);
  await writeReportSection(REPORT_FILE, 'transfers', report);
}
