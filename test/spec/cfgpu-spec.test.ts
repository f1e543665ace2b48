import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, bundleApi, listOperations, loadApi } from '../../tooling/apis.js';
import { CFGPU_ERROR_CODES } from '../../src/cfgpu/index.js';

const doc = await bundleApi(await loadApi('cfgpu'), true);
const operations = listOperations(doc);
const schemas = (doc['components'] as { schemas: Record<string, Record<string, unknown>> }).schemas;

interface MediaType {
  schema?: unknown;
  examples?: Record<string, { value: Record<string, unknown> }>;
}
type Responses = Record<string, { content?: Record<string, MediaType> }>;

const responsesOf = (method: string, route: string) =>
  (doc.paths[route]?.[method] as { responses: Responses }).responses;

describe('CFGPU spec', () => {
  it('holds every seed operation, or DECISIONS.md accounts for it', async () => {
    const seed = (await readFile(path.join(ROOT, 'specs/seeds/cfgpu-operations.tsv'), 'utf8'))
      .trim()
      .split('\n')
      .map((line) => line.split('\t') as [string, string]);
    const decisions = await readFile(path.join(ROOT, 'specs/DECISIONS.md'), 'utf8');
    const inSpec = new Set(operations.map((op) => `${op.method.toUpperCase()} ${op.path}`));
    const unaccounted = seed.filter(
      ([method, route]) =>
        !inSpec.has(`${method} ${route}`) && !decisions.includes(`\`${method} ${route}\``),
    );
    expect(seed).toHaveLength(12);
    expect(unaccounted).toEqual([]);
  });

  it('keys every path with the service prefix, as real callers send it', () => {
    for (const route of Object.keys(doc.paths)) expect(route).toMatch(/^\/userapi\/v1\//);
  });

  it('authenticates with the raw Authorization header (bare or Bearer)', () => {
    const schemes = (doc['components'] as { securitySchemes: Record<string, unknown> })
      .securitySchemes;
    expect(Object.keys(schemes)).toEqual(['ApiToken']);
    expect(schemes['ApiToken']).toMatchObject({
      type: 'apiKey',
      in: 'header',
      name: 'Authorization',
    });
    expect(doc['security']).toEqual([{ ApiToken: [] }]);
  });

  it('documents every error code of the service and accepts unknown ones', () => {
    const known = schemas['KnownErrorCode'] as {
      enum: number[];
      'x-enumDescriptions': Record<string, string>;
    };
    const expected = [
      10001,
      50001,
      51001,
      51002,
      ...Array.from({ length: 9 }, (_, i) => 52001 + i),
    ];
    expect(known.enum).toEqual(expected);
    expect(Object.keys(known['x-enumDescriptions']).map(Number)).toEqual(expected);
    expect(Object.keys(CFGPU_ERROR_CODES).map(Number)).toEqual(expected);
    const anyOf = (schemas['ErrorCode'] as { anyOf: { type?: string }[] }).anyOf;
    expect(anyOf.map((s) => s.type)).toEqual(['integer', 'integer', 'string', 'null']);
  });

  it('documents every instance state', () => {
    const states = schemas['InstanceStatusCode'] as {
      enum: string[];
      'x-enumDescriptions': object;
    };
    expect(states.enum.sort()).toEqual([
      'CLOSED',
      'CREATING',
      'ERROR',
      'RELEASED',
      'RELEASING',
      'RUNNING',
      'STARTING',
      'STOPPING',
    ]);
    expect(Object.keys(states['x-enumDescriptions']).sort()).toEqual(states.enum.sort());
  });

  it.each(operations.map((op) => [op.operationId, op] as const))(
    '%s has named examples for success and failure',
    (_, op) => {
      const responses = responsesOf(op.method, op.path);
      for (const [status, response] of Object.entries(responses)) {
        const examples = Object.values(response.content?.['application/json']?.examples ?? {});
        expect(examples.length, `${status} needs named examples`).toBeGreaterThan(0);
      }
      const ok = Object.values(responses['200']?.content?.['application/json']?.examples ?? {});
      expect(ok.some((e) => e.value['success'] === true)).toBe(true);
      expect(ok.some((e) => e.value['success'] === false && e.value['errorCode'] !== null)).toBe(
        true,
      );
    },
  );

  it('defaults create to the free disks: both expansions optional, starting at 0', () => {
    const create = schemas['InstanceCreateRequest'] as {
      required: string[];
      properties: Record<string, { default?: unknown }>;
    };
    expect(create.required.sort()).toEqual([
      'gpuNum',
      'gpuType',
      'imageId',
      'priceType',
      'regionCode',
    ]);
    expect(create.properties['sysDiskExpandSize']?.default).toBe(0);
    expect(create.properties['expandSize']?.default).toBe(0);
    expect((schemas['PriceType'] as { enum: string[] }).enum).toEqual([
      'Usage',
      'Day',
      'Week',
      'Month',
    ]);
  });
});
