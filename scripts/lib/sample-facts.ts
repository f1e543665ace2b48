/**
 * What the code samples of every language take from the spec: each operation's method, path,
 * parameters and body with the spec's example values, and how the API authenticates.
 */
import type { ClientMap } from './client-methods.js';
import {
  HTTP_METHODS,
  parameterExample,
  resolveRef,
  type OpenApiDocument,
} from '../../tooling/apis.js';

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

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

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

export interface Operation {
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
export interface OperationFacts {
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

export function factsOf(doc: OpenApiDocument): OperationFacts[] {
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

export const text = (value: Json) => (typeof value === 'string' ? value : JSON.stringify(value));

export const isObject = (value: Json | undefined): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function urlOf(setup: SampleSetup, facts: OperationFacts, query: [string, Json][]): string {
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

export const requiredQuery = (facts: OperationFacts): [string, Json][] =>
  facts.query.filter((q) => q.required).map((q) => [q.name, q.value]);
