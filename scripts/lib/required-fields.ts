/**
 * The check behind `test/spec/required-fields.test.ts`: walks every schema a CSGHub operation
 * answers with on 2xx, in the split spec files, and reports
 *
 * - an object schema that does not say which Go struct it mirrors (`x-go-struct`), so nothing
 *   escapes the check silently (`x-go-struct: none` when it mirrors none, with the reason in
 *   its description);
 * - a struct name the table (`specs/csghub/go-structs.json`, `scripts/go-fields.ts`) lacks;
 * - a property the struct always sends (no `omitempty`) that the schema does not `require`,
 *   unless a request body uses the same schema: there a caller may leave the field out (the
 *   server reads it as zero), and the generated type serves both directions.
 *
 * An `allOf` is checked as the one object it describes: its members' properties and `required`
 * lists are merged, and it mirrors its own `x-go-struct` or else its first member's that has
 * one (the envelope's `httpbase.R` refined by an inline `data`).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';

export interface GoFieldEntry {
  json: string;
  omitempty: boolean;
  type: string;
}

export interface GoStructTableFile {
  source: { commit: string };
  structs: Record<string, GoFieldEntry[]>;
}

export interface Finding {
  kind: 'unannotated' | 'unknown-struct' | 'optional';
  /** `file#/json/pointer` of the schema, relative to the spec folder. */
  where: string;
  detail: string;
}

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** The JSON pointer segment escaping of RFC 6901. */
const segment = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

class SpecFiles {
  private readonly cache = new Map<string, unknown>();
  constructor(readonly root: string) {}

  async load(file: string): Promise<unknown> {
    if (!this.cache.has(file)) {
      this.cache.set(file, parse(await readFile(path.join(this.root, file), 'utf8')));
    }
    return this.cache.get(file);
  }

  /** Resolves a `$ref` written in `file` to its target file, pointer and value. */
  async resolve(file: string, ref: string) {
    const [target = '', pointer = ''] = ref.split('#');
    const targetFile = target === '' ? file : path.posix.join(path.posix.dirname(file), target);
    let value = await this.load(targetFile);
    for (const key of pointer.split('/').slice(1)) {
      const unescaped = key.replace(/~1/g, '/').replace(/~0/g, '~');
      value = isNode(value) ? value[unescaped] : undefined;
    }
    return { file: targetFile, pointer, value };
  }
}

interface Located {
  node: Node;
  file: string;
  pointer: string;
}

