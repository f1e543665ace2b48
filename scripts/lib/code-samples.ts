/**
 * Code samples for every operation, written at docs-build time from the spec and the client:
 * a TypeScript call of the wrapper method that reaches the operation (found by
 * `client-map.ts`) and a curl command, both filled with the spec's own examples. Redoc shows
 * them as tabs (`x-codeSamples`).
 */
import type { ClientMap, ClientMethod, MethodParam, ParamShape } from './client-map.js';
import {
  HTTP_METHODS,
  parameterExample,
  resolveRef,
  type OpenApiDocument,
} from '../../tooling/apis.js';

export interface CodeSample {
  lang: string;
  label: string;
  source: string;
}

export interface OperationSamples {
  operationId: string;
  /** The wrapper method the TypeScript sample calls, or undefined when none reaches it. */
  call: string[] | undefined;
  samples: CodeSample[];
}

/** How samples build a client and authenticate, derived by {@link sampleSetup}. */
export interface SampleSetup {
  /** The subpath export and variable name, e.g. `csghub`. */
  api: string;
  className: string;
  tokenEnv: string;
  /** `'Bearer '` when the service wants the scheme, `''` for a bare token. */
  authPrefix: string;
  /** The spec's first server. */
  server: string;
  /** The client's raw escape hatch (`createRawClient`), when the API has one. */
  rawClient: string | undefined;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  example?: unknown;
  examples?: Record<string, { value?: unknown }>;
  schema?: Schema;
}

interface Schema {
  example?: unknown;
  examples?: unknown[];
  default?: unknown;
  enum?: unknown[];
}

interface MediaType {
  example?: unknown;
  examples?: Record<string, { value?: unknown }>;
  schema?: Schema;
}

interface Operation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, MediaType> };
  responses?: Record<string, unknown>;
  security?: Record<string, string[]>[];
}

interface SecurityScheme {
  type?: string;
  scheme?: string;
  description?: string;
}

/** Everything a sample needs of one operation, with the spec's example values. */
interface OperationFacts {
  operationId: string;
  method: string;
  path: string;
  pathParams: { name: string; value: Json }[];
  query: { name: string; required: boolean; value: Json }[];
  body: Json | undefined;
  authenticated: boolean;
}

const firstExample = (examples: Record<string, { value?: unknown }> | undefined) =>
  Object.values(examples ?? {}).find((e) => e.value !== undefined)?.value;

/**
 * The `{namespace}` and `{name}` a repository route's samples use, per kind: the path in the
 * example of the kind's own read (`GET /api/v1/datasets/{namespace}/{name}` →
 * `OpenCSG/chinese-fineweb-edu`). The shared path parameters carry one example for every kind,
 * a model's, which would show datasets and spaces under a model's name.
 */
function repoExamples(doc: OpenApiDocument): Map<string, Record<string, string>> {
  const found = new Map<string, Record<string, string>>();
  for (const [route, item] of Object.entries(doc.paths)) {
    const kind = /^(\/api\/v1\/\w+)\/\{namespace\}\/\{name\}$/.exec(route)?.[1];
    const response = resolveRef(doc, (item['get'] as Operation | undefined)?.responses?.['200']) as
      { content?: Record<string, { examples?: Record<string, { value?: unknown }> }> } | undefined;
    const example = firstExample(response?.content?.['application/json']?.examples) as
      { data?: { path?: unknown } } | undefined;
    const path = example?.data?.path;
    const [namespace, name, ...rest] = typeof path === 'string' ? path.split('/') : [];
    if (kind && namespace && name && rest.length === 0) found.set(kind, { namespace, name });
  }
  return found;
}

/** A parameter's example from the spec; its name when the spec gives none. */
const exampleOf = (doc: OpenApiDocument, param: Parameter): Json =>
  (parameterExample(doc, param) ?? param.name) as Json;

