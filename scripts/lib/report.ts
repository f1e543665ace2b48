/**
 * Writes a measured report into a Markdown file between `<!-- NAME:start -->` and
 * `<!-- NAME:end -->`, keeping the hand-written text around it, and formats the file the way
 * `prettier --check .` expects so the lint stays green.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';

export async function writeReportSection(
  file: string,
  name: string,
  report: string,
): Promise<void> {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const document = await readFile(file, 'utf8');
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from === -1 || to < from) {
    throw new Error(`${path.basename(file)} must contain ${start} followed by ${end}`);
  }
  const next = `${document.slice(0, from + start.length)}\n\n${report}\n\n${document.slice(to)}`;
  const options = await resolveConfig(file);
  await writeFile(file, await format(next, { ...options, filepath: file }));
}