export async function checkRequiredFields(
  specRoot: string,
  table: GoStructTableFile,
): Promise<Finding[]> {
  const files = new SpecFiles(specRoot);
  const findings: Finding[] = [];
  const visited = new Set<string>();

  /** Follows `$ref`s to the schema itself. */
  async function deref(node: unknown, file: string, pointer: string): Promise<Located | undefined> {
    let current: unknown = node;
    let at = { file, pointer };
    for (let hops = 0; isNode(current) && typeof current['$ref'] === 'string'; hops++) {
      if (hops > 20) return undefined;
      const target = await files.resolve(at.file, current['$ref']);
      current = target.value;
      at = { file: target.file, pointer: target.pointer };
    }
    return isNode(current) ? { node: current, ...at } : undefined;
  }

  /** The members of an allOf, flattened, each dereferenced. */
  async function members(schema: Located): Promise<Located[]> {
    const out: Located[] = [schema];
    const allOf = schema.node['allOf'];
    if (!Array.isArray(allOf)) return out;
    for (const [index, member] of allOf.entries()) {
      const resolved = await deref(member, schema.file, `${schema.pointer}/allOf/${String(index)}`);
      if (resolved !== undefined) out.push(...(await members(resolved)));
    }
    return out;
  }

  /** Every schema (by `file#pointer`) a request body reaches, `$ref`s followed. */
  const inRequests = new Set<string>();
  async function collect(node: unknown, file: string, pointer: string): Promise<void> {
    const schema = await deref(node, file, pointer);
    if (schema === undefined) return;
    const key = `${schema.file}#${schema.pointer}`;
    if (inRequests.has(key)) return;
    inRequests.add(key);
    for (const keyword of ['allOf', 'oneOf', 'anyOf']) {
      const list = schema.node[keyword];
      if (!Array.isArray(list)) continue;
      for (const [index, member] of list.entries()) {
        await collect(member, schema.file, `${schema.pointer}/${keyword}/${String(index)}`);
      }
    }
    for (const keyword of ['items', 'additionalProperties']) {
      if (isNode(schema.node[keyword])) {
        await collect(schema.node[keyword], schema.file, `${schema.pointer}/${keyword}`);
      }
    }
    const props = schema.node['properties'];
    if (isNode(props)) {
      for (const [name, value] of Object.entries(props)) {
        await collect(value, schema.file, `${schema.pointer}/properties/${segment(name)}`);
      }
    }
  }

  async function visit(node: unknown, file: string, pointer: string): Promise<void> {
    const schema = await deref(node, file, pointer);
    if (schema === undefined) return;
    const key = `${schema.file}#${schema.pointer}`;
    if (visited.has(key)) return;
    visited.add(key);

    for (const keyword of ['oneOf', 'anyOf']) {
      const list = schema.node[keyword];
      if (Array.isArray(list)) {
        for (const [index, member] of list.entries()) {
          await visit(member, schema.file, `${schema.pointer}/${keyword}/${String(index)}`);
        }
      }
    }
    const items = schema.node['items'];
    if (items !== undefined) await visit(items, schema.file, `${schema.pointer}/items`);

    const parts = await members(schema);
    const properties = new Map<string, Located>();
    const required = new Set<string>();
    let struct: unknown = schema.node['x-go-struct'];
    for (const part of parts) {
      struct ??= part.node['x-go-struct'];
      const props = part.node['properties'];
      if (isNode(props)) {
        for (const [name, value] of Object.entries(props)) {
          properties.set(name, {
            node: isNode(value) ? value : {},
            file: part.file,
            pointer: `${part.pointer}/properties/${segment(name)}`,
          });
        }
      }
      const list = part.node['required'];
      if (Array.isArray(list)) for (const name of list) required.add(String(name));
      const extra = part.node['additionalProperties'];
      if (isNode(extra)) await visit(extra, part.file, `${part.pointer}/additionalProperties`);
      if (part !== schema && part.node['items'] !== undefined) {
        await visit(part.node['items'], part.file, `${part.pointer}/items`);
      }
    }

    if (properties.size > 0) {
      const names = Array.isArray(struct)
        ? struct.map(String)
        : typeof struct === 'string'
          ? [struct]
          : [];
      if (names.length === 0 || names.includes('')) {
        findings.push({
          kind: 'unannotated',
          where: key,
          detail: `object schema without x-go-struct (properties: ${[...properties.keys()].join(', ')})`,
        });
      } else if (names[0] === 'none') {
        const reason = parts
          .map((part) => part.node['x-go-struct-reason'])
          .find((r) => r !== undefined);
        if (typeof reason !== 'string' || reason.trim() === '') {
          findings.push({
            kind: 'unannotated',
            where: key,
            detail: 'x-go-struct: none without an x-go-struct-reason',
          });
        }
      } else {
        const tables = names.map((name) => ({ name, fields: table.structs[name] }));
        for (const { name, fields } of tables) {
          if (fields === undefined) {
            findings.push({
              kind: 'unknown-struct',
              where: key,
              detail: `${name} is not in the table`,
            });
          }
        }
        for (const property of properties.keys()) {
          // With several structs (one schema for several kinds), a field is always sent only
          // when every one of them always sends it.
          const always = tables.every(({ fields }) =>
            fields?.some((f) => f.json === property && !f.omitempty),
          );
          if (always && !required.has(property) && !inRequests.has(key)) {
            findings.push({
              kind: 'optional',
              where: key,
              detail: `${names.join(', ')} always sends ${property}, but it is not required`,
            });
          }
        }
      }
    }
    for (const property of properties.values()) {
      await visit(property.node, property.file, property.pointer);
    }
  }

  const root = await files.load('openapi.yaml');
  const paths = isNode(root) && isNode(root['paths']) ? root['paths'] : {};
  const operations: Located[] = [];
  for (const [route, item] of Object.entries(paths)) {
    const pathItem = await deref(item, 'openapi.yaml', `/paths/${segment(route)}`);
    if (pathItem === undefined) continue;
    for (const method of HTTP_METHODS) {
      const operation = pathItem.node[method];
      if (isNode(operation)) {
        operations.push({
          node: operation,
          file: pathItem.file,
          pointer: `${pathItem.pointer}/${method}`,
        });
      }
    }
  }
  /** The schemas of a request body or response's media types. */
  async function bodies(node: unknown, file: string, pointer: string) {
    const resolved = await deref(node, file, pointer);
    const content = resolved?.node['content'];
    if (resolved === undefined || !isNode(content)) return [];
    return Object.entries(content).flatMap(([media, body]) =>
      isNode(body) && body['schema'] !== undefined
        ? [
            {
              schema: body['schema'],
              file: resolved.file,
              pointer: `${resolved.pointer}/content/${segment(media)}/schema`,
            },
          ]
        : [],
    );
  }
  for (const op of operations) {
    if (op.node['requestBody'] === undefined) continue;
    for (const body of await bodies(op.node['requestBody'], op.file, `${op.pointer}/requestBody`)) {
      await collect(body.schema, body.file, body.pointer);
    }
  }
  for (const op of operations) {
    const responses = op.node['responses'];
    if (!isNode(responses)) continue;
    for (const [status, response] of Object.entries(responses)) {
      if (!status.startsWith('2')) continue;
      for (const body of await bodies(response, op.file, `${op.pointer}/responses/${status}`)) {
        await visit(body.schema, body.file, body.pointer);
      }
    }
  }
  return findings;
}
