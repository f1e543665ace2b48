/**
 * No automatic retry of a request that is not safe to repeat: every operation of both specs,
 * answered 503 every time, is sent three times when its method (or the spec's `x-idempotent`)
 * makes it idempotent, and exactly once otherwise.
 */
import { describe, expect, it } from 'vitest';
import * as cfgpuOps from '../../generated/cfgpu.operations.js';
import * as csghubOps from '../../generated/csghub.operations.js';
import { cfgpuProfile } from '../../src/cfgpu/profile.js';
import { APIError, DEFAULT_MAX_RETRIES } from '../../src/core/index.js';
import { csghubProfile } from '../../src/csghub/profile.js';
import { Transport, type Operation, type ServiceProfile } from '../../src/internal/transport.js';
import { bundleApi, listOperations, loadApi } from '../../tooling/apis.js';

const CANDIDATES = ['a1', '1', 'user:1', '00000000-0000-4000-8000-000000000000'];

/** A value each path parameter's rule accepts, so every call is sent. */
const pathValues = (op: Operation) =>
  Object.fromEntries(
    [...op.path.matchAll(/\{([^}]+)\}/g)].map(([, name = '']) => {
      const pattern = op.params?.[name]?.pattern;
      return [name, CANDIDATES.find((value) => !pattern || pattern.test(value)) ?? 'a1'];
    }),
  );

async function attempts(profile: ServiceProfile, op: Operation): Promise<number> {
  let calls = 0;
  const transport = new Transport(profile, {
    baseUrl: 'https://api.test',
    token: 'Bearer t',
    retryDelay: () => 0,
    fetch: () => {
      calls++;
      return Promise.resolve(new Response('{"msg":"busy"}', { status: 503 }));
    },
  });
  const body = /^(POST|PUT|PATCH|DELETE)$/.test(op.method) ? {} : undefined;
  await expect(
    transport.request(op, { params: { path: pathValues(op) }, body }, undefined),
  ).rejects.toBeInstanceOf(APIError);
  return calls;
}

describe.each([
  ['cfgpu', cfgpuProfile, Object.values(cfgpuOps) as Operation[]],
  ['csghub', csghubProfile, Object.values(csghubOps) as Operation[]],
] as const)('%s: retries of a failing request', (api, profile, operations) => {
  it('covers every operation of the spec', async () => {
    const spec = listOperations(await bundleApi(await loadApi(api), true));
    expect(operations.map((op) => op.id).sort()).toEqual(spec.map((op) => op.operationId).sort());
  });

  it.each(operations.map((op) => [op.id, op] as const))('%s', async (_id, op) => {
    const expected = op.idempotent ? 1 + DEFAULT_MAX_RETRIES : 1;
    expect(await attempts(profile, op)).toBe(expected);
  });
});
