/**
 * `npx tsx scripts/go-fields.ts <csghub-server git dir> [commit]`: reads the Go struct
 * declarations of the CSGHub server (`common/types`, `builder/store/database`,
 * `aigateway/types`, `api/httpbase`, `dataviewer/common`) from a git checkout or bare mirror and writes
 * `specs/csghub/go-structs.json`: for each struct (`types.Model`, `database.Repository`, …) the
 * JSON names it encodes and whether each is `omitempty`, with embedded structs flattened as
 * `encoding/json` promotes them. `test/spec/required-fields.test.ts` reads the table to check
 * that the spec's response schemas require every field the server always sends.
 *
 * Run by hand when the server changes (the mirror is not part of CI); the table records the
 * commit it was made from.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../tooling/apis.js';

/** Source folders read, and the package qualifier their structs get in the table. */
const PACKAGES: Record<string, string> = {
  'common/types': 'types',
  'builder/store/database': 'database',
  'aigateway/types': 'aigateway',
  'api/httpbase': 'httpbase',
  'dataviewer/common': 'dataviewer',
};

export const TABLE_PATH = path.join(ROOT, 'specs', 'csghub', 'go-structs.json');

export interface GoField {
  /** The JSON name the field encodes as. */
  json: string;
  /** `omitempty` (or `omitzero`) in its tag: the server leaves it out when it is empty. */
  omitempty: boolean;
  /** The Go type as written (a `*` prefix is a pointer: sent as `null` when unset). */
  type: string;
}

export interface GoStructTable {
  source: { repository: string; commit: string; date: string; packages: string[] };
  structs: Record<string, GoField[]>;
}

interface RawField {
  names: string[];
  type: string;
  tag: string;
}

interface RawStruct {
  pkg: string;
  fields: RawField[];
}

/** The value of one key in a struct tag (`json:"name,omitempty"`), or undefined. */
function tagValue(tag: string, key: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${key}:"([^"]*)"`).exec(tag);
  return match?.[1];
}

/** Strips `//` comments outside strings and back-quoted tags. */
function stripComment(line: string): string {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote !== undefined) {
      if (c === quote && (quote === '`' || line[i - 1] !== '\\')) quote = undefined;
    } else if (c === '"' || c === '`') {
      quote = c;
    } else if (c === '/' && line[i + 1] === '/') {
      return line.slice(0, i);
    }
  }
  return line;
}

/** Counts `{` minus `}` on a line (comments are already stripped; tags hold no braces). */
const braces = (text: string) =>
  (text.match(/\{/g) ?? []).length - (text.match(/\}/g) ?? []).length;

/**
 * Reads the fields of a struct body from `lines[start]` to its closing `}`; returns the fields
 * and the index of the closing line. An anonymous struct field (`Sandbox struct { … }`) is
 * added to `structs` as `<Outer>.<Field>` and recorded as a field of that type.
 */
