/**
 * `tsx scripts/csghub-error-codes.ts [<csghub-server git dir>]`: writes
 * `src/csghub/error-codes.ts`, the catalogue of CSGHub's error codes, from the server's error
 * package (`common/errorx/error_*.go`) at the mirror's HEAD, and records that commit in it.
 *
 * Each file there declares a prefix (`const errAuthPrefix = "AUTH-ERR"`) and one `iota` block of
 * code names (the number is the position in the block). The meaning of a code is the English
 * text the server puts in `msg` for it (`common/i18n/en-US/err_*.json`, key `error.<code>`);
 * else the `en-US:` line of the doc comment on the code's variable or constructor function in
 * errorx; else the code's name, spelled out. The output is checked in; run this again when the
 * server adds codes.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { ROOT } from '../tooling/apis.js';

const DEFAULT_MIRROR = '/work/.mirror/OpenCSGs+csghub-server/repo';
const OUT = path.join(ROOT, 'src', 'csghub', 'error-codes.ts');

const git = (dir: string, ...args: string[]): string =>
  execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });

export interface CodeEntry {
  code: string;
  meaning: string;
}

/** The codes one `error_*.go` file declares, in order; `english` is the server's i18n text. */
export function codesOfFile(
  source: string,
  english: Readonly<Record<string, string>> = {},
): CodeEntry[] {
  const lines = source.split('\n');
  const prefix = /const\s+\w+\s*=\s*"([A-Z]+-ERR)"/.exec(source)?.[1];
  if (!prefix) return [];
  const names: string[] = [];
  let inBlock = false;
  for (const raw of lines) {
    const line = raw.replace(/\/\/.*$/, '').trim();
    if (!inBlock) {
      if (line === 'const (') inBlock = true;
      continue;
    }
    if (line === ')') {
      if (names.length > 0) break;
      inBlock = false;
      continue;
    }
    if (line === '') continue;
    const match = /^(\w+)(?:\s*(?:\w+\s*)?=\s*(.+))?$/.exec(line);
    if (!match) throw new Error(`unexpected line in a const block: ${raw}`);
    const [, name, value] = match;
    if (names.length === 0 && value?.trim() !== 'iota') continue;
    if (names.length > 0 && value !== undefined && value.trim() !== 'iota') {
      throw new Error(`explicit value in an iota block (${prefix}): ${raw}`);
    }
    if (name) names.push(name);
  }
  return names.map((name, index) => {
    const code = `${prefix}-${index}`;
    return { code, meaning: english[code] ?? englishText(lines, name) ?? spellOut(name) };
  });
}

/** The `en-US:` line of the doc comment above the variable or function using `name`. */
function englishText(lines: string[], name: string): string | undefined {
  const use = new RegExp(`code:\\s*(?:int\\()?${name}\\b`);
  const at = lines.findIndex((line) => use.test(line));
  if (at < 0) return undefined;
  const line = (i: number): string => lines[i] ?? '';
  const isComment = (i: number): boolean => line(i).trim().startsWith('//');
  let i = at - 1;
  // A constructor function: its doc comment is above its `func` line, a few lines up.
  if (!line(at).includes('CustomError{')) {
    while (i >= 0 && at - i < 8 && !line(i).startsWith('func ')) i--;
    if (!line(i).startsWith('func ')) return undefined;
    i--;
  }
  for (; i >= 0 && isComment(i); i--) {
    const text = /^\s*\/\/\s*en-US:\s*(.+?)\s*$/.exec(line(i))?.[1];
    if (text) return text;
  }
  return undefined;
}

/** `codeRepoNotFoundErr` → `repo not found`. */
function spellOut(name: string): string {
  return name
    .replace(/^(code|err)(?=[A-Z])/, '')
    .replace(/Err$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

/** `common/i18n/en-US/err_*.json`: `{ "error.AUTH-ERR-0": { "other": "Unauthorized" } }`. */
function i18nTexts(mirror: string): Record<string, string> {
  const texts: Record<string, string> = {};
  const files = git(mirror, 'ls-tree', '--name-only', 'HEAD', 'common/i18n/en-US/')
    .split('\n')
    .filter((file) => /\/err_[a-z_]+\.json$/.test(file));
  for (const file of files) {
    const messages = JSON.parse(git(mirror, 'show', `HEAD:${file}`)) as Record<string, unknown>;
    for (const [key, value] of Object.entries(messages)) {
      const text = typeof value === 'string' ? value : (value as { other?: unknown }).other;
      if (key.startsWith('error.') && typeof text === 'string') texts[key.slice(6)] = text;
    }
  }
  return texts;
}

async function main(): Promise<void> {
  const mirror = process.argv[2] ?? DEFAULT_MIRROR;
  const commit = git(mirror, 'rev-parse', 'HEAD').trim();
  const files = git(mirror, 'ls-tree', '--name-only', 'HEAD', 'common/errorx/')
    .split('\n')
    .filter((file) => /\/error_[a-z_]+\.go$/.test(file) && !file.endsWith('_test.go'));
  const english = i18nTexts(mirror);
  const entries = files.flatMap((file) =>
    codesOfFile(git(mirror, 'show', `HEAD:${file}`), english),
  );
  const seen = new Set<string>();
  for (const { code } of entries) {
    if (seen.has(code)) throw new Error(`${code} is declared twice`);
    seen.add(code);
  }
  const rows = entries.map(
    ({ code, meaning }) => `  ${JSON.stringify(code)}: ${JSON.stringify(meaning)},`,
  );
  const text = `// Written by scripts/csghub-error-codes.ts from csghub-server ${commit}
// (common/errorx/error_*.go, common/i18n/en-US/err_*.json); do not edit by hand.

/**
 * CSGHub's error codes (\`PREFIX-ERR-N\`, the body's \`code\` and the start of its \`msg\`) and
 * what each means, in the English the server puts after the code in \`msg\` (\`AUTH-ERR-0:
 * Unauthorized\`); \`{{.name}}\` stands for a detail the server fills in. ${entries.length} codes from csghub-server
 * ${commit.slice(0, 12)}. A server of another version may send codes not listed here.
 */
export const CSGHUB_ERROR_CODES: Readonly<Record<string, string>> = {
${rows.join('\n')}
};
`;
  writeFileSync(OUT, await format(text, { ...(await resolveConfig(OUT)), filepath: OUT }));
  console.log(`${path.relative(ROOT, OUT)}: ${entries.length} codes from ${commit}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
