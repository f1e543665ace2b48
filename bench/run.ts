import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { measureBundleSize, renderBundleSize } from './bundle-size.js';
import { measureCliStartup, renderCliStartup } from './cli-startup.js';
import { measureThroughput, renderThroughput } from './throughput.js';
import { measureTypecheck, renderTypecheck } from './typecheck.js';

const REPORT_FILE = fileURLToPath(new URL('../BENCHMARKS.md', import.meta.url));
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

function environment(): string {
  const cpus = os.cpus();
  const model = cpus[0]?.model.trim() ?? 'unknown CPU';
  return (
    `Measured ${new Date().toISOString()} with Node ${process.version} on ` +
    `${os.platform()}/${os.arch()}, ${cpus.length} CPUs (${model}).`
  );
}

/** Replaces whatever sits between the markers, keeping the hand-written text around them. */
function splice(document: string, report: string): string {
  const start = document.indexOf(START);
  const end = document.indexOf(END);
  if (start === -1 || end < start) {
    throw new Error(`BENCHMARKS.md must contain ${START} followed by ${END}`);
  }
  return `${document.slice(0, start + START.length)}\n\n${report}\n\n${document.slice(end)}`;
}

/** Formats the file the way `prettier --check .` expects, so the lint stays green. */
async function prettify(document: string): Promise<string> {
  const options = await resolveConfig(REPORT_FILE);
  return format(document, { ...options, filepath: REPORT_FILE });
}

// Bundle first: it is quick, fails loudly on a Node built-in, and is done before timing starts.
const bundle = renderBundleSize(await measureBundleSize());
const typecheck = renderTypecheck(measureTypecheck());
const cliStartup = renderCliStartup(measureCliStartup());
const throughput = renderThroughput(await measureThroughput());
const report = [environment(), bundle, typecheck, cliStartup, throughput].join('\n\n');

process.stdout.write(`${report}\n`);
const document = splice(await readFile(REPORT_FILE, 'utf8'), report);
await writeFile(REPORT_FILE, await prettify(document));
