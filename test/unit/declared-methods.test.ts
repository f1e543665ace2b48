/**
 * Every operation's declared client method (`x-csgkit-method`) sends that operation: called
 * with the arguments its docs sample shows, its first request has the operation's HTTP method
 * and path.
 */
import { describe, expect, it } from 'vitest';
import {
  declaredMethods,
  mapClient,
  type ClientMap,
  type ClientMethod,
} from '../../scripts/lib/client-methods.js';
import { argumentsFor } from '../../scripts/lib/sample-arguments.js';
import { factsOf, text, type OperationFacts } from '../../scripts/lib/sample-facts.js';
import {
  bundleApi,
  listOperations,
  loadApis,
  type ApiEntry,
  type OpenApiDocument,
} from '../../tooling/apis.js';
import { cfgpuWith } from '../helpers/cfgpu.js';
import { csghubWith } from '../helpers/csghub.js';
import { json, type SeenRequest } from '../helpers/fake-fetch.js';

interface Loaded {
  api: ApiEntry;
  doc: OpenApiDocument;
  facts: Map<string, OperationFacts>;
  map: ClientMap;
}

const loaded: Loaded[] = await Promise.all(
  (await loadApis()).map(async (api) => {
    const doc = await bundleApi(api, true);
    const facts = new Map(factsOf(doc).map((f) => [f.operationId, f]));
    return { api, doc, facts, map: mapClient(api, declaredMethods(doc)) };
  }),
);

/** A client of the API on a fake server that refuses everything, and what it was sent. */
function refusingClient(api: string): { client: object; seen: SeenRequest[] } {
  const refuse = () => json({ msg: 'refused' }, { status: 400 });
  if (api === 'csghub') {
    const { csghub, seen } = csghubWith(refuse);
    return { client: csghub, seen };
  }
  const { cfgpu, seen } = cfgpuWith(refuse);
  return { client: cfgpu, seen };
}

/** Calls the method as the sample does and lets it run until it gives up. */
async function firstRequest(
  api: string,
  method: ClientMethod,
  facts: OperationFacts,
): Promise<SeenRequest | undefined> {
  const { client, seen } = refusingClient(api);
  const owner = method.path
    .slice(0, -1)
    .reduce<Record<string, unknown>>(
      (value, step) => value[step] as Record<string, unknown>,
      client as Record<string, unknown>,
    );
  const call = owner[method.path.at(-1) ?? ''] as (...args: unknown[]) => unknown;
  const result = call.apply(owner, argumentsFor(method.params, facts));
  // Pages and values are promises; a stream only sends once it is read.
  if (typeof (result as Promise<unknown> | undefined)?.then === 'function') {
    await (result as Promise<unknown>).catch(() => undefined);
  } else if (typeof result === 'object' && result !== null && Symbol.asyncIterator in result) {
    const stream = (result as AsyncIterable<unknown>)[Symbol.asyncIterator]();
    await stream.next().catch(() => undefined);
  }
  return seen[0];
}

/**
 * The operation's path template; a parameter spans as many segments as its example value, which
 * the client may send with its `/` kept or as `%2F`.
 */
function template(facts: OperationFacts): RegExp {
  let pattern = facts.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  for (const { name, value } of facts.pathParams) {
    const segments = text(value).split('/').length;
    pattern = pattern.replace(`{${name}}`, Array(segments).fill('[^/]+').join('/'));
  }
  return new RegExp(`^${pattern}$`);
}

/** Whether the method's first request is the operation's: `undefined` when it is, else why not. */
async function mismatch(api: string, method: ClientMethod | undefined, facts: OperationFacts) {
  if (!method) return 'no method declared';
  const request = await firstRequest(api, method, facts);
  if (!request) return `${method.path.join('.')} sent nothing`;
  const path = decodeURIComponent(request.url.pathname);
  const matches = request.method === facts.method && template(facts).test(path);
  return matches ? undefined : `sent ${request.method} ${path}`;
}

describe.each(loaded)('declared methods of $api.name', ({ api, doc, facts, map }) => {
  const operations = listOperations(doc);

  it('are declared on every operation', () => {
    const undeclared = operations.filter((op) => op.clientMethod === undefined);
    expect(undeclared.map((op) => op.operationId)).toEqual([]);
    expect(operations.length).toBeGreaterThan(0);
  });

  it("send the operation's method and path first, called with the sample's arguments", async () => {
    const wrong: Record<string, string> = {};
    for (const op of operations) {
      const found = facts.get(op.operationId);
      if (!found) throw new Error(`no facts for ${op.operationId}`);
      const problem = await mismatch(api.name, map.byOperation.get(op.operationId), found);
      if (problem) wrong[op.operationId] = `${op.clientMethod ?? '-'}: ${problem}`;
    }
    expect(wrong).toEqual({});
  });
});

describe('the declared-method check', () => {
  const csghub = loaded.find((l) => l.api.name === 'csghub');
  if (!csghub) throw new Error('no csghub API');
  const { api, facts, map } = csghub;

  it('fails for a method that sends another operation, or none declared', async () => {
    const misdeclared = mapClient(
      api,
      new Map([
        ['getModel', 'models.listFiles'],
        ['deleteModel', 'models.get'],
      ]),
    );
    const check = (operationId: string) => {
      const found = facts.get(operationId);
      if (!found) throw new Error(`no facts for ${operationId}`);
      return mismatch(api.name, misdeclared.byOperation.get(operationId), found);
    };
    expect(await check('getModel')).toMatch(/^sent GET \/api\/v1\/models\/.+\/tree$/);
    expect(await check('deleteModel')).toMatch(/^sent GET /);
    expect(await check('listModels')).toBe('no method declared');
    // The same operations pass with their own declarations.
    const getModel = facts.get('getModel');
    if (!getModel) throw new Error('no facts for getModel');
    expect(await mismatch(api.name, map.byOperation.get('getModel'), getModel)).toBeUndefined();
  });
});
