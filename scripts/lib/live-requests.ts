/**
 * Chooses the requests `npm run verify:live` may send to a real server, from the spec alone, and
 * reads the violations Prism reports back. Only reads are chosen: GET operations whose answer is
 * JSON, whose required parameters have an example in the spec.
 */
import {
  parameterExample,
  resolveRef,
  type OpenApiDocument,
  type OperationEntry,
} from '../../tooling/apis.js';

export type SkipReason =
  'not GET' | 'x-idempotent: false' | 'event stream' | 'download' | 'no example' | 'over --limit';

export interface PlannedRequest {
  operationId: string;
  method: 'GET';
  /** The spec's path template, e.g. `/api/v1/models/{namespace}/{name}`. */
  path: string;
  /** Path with its parameters filled in, plus the query string. */
  url: string;
  headers: Record<string, string>;
}

export interface SkippedOperation {
  operationId: string;
  method: string;
  path: string;
  reason: SkipReason;
  /** Which parameter could not be filled, for `no example`. */
  detail?: string;
}

export interface Plan {
  requests: PlannedRequest[];
  skipped: SkippedOperation[];
}

interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  explode?: boolean;
  example?: unknown;
  examples?: Record<string, unknown>;
  schema?: unknown;
  content?: Record<string, { example?: unknown; examples?: Record<string, unknown> }>;
}

interface OperationObject {
  parameters?: unknown[];
  responses?: Record<string, unknown>;
}

/** Scalars and arrays of scalars, as strings; anything else cannot go in a URL or header. */
function asStrings(value: unknown): string[] | undefined {
  const scalar = (v: unknown) =>
    typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
  if (scalar(value)) return [String(value)];
  if (Array.isArray(value) && value.length > 0 && value.every(scalar)) return value.map(String);
  return undefined;
}

const isJson = (mediaType: string) => /^application\/([\w.-]+\+)?json\b/i.test(mediaType);

/** Why a GET operation's success answer makes it unfit to replay, if it does. */
function answerReason(doc: OpenApiDocument, op: OperationObject): SkipReason | undefined {
  for (const [code, ref] of Object.entries(op.responses ?? {})) {
    if (!code.startsWith('2')) continue;
    const response = resolveRef(doc, ref) as { content?: Record<string, unknown> } | undefined;
    const mediaTypes = Object.keys(response?.content ?? {});
    if (mediaTypes.some((m) => m.toLowerCase().startsWith('text/event-stream'))) {
      return 'event stream';
    }
    if (mediaTypes.some((m) => !isJson(m))) return 'download';
  }
  return undefined;
}

/**
 * The GET requests worth replaying, in spec order, and every other operation with the reason it
 * is left out. Path, query and header parameters are filled from the spec's examples; optional
 * ones are left out so the server answers its defaults.
 */
export function planRequests(doc: OpenApiDocument, operations: OperationEntry[]): Plan {
  const plan: Plan = { requests: [], skipped: [] };
  for (const entry of operations) {
    const { operationId, method, path } = entry;
    const skip = (reason: SkipReason, detail?: string) => {
      plan.skipped.push({
        operationId,
        method: method.toUpperCase(),
        path,
        reason,
        ...(detail === undefined ? {} : { detail }),
      });
    };
    if (method !== 'get') {
      skip('not GET');
      continue;
    }
    if (!entry.idempotent) {
      skip('x-idempotent: false');
      continue;
    }
    const item = doc.paths[path] as { parameters?: unknown[] } & Record<string, unknown>;
    const op = (resolveRef(doc, item[method]) as OperationObject | undefined) ?? {};
    const reason = answerReason(doc, op);
    if (reason) {
      skip(reason);
      continue;
    }
    // Operation parameters override path-level ones with the same name and location.
    const params = new Map<string, ParameterObject>();
    for (const ref of [...(item.parameters ?? []), ...(op.parameters ?? [])]) {
      const param = resolveRef(doc, ref) as ParameterObject | undefined;
      if (param) params.set(`${param.in}:${param.name}`, param);
    }
    const pathValues = new Map<string, string>();
    const query = new URLSearchParams();
    const headers: Record<string, string> = { accept: 'application/json' };
    let missing: string | undefined;
    for (const param of params.values()) {
      if (param.in !== 'path' && param.required !== true) continue;
      const values = asStrings(parameterExample(doc, param));
      if (!values || param.in === 'cookie') {
        missing = `${param.in} parameter ${param.name}`;
        break;
      }
      if (param.in === 'path') pathValues.set(param.name, values.join(','));
      else if (param.in === 'header') headers[param.name.toLowerCase()] = values.join(',');
      else if (param.explode === false) query.append(param.name, values.join(','));
      else for (const value of values) query.append(param.name, value);
    }
    // A path parameter is one segment: a `/` inside a value (a file path) is sent as `%2F`, which
    // Prism needs to match the route and the server decodes back.
    const filled = path.replace(/\{([^}]+)\}/g, (whole, name: string) => {
      const value = pathValues.get(name);
      if (value === undefined) missing ??= `path parameter ${name}`;
      return value === undefined ? whole : encodeURIComponent(value);
    });
    if (missing !== undefined) {
      skip('no example', missing);
      continue;
    }
    const search = query.toString();
    plan.requests.push({
      operationId,
      method: 'GET',
      path,
      url: search ? `${filled}?${search}` : filled,
      headers,
    });
  }
  return plan;
}

export interface Violation {
  /** Where, e.g. `response.body.data.0.id`. */
  location: string;
  /** Prism's severity, lower case: `error`, `warning`, `information` or `hint`. */
  severity: string;
  message: string;
}

interface PrismViolation {
  location?: unknown;
  severity?: unknown;
  message?: unknown;
}

const toViolation = (v: PrismViolation): Violation => ({
  location: Array.isArray(v.location) ? v.location.map(String).join('.') : 'response',
  severity: typeof v.severity === 'string' ? v.severity.toLowerCase() : 'error',
  message: typeof v.message === 'string' ? v.message : JSON.stringify(v),
});

const TRUNCATED = 'Too many violations! ';

/**
 * Reads Prism's `sl-violations` header (a JSON array). Prism cuts a header over 8 kB and prefixes
 * it with "Too many violations!": the complete entries are kept and the cut is reported.
 */
export function parseViolations(header: string | null): Violation[] {
  if (!header) return [];
  if (!header.startsWith(TRUNCATED)) {
    return (JSON.parse(header) as PrismViolation[]).map(toViolation);
  }
  const text = header.slice(TRUNCATED.length);
  const cut: Violation = {
    location: 'response',
    severity: 'error',
    message: 'more violations than Prism reports in one header; the list above is incomplete',
  };
  for (let end = text.lastIndexOf('},{'); end > 0; end = text.lastIndexOf('},{', end - 1)) {
    try {
      return [
        ...(JSON.parse(`${text.slice(0, end + 1)}]`) as PrismViolation[]).map(toViolation),
        cut,
      ];
    } catch {
      // A `},{` inside a message: try the previous one.
    }
  }
  return [cut];
}
