/**
 * Refusals like the services', and Prism's own failures told apart from them.
 *
 * A request that breaks the spec (a missing field, a wrong type, a value outside an enum) gets
 * the refusal the service sends, not Prism's 422 problem document: CFGPU answers HTTP 200,
 * `success: false`, `errorCode: 10001`; CSGHub answers 400 with its error body
 * (`{msg, code}`). The message names the field. What Prism found stays readable in the
 * `x-mock-validation` header (and in Prism's `sl-violations`), so a test can fail on it.
 *
 * Answers Prism makes itself (no route, an unknown example name, an undeclared code, its
 * problem documents) carry `x-mock-source: prism` and a line in the log: no service sends them.
 */
import type http from 'node:http';
import type { MockArgs } from './prism-types.js';
import type { MockResult } from './stateful/types.js';

/** The header holding what request validation found. */
export const VALIDATION_HEADER = 'x-mock-validation';
/** The header marking an answer the mock made rather than one the service would send. */
export const SOURCE_HEADER = 'x-mock-source';

/** Longest header value written; the rest of the finding is in Prism's log and `sl-violations`. */
const MAX_HEADER_CHARS = 1000;

/** One finding of Prism's request validation (the parts used here). */
interface Validation {
  path?: readonly (string | number)[] | undefined;
  code?: string | number | undefined;
  message?: string | undefined;
  severity: number;
}

const isError = (v: Validation) => v.severity === 0;
/** Security findings are answered by the spec's own 401, as the services do. */
const isSecurity = (v: Validation) => v.code === 401 || v.code === '401';

/**
 * `body.imageId: must have required property 'imageId'`: where the finding is, down to the
 * field (Prism puts a missing property in the message, not the path), and what is wrong.
 */
export function describeValidation(v: Validation): { field: string; text: string } {
  const path = (v.path ?? []).map(String);
  const missing = /required property '([^']+)'/.exec(v.message ?? '')?.[1];
  const field = [...path, ...(missing && path.at(-1) !== missing ? [missing] : [])].join('.');
  return { field: field || 'request', text: `${field || 'request'}: ${v.message ?? 'invalid'}` };
}

/** A header value: one line, printable ASCII (other characters as `\uXXXX`), bounded. */
export function headerValue(text: string): string {
  const ascii = text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return ascii.length > MAX_HEADER_CHARS ? `${ascii.slice(0, MAX_HEADER_CHARS - 3)}...` : ascii;
}

/** Each API's refusal of a request that breaks its spec. */
const REFUSALS: Record<string, (summary: string, missing: boolean) => [number, unknown]> = {
  // 10001 is CFGPU's documented "request parameter error" (请求参数错误), under HTTP 200.
  cfgpu: (summary) => [
    200,
    { success: false, errorCode: 10001, errorMsg: `请求参数错误: ${summary}`, content: null },
  ],
  // The hub's request errors (common/errorx/error_req.go): REQ-ERR-4 a missing parameter,
  // REQ-ERR-6 an invalid one, in the 400 `ErrorBody` of httpbase.BadRequestWithExt.
  csghub: (summary, missing) => {
    const code = missing ? 'REQ-ERR-4' : 'REQ-ERR-6';
    return [400, { msg: `${code}: ${summary}`, code }];
  },
};

/**
 * The service's refusal of a request Prism found invalid, or `undefined` when the request is
 * valid (or only fails security, which the spec's 401 answers).
 */
export function refusalFor(api: string, args: MockArgs): MockResult | undefined {
  const validations = args.input.validations as Validation[];
  const errors = validations.filter(isError);
  if (errors.length === 0 || errors.some(isSecurity)) return undefined;
  const refuse = REFUSALS[api];
  if (!refuse) return undefined;
  const summary = errors.map((v) => describeValidation(v).text).join('; ');
  const missing = errors.every((v) => v.message?.includes('required') ?? false);
  const [statusCode, body] = refuse(summary, missing);
  return {
    _tag: 'Right',
    right: {
      statusCode,
      headers: { 'content-type': 'application/json', [VALIDATION_HEADER]: headerValue(summary) },
      body,
    },
  };
}

/** Whether a finished answer is one of Prism's own problem documents. */
export function isPrismProblem(
  contentType: http.OutgoingHttpHeader | undefined,
  body: unknown,
): boolean {
  const type = Array.isArray(contentType) ? contentType.join() : String(contentType ?? '');
  if (!type.includes('problem+json')) return false;
  const text = typeof body === 'string' ? body : Buffer.isBuffer(body) ? body.toString() : '';
  return text === '' || text.includes('stoplight.io/prism/errors');
}

/** One log line for a Prism-made answer: status, request and Prism's title. */
export function prismLogLine(
  api: string,
  status: number,
  method: string,
  url: string,
  body: unknown,
): string {
  let title = '';
  try {
    const text = typeof body === 'string' ? body : Buffer.isBuffer(body) ? body.toString() : '';
    const problem = JSON.parse(text) as { title?: unknown; detail?: unknown };
    title = [problem.title, problem.detail].filter((p) => typeof p === 'string').join(': ');
  } catch {
    // Not JSON: the status says enough.
  }
  return `[${api}] warn prism-made ${String(status)} for ${method} ${headerValue(url)}${title ? `: ${headerValue(title)}` : ''} (${SOURCE_HEADER}: prism)\n`;
}

/**
 * Marks an answer Prism made itself (`x-mock-source: prism`) and logs it; it is sent as it is.
 */
export function markPrismAnswer(
  api: string,
  request: http.IncomingMessage,
  response: http.ServerResponse,
  body: unknown,
  log: NodeJS.WritableStream | undefined,
): void {
  if (!isPrismProblem(response.getHeader('content-type'), body)) return;
  if (!response.headersSent) response.setHeader(SOURCE_HEADER, 'prism');
  log?.write(
    prismLogLine(api, response.statusCode, request.method ?? 'GET', request.url ?? '/', body),
  );
}