function factsOf(doc: OpenApiDocument): OperationFacts[] {
  const facts: OperationFacts[] = [];
  const repos = repoExamples(doc);
  const repoOf = (route: string) =>
    [...repos.entries()].find(([kind]) => route.startsWith(`${kind}/{namespace}/{name}`))?.[1];
  for (const [route, item] of Object.entries(doc.paths)) {
    const shared = (item['parameters'] ?? []) as Parameter[];
    for (const method of HTTP_METHODS) {
      const op = item[method] as Operation | undefined;
      if (!op) continue;
      const params = [...shared, ...(op.parameters ?? [])];
      const media = Object.values(op.requestBody?.content ?? {})[0];
      const body =
        media && (media.example ?? firstExample(media.examples) ?? media.schema?.example);
      const security = op.security ?? (doc['security'] as Operation['security']) ?? [];
      facts.push({
        operationId: op.operationId,
        method: method.toUpperCase(),
        path: route,
        pathParams: params
          .filter((p) => p.in === 'path')
          .sort((a, b) => route.indexOf(`{${a.name}}`) - route.indexOf(`{${b.name}}`))
          .map((p) => ({ name: p.name, value: repoOf(route)?.[p.name] ?? exampleOf(doc, p) })),
        query: params
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, required: p.required === true, value: exampleOf(doc, p) })),
        body: body as Json | undefined,
        authenticated: security.length > 0,
      });
    }
  }
  return facts;
}

/** The client and auth facts of one API: its class, token variable, auth scheme and server. */
export function sampleSetup(api: string, doc: OpenApiDocument, map: ClientMap): SampleSetup {
  const components = doc['components'] as
    { securitySchemes?: Record<string, SecurityScheme> } | undefined;
  const scheme = Object.values(components?.securitySchemes ?? {})[0];
  const bearer =
    (scheme?.type === 'http' && scheme.scheme?.toLowerCase() === 'bearer') ||
    (scheme?.description?.trim() ?? '').startsWith('`Bearer ');
  const servers = (doc['servers'] ?? []) as { url: string }[];
  return {
    api,
    className: map.className,
    tokenEnv: map.env.find((name) => name.endsWith('_TOKEN')) ?? `${api.toUpperCase()}_TOKEN`,
    authPrefix: bearer ? 'Bearer ' : '',
    server: (servers[0]?.url ?? '').replace(/\/+$/, ''),
    rawClient: map.rawClient,
  };
}

/** Samples for every operation of a dereferenced document, in spec order. */
export function buildCodeSamples(
  doc: OpenApiDocument,
  map: ClientMap,
  setup: SampleSetup,
): OperationSamples[] {
  return factsOf(doc).map((facts) => {
    const method = map.byOperation.get(facts.operationId);
    const typescript = method
      ? clientSample(setup, method, facts)
      : setup.rawClient
        ? rawSample(setup, setup.rawClient, facts)
        : fetchSample(setup, facts);
    return {
      operationId: facts.operationId,
      call: method?.path,
      samples: [
        { lang: 'TypeScript', label: 'TypeScript', source: typescript },
        { lang: 'Shell', label: 'curl', source: curlSample(setup, facts) },
      ],
    };
  });
}

/** A copy of a (bundled) document with `x-codeSamples` on every operation that has samples. */
export function withCodeSamples(
  doc: OpenApiDocument,
  samples: readonly OperationSamples[],
): OpenApiDocument {
  const byId = new Map(samples.map((s) => [s.operationId, s.samples]));
  const paths: OpenApiDocument['paths'] = {};
  for (const [route, item] of Object.entries(doc.paths)) {
    const copy: Record<string, unknown> = { ...item };
    for (const method of HTTP_METHODS) {
      const op = item[method] as Operation | undefined;
      const found = op && byId.get(op.operationId);
      if (op && found) copy[method] = { ...op, 'x-codeSamples': found };
    }
    paths[route] = copy;
  }
  return { ...doc, paths };
}

// Arguments: the method's parameters, in its order and shape, filled from the examples.

const normalize = (name: string) => name.replace(/[_-]/g, '').toLowerCase();

const text = (value: Json) => (typeof value === 'string' ? value : JSON.stringify(value));

function coerce(value: Json, shape: ParamShape): Json {
  if (shape.kind === 'number') {
    const n = typeof value === 'number' ? value : Number(value);
    return Number.isFinite(n) ? n : 1;
  }
  if (shape.kind === 'boolean') return typeof value === 'boolean' ? value : value === 'true';
  if (shape.kind === 'string') {
    const [first] = shape.literals;
    return first === undefined || shape.literals.includes(text(value)) ? text(value) : first;
  }
  return value;
}

