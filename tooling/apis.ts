import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { replaceFile } from './files.js';

/** Repository root, whatever the working directory. */
export const ROOT = fileURLToPath(new URL('../', import.meta.url));

export interface ApiEntry {
  /** Short name, e.g. `cfgpu`; also the subpath export and the file stem of everything derived. */
  name: string;
  /** Root spec file, absolute. */
  root: string;
  /** Generated `.d.ts` file, absolute. */
  typesFile: string;
  /** Generated runtime operation table, absolute. */
  operationsFile: string;
  /** Generated table of the client method serving each operation, absolute. */
  methodsFile: string;
  /** Generated public type aliases (`x-csgkit-type`, `x-csgkit-params`), absolute. */
  aliasesFile: string;
}

interface RedoclyFile {
  apis: Record<string, { root: string; 'x-openapi-ts'?: { output?: string } }>;
}

/** `redocly.yaml` parsed, with the text it was parsed from. */
interface ParsedConfig {
  text: string;
  config: RedoclyFile;
}

/**
 * `redocly.yaml` as data. Loading the YAML parser costs every mock start up to a tenth of a
 * second before any mock is spawned, so the parsed file is kept in `build/` beside its text and
 * reused while the text is the same.
 */
async function readConfig(): Promise<RedoclyFile> {
  const text = await readFile(path.join(ROOT, 'redocly.yaml'), 'utf8');
  const cacheFile = path.join(ROOT, 'build', 'redocly.json');
  const cached = await readFile(cacheFile, 'utf8')
    .then((json) => JSON.parse(json) as ParsedConfig)
    .catch(() => undefined);
  if (cached?.text === text) return cached.config;
  const { parse } = await import('yaml');
  const config = parse(text) as RedoclyFile;
  // Only a shortcut: a checkout where build/ cannot be written parses the file every time.
  await replaceFile(cacheFile, JSON.stringify({ text, config } satisfies ParsedConfig)).catch(
    () => undefined,
  );
  return config;
}

/** The APIs declared in `redocly.yaml`, the one list every script and test works from. */
export async function loadApis(): Promise<ApiEntry[]> {
  const config = await readConfig();
  return Object.entries(config.apis).map(([alias, entry]) => {
    const name = alias.split('@')[0] ?? alias;
    const output = entry['x-openapi-ts']?.output ?? `generated/${name}.d.ts`;
    return {
      name,
      root: path.join(ROOT, entry.root),
      typesFile: path.join(ROOT, output),
      operationsFile: path.join(ROOT, output.replace(/\.d\.ts$/, '.operations.ts')),
      methodsFile: path.join(ROOT, output.replace(/\.d\.ts$/, '.methods.ts')),
      aliasesFile: path.join(ROOT, output.replace(/\.d\.ts$/, '.types.ts')),
    };
  });
}

export async function loadApi(name: string): Promise<ApiEntry> {
  const api = (await loadApis()).find((a) => a.name === name);
  if (!api) throw new Error(`No API named "${name}" in redocly.yaml`);
  return api;
}

export type OpenApiDocument = Record<string, unknown> & {
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, unknown>>;
};

/** Bundles a split spec into one document (internal `$ref`s kept unless `dereference`). */
export async function bundleApi(api: ApiEntry, dereference = false): Promise<OpenApiDocument> {
  // Loaded here, not at the top: it takes half a second, and most importers never bundle.
  const { bundle, loadConfig } = await import('@redocly/openapi-core');
  const config = await loadConfig({ configPath: path.join(ROOT, 'redocly.yaml') });
  const result = await bundle({ ref: api.root, config, dereference });
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    throw new Error(`${api.name}: cannot bundle spec: ${errors.map((e) => e.message).join('; ')}`);
  }
  return result.bundle.parsed as OpenApiDocument;
}

