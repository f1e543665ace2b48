/**
 * Checks a value against the JSON Schemas of the generated catalogue: the subset the specs use
 * (`type`, `enum`, `const`, `required`, `properties`, `additionalProperties`, `items`, number and
 * length bounds, `pattern`, `allOf`/`anyOf`/`oneOf`, `$ref` to `#/schemas/<Name>`). Answers the
 * first few problems as readable lines, so an agent can fix its arguments.
 */
import type { CatalogSchema } from '../../generated/csghub.catalog.js';

export type Schemas = Readonly<Record<string, CatalogSchema>>;

/** Most problems reported for one value. */
const MAX_PROBLEMS = 8;
/** Deepest nesting followed (a recursive schema or a hostile value cannot run away). */
const MAX_DEPTH = 32;

const typeOf = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'array'
      : typeof value === 'number' && Number.isInteger(value)
        ? 'integer'
        : typeof value;

function typeMatches(expected: string, value: unknown): boolean {
  const actual = typeOf(value);
  return expected === actual || (expected === 'number' && actual === 'integer');
}

/** The problems of `value` against `schema`, `[]` when it fits. */
export function check(schema: CatalogSchema, value: unknown, schemas: Schemas, at = ''): string[] {
  const problems: string[] = [];
  walk(schema, value, schemas, at || '(value)', problems, 0);
  return problems.slice(0, MAX_PROBLEMS);
}

function walk(
  schema: CatalogSchema,
  value: unknown,
  schemas: Schemas,
  at: string,
  out: string[],
  depth: number,
): void {
  if (out.length >= MAX_PROBLEMS || depth > MAX_DEPTH) return;
  const ref = schema['$ref'];
  if (typeof ref === 'string') {
    const target = schemas[ref.replace('#/schemas/', '')];
    if (target) walk(target, value, schemas, at, out, depth + 1);
  }
  const type = schema['type'];
  const types = Array.isArray(type) ? (type as string[]) : typeof type === 'string' ? [type] : [];
  if (types.length > 0 && !types.some((t) => typeMatches(t, value))) {
    out.push(`${at}: expected ${types.join(' or ')}, got ${typeOf(value)}`);
    return;
  }
  const options = schema['enum'];
  if (Array.isArray(options) && !options.some((option) => option === value)) {
    out.push(`${at}: must be one of ${options.map((o) => JSON.stringify(o)).join(', ')}`);
  }
  if ('const' in schema && schema['const'] !== value) {
    out.push(`${at}: must be ${JSON.stringify(schema['const'])}`);
  }
  if (typeof value === 'number') {
    const { minimum, maximum } = schema as { minimum?: number; maximum?: number };
    if (typeof minimum === 'number' && value < minimum) out.push(`${at}: must be ≥ ${minimum}`);
    if (typeof maximum === 'number' && value > maximum) out.push(`${at}: must be ≤ ${maximum}`);
  }
  if (typeof value === 'string') {
    const { minLength, maxLength, pattern } = schema as {
      minLength?: number;
      maxLength?: number;
      pattern?: string;
    };
    if (typeof minLength === 'number' && value.length < minLength) {
      out.push(`${at}: must have at least ${minLength} characters`);
    }
    if (typeof maxLength === 'number' && value.length > maxLength) {
      out.push(`${at}: must have at most ${maxLength} characters`);
    }
    if (typeof pattern === 'string' && !new RegExp(pattern, 'u').test(value)) {
      out.push(`${at}: must match ${pattern}`);
    }
  }
  if (Array.isArray(value)) {
    const items = schema['items'];
    if (typeof items === 'object' && items !== null) {
      value.forEach((item, i) => {
        walk(items as CatalogSchema, item, schemas, `${at}[${i}]`, out, depth + 1);
      });
    }
  }
  if (typeOf(value) === 'object') {
    const record = value as Record<string, unknown>;
    const properties = (schema['properties'] ?? {}) as Record<string, CatalogSchema>;
    for (const name of (schema['required'] ?? []) as string[]) {
      if (record[name] === undefined) out.push(`${at}.${name}: required`);
    }
    for (const [name, item] of Object.entries(record)) {
      const property = properties[name];
      if (property) walk(property, item, schemas, `${at}.${name}`, out, depth + 1);
      else if (schema['additionalProperties'] === false) out.push(`${at}.${name}: not allowed`);
    }
  }
  for (const part of (schema['allOf'] ?? []) as CatalogSchema[]) {
    walk(part, value, schemas, at, out, depth + 1);
  }
  for (const key of ['anyOf', 'oneOf'] as const) {
    const parts = schema[key] as CatalogSchema[] | undefined;
    if (!parts || parts.length === 0) continue;
    const fits = parts.some((part) => {
      const inner: string[] = [];
      walk(part, value, schemas, at, inner, depth + 1);
      return inner.length === 0;
    });
    if (!fits) out.push(`${at}: matches none of the allowed forms`);
  }
}