const fallback = (shape: ParamShape): Json =>
  shape.kind === 'number'
    ? 1
    : shape.kind === 'boolean'
      ? true
      : shape.kind === 'string'
        ? (shape.literals[0] ?? 'example')
        : {};

const isObject = (value: Json | undefined): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The argument list: literal values, `undefined` for an optional one skipped in between. */
function argumentsFor(params: MethodParam[], facts: OperationFacts): (Json | undefined)[] {
  const unusedPath = new Map(facts.pathParams.map((p) => [p.name, p.value]));
  const take = (name: string) => {
    const value = unusedPath.get(name);
    unusedPath.delete(name);
    return value;
  };
  let bodyUsed = false;
  const args: (Json | undefined)[] = [];
  let last = -1;
  params.forEach((param, i) => {
    const value = argumentFor(param);
    args.push(value);
    if (value !== undefined) last = i;
  });
  return args.slice(0, last + 1);

  function argumentFor(param: MethodParam): Json | undefined {
    const { shape } = param;
    switch (shape.kind) {
      case 'options':
      case 'other':
        return undefined;
      case 'repoId': {
        if (!unusedPath.has('namespace') || !unusedPath.has('name')) return 'namespace/name';
        return `${text(take('namespace') ?? '')}/${text(take('name') ?? '')}`;
      }
      case 'object':
        return objectFor(param, shape.properties);
      default: {
        const named = [...unusedPath.keys()].find((n) => normalize(n) === normalize(param.name));
        const positional = named ?? unusedPath.keys().next().value;
        if (positional !== undefined) return coerce(take(positional) ?? null, shape);
        const query = facts.query.find((q) => normalize(q.name) === normalize(param.name));
        if (query) return coerce(query.value, shape);
        return param.optional ? undefined : fallback(shape);
      }
    }
  }

  function objectFor(
    param: MethodParam,
    properties: { name: string; required: boolean; shape: ParamShape }[],
  ): Json | undefined {
    const known = new Map(properties.map((p) => [p.name, p]));
    const result: Record<string, Json> = {};
    const body = facts.body;
    const bodyKeys = isObject(body) ? Object.keys(body) : [];
    const takesBody =
      !bodyUsed &&
      body !== undefined &&
      (known.size === 0 ||
        bodyKeys.some((k) => known.has(k)) ||
        !facts.query.some((q) => known.has(q.name)));
    if (takesBody) {
      bodyUsed = true;
      if (!isObject(body) || known.size === 0) return body;
      for (const [key, value] of Object.entries(body)) if (known.has(key)) result[key] = value;
    } else {
      for (const q of facts.query) if (q.required && known.has(q.name)) result[q.name] = q.value;
    }
    for (const prop of properties) {
      if (!prop.required || prop.name in result) continue;
      const fromPath = unusedPath.has(prop.name) ? take(prop.name) : undefined;
      const fromQuery = facts.query.find((q) => q.name === prop.name)?.value;
      const fromBody = isObject(body) ? body[prop.name] : undefined;
      result[prop.name] = coerce(
        fromPath ?? fromQuery ?? fromBody ?? fallback(prop.shape),
        prop.shape,
      );
    }
    if (Object.keys(result).length === 0 && param.optional) return undefined;
    return result;
  }
}

// Rendering.

const RESERVED = new Set(
  'arguments await break case catch class const continue debugger default delete do else enum eval export extends false finally for function if implements import in instanceof interface let new null package private protected public return static super switch this throw true try typeof var void while with yield'.split(
    ' ',
  ),
);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function singular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(ss|us)$/.test(word)) return word;
  if (/(sses|xes|ches|shes)$/.test(word)) return word.slice(0, -2);
  return word.replace(/s$/, '');
}