export const HTTP_METHODS = [
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface PathParamRule {
  pattern?: string;
  minLength?: number;
  maxLength?: number;
}

export interface OperationEntry {
  operationId: string;
  method: HttpMethod;
  path: string;
  tags: string[];
  summary: string;
  /** Safe to repeat: GET/HEAD/OPTIONS/PUT/DELETE, unless `x-idempotent` says otherwise. */
  idempotent: boolean;
  pathParams: Record<string, PathParamRule>;
  /** The client method serving it, as a property path from a client (`x-csgkit-method`). */
  clientMethod: string | undefined;
  /** The exported type of its parameters (`x-csgkit-params`), if it declares one. */
  paramsType: string | undefined;
  /** It takes a JSON request body. */
  jsonBody: boolean;
  /** It takes query parameters. */
  query: boolean;
}

const IDEMPOTENT_METHODS = new Set<HttpMethod>([
  'get',
  'head',
  'options',
  'put',
  'delete',
  'trace',
]);

interface ParameterObject {
  name: string;
  in: string;
  schema?: { type?: unknown; pattern?: string; minLength?: number; maxLength?: number };
}

/** Every operation of a dereferenced document, in spec order. */
export function listOperations(doc: OpenApiDocument): OperationEntry[] {
  const operations: OperationEntry[] = [];
  for (const [route, item] of Object.entries(doc.paths)) {
    const shared = (item['parameters'] ?? []) as ParameterObject[];
    for (const method of HTTP_METHODS) {
      const op = item[method] as
        | {
            operationId: string;
            tags?: string[];
            summary?: string;
            parameters?: ParameterObject[];
            requestBody?: { content?: Record<string, unknown> };
            'x-idempotent'?: boolean;
            'x-csgkit-method'?: string;
            'x-csgkit-params'?: string;
          }
        | undefined;
      if (!op) continue;
      const pathParams: Record<string, PathParamRule> = {};
      const params = [...shared, ...(op.parameters ?? [])];
      for (const p of params) {
        if (p.in !== 'path') continue;
        const rule: PathParamRule = {};
        if (p.schema?.pattern !== undefined) rule.pattern = p.schema.pattern;
        if (p.schema?.minLength !== undefined) rule.minLength = p.schema.minLength;
        if (p.schema?.maxLength !== undefined) rule.maxLength = p.schema.maxLength;
        pathParams[p.name] = rule;
      }
      operations.push({
        operationId: op.operationId,
        method,
        path: route,
        tags: op.tags ?? [],
        summary: op.summary ?? '',
        idempotent: op['x-idempotent'] ?? IDEMPOTENT_METHODS.has(method),
        pathParams,
        clientMethod: op['x-csgkit-method'],
        paramsType: op['x-csgkit-params'],
        jsonBody: op.requestBody?.content?.['application/json'] !== undefined,
        query: params.some((p) => p.in === 'query'),
      });
    }
  }
  return operations;
}

/** Follows local `$ref`s (`#/components/...`) of a bundled document until a real node. */
export function resolveRef(doc: OpenApiDocument, node: unknown): unknown {
  let current = node;
  for (let hops = 0; hops < 32; hops++) {
    if (typeof current !== 'object' || current === null) return current;
    const ref = (current as { $ref?: unknown }).$ref;
    if (typeof ref !== 'string') return current;
    if (!ref.startsWith('#/')) throw new Error(`cannot follow the external $ref ${ref}`);
    current = ref
      .slice(2)
      .split('/')
      .map((token) => decodeURIComponent(token).replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce<unknown>(
        (value, key) =>
          typeof value === 'object' && value !== null
            ? (value as Record<string, unknown>)[key]
            : undefined,
        doc,
      );
  }
  throw new Error('$ref chain too long');
}

const present = (value: unknown) => value !== undefined && value !== null;

/** What a parameter object may say about its example values. */
export interface ParameterExamples {
  example?: unknown;
  examples?: Record<string, unknown>;
  schema?: unknown;
  content?: Record<string, { example?: unknown }>;
}

/**
 * The first of `example`, `examples`, `default`, `enum` and `const` the spec gives a parameter,
 * or `undefined` when it gives none.
 */
export function parameterExample(doc: OpenApiDocument, param: ParameterExamples): unknown {
  if (present(param.example)) return param.example;
  for (const example of Object.values(param.examples ?? {})) {
    const value = (resolveRef(doc, example) as { value?: unknown } | undefined)?.value;
    if (present(value)) return value;
  }
  const schema = resolveRef(doc, param.schema) as
    | {
        example?: unknown;
        examples?: unknown[];
        default?: unknown;
        enum?: unknown[];
        const?: unknown;
      }
    | undefined;
  const fromSchema = [
    schema?.example,
    schema?.examples?.[0],
    schema?.default,
    schema?.enum?.[0],
    schema?.const,
  ].find(present);
  if (fromSchema !== undefined) return fromSchema;
  for (const media of Object.values(param.content ?? {})) {
    if (present(media.example)) return media.example;
  }
  return undefined;
}