function parseBody(
  lines: string[],
  start: number,
  name: string,
  pkg: string,
  structs: Map<string, RawStruct>,
): number {
  const fields: RawField[] = [];
  let i = start;
  for (; i < lines.length; i++) {
    const text = (lines[i] ?? '').trim();
    if (text === '') continue;
    if (text.startsWith('}')) break;
    const tagMatch = /`([^`]*)`\s*$/.exec(text);
    const tag = tagMatch?.[1] ?? '';
    const body = (tagMatch === null ? text : text.slice(0, tagMatch.index)).trim();
    const anonymous = /^(\w+)\s+(\[\]|\*)?struct\s*\{(.*)$/.exec(body);
    if (anonymous !== null) {
      const fieldName = anonymous[1] ?? '';
      const inner = `${name}.${fieldName}`;
      let end = i;
      if (braces(anonymous[3] ?? '') >= 0 && !(anonymous[3] ?? '').includes('}')) {
        end = parseBody(lines, i + 1, inner, pkg, structs);
      } else {
        structs.set(inner, { pkg, fields: [] });
      }
      // The closing line carries the tag: `} \`json:"x"\``.
      const closingTag = /`([^`]*)`/.exec(lines[end] ?? '')?.[1] ?? tag;
      fields.push({ names: [fieldName], type: `${anonymous[2] ?? ''}${inner}`, tag: closingTag });
      i = end;
      continue;
    }
    const parts = /^(\w+(?:\s*,\s*\w+)*)\s+(\S.*)$/.exec(body);
    if (parts !== null && !/^[*\w.]+$/.test(body)) {
      const names = (parts[1] ?? '').split(',').map((n) => n.trim());
      fields.push({ names, type: (parts[2] ?? '').trim(), tag });
    } else if (/^\*?[\w.]+(\[[^\]]*\])?$/.test(body)) {
      // Embedded: `Type`, `*Type`, `pkg.Type`.
      fields.push({ names: [], type: body, tag });
    }
  }
  structs.set(name, { pkg, fields });
  return i;
}

/**
 * Parses the struct types of one Go file: `type X struct {`, grouped `type ( … )`
 * declarations, fields with several names, embedded fields and anonymous struct fields.
 */
export function parseGoStructs(source: string, pkg: string): Map<string, RawStruct> {
  const structs = new Map<string, RawStruct>();
  const lines = source.split('\n').map(stripComment);
  let inTypeGroup = false;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (/^type\s*\($/.test(line)) {
      inTypeGroup = true;
      continue;
    }
    if (inTypeGroup && line === ')') {
      inTypeGroup = false;
      continue;
    }
    const head = (
      inTypeGroup
        ? /^(\w+)(?:\[[^\]]*\])?\s+struct\s*\{(.*)$/
        : /^type\s+(\w+)(?:\[[^\]]*\])?\s+struct\s*\{(.*)$/
    ).exec(line);
    if (head === null) continue;
    const name = head[1] ?? '';
    if ((head[2] ?? '').trim().startsWith('}')) {
      structs.set(name, { pkg, fields: [] });
      continue;
    }
    i = parseBody(lines, i + 1, name, pkg, structs);
  }
  return structs;
}

/** Flattens one struct as encoding/json encodes it: promoted fields of untagged embeddings. */
function flatten(
  key: string,
  all: Map<string, RawStruct>,
  unresolved: Set<string>,
  seen: string[] = [],
): GoField[] {
  const struct = all.get(key);
  if (struct === undefined || seen.includes(key)) return [];
  const out: GoField[] = [];
  const outer = new Set<string>();
  const promoted: GoField[] = [];
  for (const field of struct.fields) {
    const json = tagValue(field.tag, 'json');
    if (json === '-') continue;
    const [jsonName = '', ...options] = (json ?? '').split(',');
    const omitempty = options.includes('omitempty') || options.includes('omitzero');
    if (field.names.length === 0) {
      const typeName = field.type.replace(/^\*/, '').replace(/\[.*$/, '');
      if (jsonName !== '') {
        out.push({ json: jsonName, omitempty, type: field.type });
        outer.add(jsonName);
        continue;
      }
      const qualified = typeName.includes('.') ? typeName : `${struct.pkg}.${typeName}`;
      if (!all.has(qualified)) {
        // A non-struct or out-of-table embedding (time.Time, bun.BaseModel): nothing promoted.
        if (!/^(bun\.BaseModel|sync\.)/.test(typeName)) unresolved.add(`${key} embeds ${typeName}`);
        continue;
      }
      promoted.push(...flatten(qualified, all, unresolved, [...seen, key]));
      continue;
    }
    for (const name of field.names) {
      if (!/^[A-Z]/.test(name)) continue;
      const wire = jsonName === '' ? name : jsonName;
      out.push({ json: wire, omitempty, type: field.type });
      outer.add(wire);
    }
  }
  // Outer fields win over promoted ones of the same name; among promoted, the first one.
  for (const field of promoted) {
    if (outer.has(field.json)) continue;
    outer.add(field.json);
    out.push(field);
  }
  return out;
}

function git(dir: string, args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
}

/** The table's structs from Go sources, by package qualifier (`types`, `database`, …). */
export function structsFromSources(
  sources: { pkg: string; source: string }[],
  warn: (line: string) => void = () => undefined,
): Record<string, GoField[]> {
  const all = new Map<string, RawStruct>();
  for (const { pkg, source } of sources) {
    for (const [name, struct] of parseGoStructs(source, pkg)) all.set(`${pkg}.${name}`, struct);
  }
  const unresolved = new Set<string>();
  const structs: Record<string, GoField[]> = {};
  for (const key of [...all.keys()].sort()) structs[key] = flatten(key, all, unresolved);
  for (const line of unresolved) warn(line);
  return structs;
}

export function buildTable(dir: string, commitish = 'HEAD'): GoStructTable {
  const commit = git(dir, ['rev-parse', `${commitish}^{commit}`]).trim();
  const date = git(dir, ['show', '-s', '--format=%cI', commit]).trim();
  const sources: { pkg: string; source: string }[] = [];
  for (const [folder, pkg] of Object.entries(PACKAGES)) {
    const files = git(dir, ['ls-tree', '--name-only', `${commit}:${folder}`])
      .split('\n')
      .filter((f) => f.endsWith('.go') && !f.endsWith('_test.go'));
    for (const file of files) {
      sources.push({ pkg, source: git(dir, ['show', `${commit}:${folder}/${file}`]) });
    }
  }
  const structs = structsFromSources(sources, (line) => {
    process.stderr.write(`go-fields: ${line} (not promoted)\n`);
  });
  return {
    source: {
      repository: 'https://github.com/OpenCSGs/csghub-server',
      commit,
      date,
      packages: Object.keys(PACKAGES),
    },
    structs,
  };
}

/** The table as JSON with one line per field, so a diff after an upstream change stays readable. */
export function formatTable(table: GoStructTable): string {
  const structs = Object.entries(table.structs).map(([name, fields]) => {
    const lines = fields.map((field) => `    ${JSON.stringify(field)}`);
    return lines.length === 0
      ? `  ${JSON.stringify(name)}: []`
      : `  ${JSON.stringify(name)}: [\n${lines.join(',\n')}\n  ]`;
  });
  return `{\n"source": ${JSON.stringify(table.source)},\n"structs": {\n${structs.join(',\n')}\n}\n}\n`;
}

const isMain =
  process.argv[1] !== undefined && import.meta.filename === path.resolve(process.argv[1]);
if (isMain) {
  const [dir, commitish] = process.argv.slice(2);
  if (dir === undefined) {
    process.stderr.write('usage: tsx scripts/go-fields.ts <csghub-server git dir> [commit]\n');
    process.exit(2);
  }
  const table = buildTable(dir, commitish);
  writeFileSync(TABLE_PATH, formatTable(table));
  process.stdout.write(
    `go-fields: ${String(Object.keys(table.structs).length)} structs from ${table.source.commit}\n`,
  );
}
