/**
 * Every operation of both APIs as the MCP server sees it: the generated catalogue (words and
 * input schemas) joined with the runtime operation table the client executes, and the class
 * each falls in (read, write, or write that needs `confirm`).
 */
import { catalog as cfgpuCatalog } from '../../generated/cfgpu.catalog.js';
import * as cfgpuOps from '../../generated/cfgpu.operations.js';
import { catalog as csghubCatalog } from '../../generated/csghub.catalog.js';
import type { CatalogOperation } from '../../generated/csghub.catalog.js';
import * as csghubOps from '../../generated/csghub.operations.js';
import type { Operation } from '../../src/internal/operation.js';
import type { ApiName } from '../config.js';
import { check, type Schemas } from './schema.js';

/**
 * `read`: GET, or a POST the spec marks idempotent whose name says it reads (`list…`, `get…`,
 * `inspect…`: filters sent as a body). `write`: anything else; needs `--allow-writes`.
 * `confirm`: a write that destroys or costs money; needs `confirm: true` as well.
 */
export type Risk = 'read' | 'write' | 'confirm';

export interface ApiOperation extends CatalogOperation {
  readonly api: ApiName;
  readonly runtime: Operation;
  readonly risk: Risk;
  /** Why it needs `confirm` (destroys, or costs money), for the dry-run answer. */
  readonly reason?: string;
}

/** Removes, stops or takes back something: its name starts with one of these verbs. */
const DESTRUCTIVE = /^(delete|remove|release|stop|revoke|reset)/;
/**
 * Starts or changes something that runs on paid hardware, or moves money: a starting verb and
 * a noun of what is billed, or a verb that alone means running something.
 */
const PAID_VERB = /^(create|start|run|wakeup|deploy|update|change|recharge)/;
const PAID_NOUN = /(Instance|Deploy|Run|Finetune|Space|Evaluation|Recharge|Subscription|Notebook)/;
const RUNS = /^(deploy|run|wakeup)/;

/** Which class an operation falls in; see {@link Risk}. */
export function classify(
  id: string,
  method: string,
  idempotent: boolean,
): { risk: Risk; reason?: string } {
  if (method === 'GET') return { risk: 'read' };
  if (method === 'POST' && idempotent && /^(list|get|inspect)/.test(id)) return { risk: 'read' };
  if (method === 'DELETE' || DESTRUCTIVE.test(id)) {
    return { risk: 'confirm', reason: 'destroys or stops something' };
  }
  if ((PAID_VERB.test(id) && PAID_NOUN.test(id)) || RUNS.test(id)) {
    return { risk: 'confirm', reason: 'starts something billed or moves money' };
  }
  return { risk: 'write' };
}

const runtimeTables: Record<ApiName, Record<string, Operation>> = {
  csghub: csghubOps,
  cfgpu: cfgpuOps,
};

export const schemasOf: Record<ApiName, Schemas> = {
  csghub: csghubCatalog.schemas,
  cfgpu: cfgpuCatalog.schemas,
};

function join(api: ApiName, operations: readonly CatalogOperation[]): ApiOperation[] {
  return operations.map((entry) => {
    const runtime = runtimeTables[api][entry.id];
    if (!runtime) throw new Error(`${api}: ${entry.id} is in the catalogue but not the table`);
    return { ...entry, api, runtime, ...classify(entry.id, entry.method, runtime.idempotent) };
  });
}

/** Both APIs' operations, CSGHub first, in spec order. */
export const operations: readonly ApiOperation[] = [
  ...join('csghub', csghubCatalog.operations),
  ...join('cfgpu', cfgpuCatalog.operations),
];

const byId = new Map(operations.map((op) => [op.id, op]));

/** One operation by its operationId (unique across both APIs). */
export const findOperation = (id: string): ApiOperation | undefined => byId.get(id);

/**
 * Operations whose id, summary, description, path or tag hold every word of `query`
 * (case-insensitive), best first: words in the id or summary count more.
 */
export function searchOperations(query: string, api?: ApiName, limit = 20): ApiOperation[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const scored: [ApiOperation, number][] = [];
  for (const op of operations) {
    if (api && op.api !== api) continue;
    const strong = `${op.id} ${op.summary} ${op.tag}`.toLowerCase();
    const weak = `${op.description} ${op.path}`.toLowerCase();
    let score = 0;
    for (const word of words) {
      if (strong.includes(word)) score += 3;
      else if (weak.includes(word)) score += 1;
      else {
        score = -1;
        break;
      }
    }
    if (score >= 0) scored.push([op, score]);
  }
  return scored
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([op]) => op);
}

/** What `call_operation` takes besides the operation: its parameters by name and its body. */
export interface CallArguments {
  params?: Record<string, unknown>;
  body?: unknown;
}

/** Parameters split by where they travel, after checking them and the body against the spec. */
export interface CheckedCall {
  path: Record<string, string | number>;
  query: Record<string, unknown>;
  body?: unknown;
}

/** Checks arguments against the operation's schemas; throws an error listing the problems. */
export function checkArguments(op: ApiOperation, args: CallArguments): CheckedCall {
  const schemas = schemasOf[op.api];
  const problems: string[] = [];
  const given = args.params ?? {};
  const known = new Set(op.params.map((p) => p.name));
  for (const name of Object.keys(given)) {
    if (!known.has(name)) problems.push(`params.${name}: not a parameter of ${op.id}`);
  }
  const call: CheckedCall = { path: {}, query: {} };
  for (const param of op.params) {
    const value = given[param.name];
    if (value === undefined) {
      if (param.required) problems.push(`params.${param.name}: required`);
      continue;
    }
    problems.push(...check(param.schema, value, schemas, `params.${param.name}`));
    if (param.in === 'path') {
      if (typeof value !== 'string' && typeof value !== 'number') continue;
      call.path[param.name] = value;
    } else {
      call.query[param.name] = value;
    }
  }
  if (op.body) {
    if (args.body === undefined) {
      if (op.body.required) problems.push('body: required');
    } else {
      problems.push(...check(op.body.schema, args.body, schemas, 'body'));
      call.body = args.body;
    }
  } else if (args.body !== undefined) {
    problems.push(`body: ${op.id} takes no body`);
  }
  if (problems.length > 0) {
    throw new ArgumentError(`invalid arguments for ${op.id}:\n${problems.join('\n')}`);
  }
  return call;
}

/** The arguments do not fit the operation's schemas; nothing was sent. */
export class ArgumentError extends Error {}