function plural(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

const camelWords = (identifier: string) =>
  identifier
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(' ');

const camel = (words: string[]) =>
  words.map((w, i) => (i === 0 ? w : (w[0] ?? '').toUpperCase() + w.slice(1))).join('');

/** Words that name no thing alone: `AgentTaskDetail` stays whole rather than `detail`. */
const GENERIC = new Set(['item', 'detail', 'created', 'result', 'record', 'list', 'info', 'share']);

/** Words that say how, not what: `listMine`, `getForModel`, `listModelsFor`. */
const NOT_NOUNS = new Set(['all', 'mine', 'my', 'for', 'by', 'of', 'as', 'to', 'from', 'with']);

/**
 * A variable name for what a call gives: its declared type less the words the call path
 * already says (`accounting.invoices.titles.list` gives `AccountingInvoiceTitle` → `title`),
 * else the method's own noun, else its resource.
 */
function variableName(method: ClientMethod, setup: SampleSetup, item: boolean): string {
  const pathWords = new Set(method.path.flatMap(camelWords).map(singular));
  const { type } = method.result;
  let candidate: string | undefined;
  if (type) {
    const all = camelWords(type.name);
    const words = [...all];
    while (words.length > 1 && pathWords.has(singular(words[0] ?? ''))) words.shift();
    const name = camel(words.length === 1 && GENERIC.has(words[0] ?? '') ? all : words);
    candidate = type.plural && !item ? plural(name) : name;
  } else {
    const methodName = method.path[method.path.length - 1] ?? '';
    const noun = camelWords(methodName)
      .slice(1)
      .filter((w) => !NOT_NOUNS.has(w));
    const resource = method.path[method.path.length - 2] ?? 'result';
    const single = noun.length === 0 || /^(get|create|update)$/.test(methodName);
    candidate =
      noun.length > 0
        ? camel(item ? [...noun.slice(0, -1), singular(noun[noun.length - 1] ?? '')] : noun)
        : item || single
          ? singular(resource)
          : resource;
  }
  return IDENTIFIER.test(candidate) && !RESERVED.has(candidate) && candidate !== setup.api
    ? candidate
    : 'result';
}

const quote = (text: string) =>
  `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;

/** A TypeScript literal for a JSON value, on one line when short (and not `broken`), else indented. */
export function tsLiteral(value: Json | undefined, indent = '', broken = false): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return quote(value);
  if (value === null || typeof value !== 'object') return String(value);
  const inner = `${indent}  `;
  const entries = Array.isArray(value)
    ? value.map((v) => tsLiteral(v, inner))
    : Object.entries(value).map(
        ([k, v]) => `${IDENTIFIER.test(k) ? k : quote(k)}: ${tsLiteral(v, inner)}`,
      );
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{ ', ' }'];
  if (entries.length === 0) return Array.isArray(value) ? '[]' : '{}';
  const oneLine = `${open}${entries.join(', ')}${close}`;
  if (!broken && oneLine.length <= 72 && !oneLine.includes('\n')) return oneLine;
  return `${open.trim()}\n${entries.map((e) => `${inner}${e},`).join('\n')}\n${indent}${close.trim()}`;
}

const MAX_LINE = 92;

/**
 * `prefix` + the call + `suffix`, on one line when it fits, else with its last object argument
 * (or, without one, every argument) on lines of their own, as Prettier would.
 */
function statement(
  prefix: string,
  setup: SampleSetup,
  method: ClientMethod,
  facts: OperationFacts,
  suffix: string,
): string {
  const target = `${setup.api}.${method.path.join('.')}`;
  const args = argumentsFor(method.params, facts);
  const oneLine = `${prefix}${target}(${args.map((a) => tsLiteral(a)).join(', ')})${suffix}`;
  if (oneLine.length <= MAX_LINE || oneLine.includes('\n')) return oneLine;
  const last = args[args.length - 1];
  if (isObject(last ?? null)) {
    const head = args.slice(0, -1).map((a) => `${tsLiteral(a)}, `);
    const broken = `${prefix}${target}(${head.join('')}${tsLiteral(last, '', true)})${suffix}`;
    if ((broken.split('\n')[0] ?? '').length <= MAX_LINE) return broken;
  }
  const lines = args.map((a) => `  ${tsLiteral(a, '  ')},`);
  return `${prefix}${target}(\n${lines.join('\n')}\n)${suffix}`;
}

const setupLines = (setup: SampleSetup, imports: string[] = [setup.className]) => [
  `import { ${imports.join(', ')} } from 'csgkit/${setup.api}';`,
  '',
  `const ${setup.api} = new ${setup.className}({ token: process.env.${setup.tokenEnv} });`,
  '',
];

function clientSample(setup: SampleSetup, method: ClientMethod, facts: OperationFacts): string {
  const lines = setupLines(setup);
  switch (method.result.kind) {
    case 'pages':
    case 'stream': {
      const item = variableName(method, setup, true);
      lines.push(
        statement(`for await (const ${item} of `, setup, method, facts, ') {'),
        `  console.log(${item});`,
        '}',
      );
      break;
    }
    case 'value': {
      const name = variableName(method, setup, false);
      lines.push(
        statement(`const ${name} = await `, setup, method, facts, ';'),
        `console.log(${name});`,
      );
      break;
    }
    case 'nothing':
      lines.push(statement('await ', setup, method, facts, ';'));
      break;
  }
  return `${lines.join('\n')}\n`;
}

function urlOf(setup: SampleSetup, facts: OperationFacts, query: [string, Json][]): string {
  let route = facts.path;
  for (const { name, value } of facts.pathParams) {
    route = route.replace(`{${name}}`, text(value).split('/').map(encodeURIComponent).join('/'));
  }
  const search = new URLSearchParams();
  for (const [name, value] of query) {
    for (const v of Array.isArray(value) ? value : [value]) search.append(name, text(v));
  }
  const qs = search.toString();
  return `${setup.server}${route}${qs ? `?${qs}` : ''}`;
}

const requiredQuery = (facts: OperationFacts): [string, Json][] =>
  facts.query.filter((q) => q.required).map((q) => [q.name, q.value]);

/** Single-quoted for a POSIX shell. */
const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

function curlSample(setup: SampleSetup, facts: OperationFacts): string {
  const parts = [
    `curl${facts.method === 'GET' ? '' : ` -X ${facts.method}`} ${shellQuote(urlOf(setup, facts, requiredQuery(facts)))}`,
  ];
  // Double quotes: the shell expands the token variable.
  if (facts.authenticated) parts.push(`-H "Authorization: ${setup.authPrefix}$${setup.tokenEnv}"`);
  if (facts.body !== undefined) {
    const compact = JSON.stringify(facts.body);
    const json = compact.length <= 60 ? compact : JSON.stringify(facts.body, null, 2);
    parts.push(`-H 'Content-Type: application/json'`, `-d ${shellQuote(json)}`);
  }
  return `${parts.join(' \\\n  ')}\n`;
}

/** For an operation no client method reaches: the client's raw typed client, not an invented method. */
function rawSample(setup: SampleSetup, rawClient: string, facts: OperationFacts): string {
  const params: Record<string, Json> = {};
  if (facts.pathParams.length > 0)
    params['path'] = Object.fromEntries(facts.pathParams.map((p) => [p.name, p.value]));
  const query = requiredQuery(facts);
  if (query.length > 0) params['query'] = Object.fromEntries(query);
  const init: Record<string, Json> = {};
  if (Object.keys(params).length > 0) init['params'] = params;
  if (facts.body !== undefined) init['body'] = facts.body;
  const args = [quote(facts.path)];
  if (Object.keys(init).length > 0) args.push(tsLiteral(init, '', true));
  return [
    ...setupLines(setup, [setup.className, rawClient]),
    `// No ${setup.className} method wraps this operation: the raw client answers the envelope as sent.`,
    `const { data, error } = await ${rawClient}(${setup.api}).${facts.method}(${args.join(', ')});`,
    'console.log(data ?? error);',
    '',
  ].join('\n');
}

/** For an operation nothing in the client reaches: plain `fetch`, never an invented method. */
function fetchSample(setup: SampleSetup, facts: OperationFacts): string {
  const url = urlOf(setup, facts, requiredQuery(facts));
  const headers: string[] = [];
  if (facts.authenticated)
    headers.push(`Authorization: \`${setup.authPrefix}\${process.env.${setup.tokenEnv} ?? ''}\``);
  if (facts.body !== undefined) headers.push(`'Content-Type': 'application/json'`);
  const init = [`  method: '${facts.method}',`];
  if (headers.length > 0) init.push(`  headers: { ${headers.join(', ')} },`);
  if (facts.body !== undefined)
    init.push(`  body: JSON.stringify(${tsLiteral(facts.body, '  ')}),`);
  return [
    `// No ${setup.className} method wraps this operation: a plain request.`,
    `const response = await fetch(${quote(url)}, {`,
    ...init,
    '});',
    'console.log(await response.json());',
    '',
  ].join('\n');
}
