/**
 * Requests that break the spec are refused as each service refuses them, with Prism's finding
 * in `x-mock-validation`; answers Prism makes itself carry `x-mock-source: prism` and a log line.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startMock, type MockServer } from '../../mocks/launcher.js';
import { describeValidation, headerValue } from '../../mocks/refusals.js';
import { CFGPU, CfgpuError, type InstanceCreateParams } from '../../src/cfgpu/index.js';
import { BadRequestError, CSGHub, type ModelCreateParams } from '../../src/csghub/index.js';

let csghub: MockServer;

beforeAll(async () => {
  // As `npm start` runs it: response violations reported, not turned into errors.
  csghub = await startMock({ api: 'csghub' });
});

afterAll(async () => {
  await csghub.stop();
});

describe('CFGPU refusals', () => {
  it('answer HTTP 200, success false, 10001, naming the field; the client throws CfgpuError', async () => {
    const cfgpu = new CFGPU({ token: 't', baseUrl: inject('mockUrls')['cfgpu'], maxRetries: 0 });
    const incomplete = { priceType: 'Day', regionCode: 'hz', gpuNum: 1 };
    const error = await cfgpu.instances
      .create(incomplete as unknown as InstanceCreateParams)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CfgpuError);
    const refusal = error as CfgpuError;
    expect(refusal).toMatchObject({ status: 400, httpStatus: 200, errorCode: 10001 });
    expect(refusal.errorMsg).toMatch(/^请求参数错误: .*imageId/);
    expect(refusal.headers?.get('x-mock-validation')).toContain('body.imageId');
    expect(refusal.headers?.get('x-mock-source')).toBeNull();
  });
});

describe('CSGHub refusals', () => {
  it('answer 400 with the error body naming the field; the client throws BadRequestError', async () => {
    const hub = new CSGHub({ token: 't', baseUrl: csghub.url, maxRetries: 0 });
    const error = await hub.models
      .create({ namespace: 'OpenCSG' } as unknown as ModelCreateParams)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    const refusal = error as BadRequestError;
    expect(refusal.status).toBe(400);
    expect(refusal.code).toBe('REQ-ERR-4');
    expect(refusal.message).toContain('body.name');
    expect((refusal.body as { msg: string }).msg).toMatch(/^REQ-ERR-4: body\.name/);
    expect(refusal.headers?.get('x-mock-validation')).toContain('body.name');
  });

  it('name an invalid value with REQ-ERR-6', async () => {
    const response = await fetch(`${csghub.url}/api/v1/models?per=abc`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { msg: string; code: string };
    expect(body.code).toBe('REQ-ERR-6');
    expect(body.msg).toContain('query.per');
  });
});

describe('answers Prism makes itself', () => {
  const get = (path: string, prefer?: string) =>
    fetch(`${csghub.url}${path}`, {
      headers: { Authorization: 'Bearer t', ...(prefer ? { Prefer: prefer } : {}) },
    });

  it.each([
    ['an unknown route', '/api/v1/no-such-route', undefined],
    ['an unknown example name', '/api/v1/models', 'example=noSuchExample'],
    ['an undeclared status code', '/api/v1/models', 'code=418'],
  ])('carry x-mock-source: prism for %s, and a log line', async (_what, path, prefer) => {
    const response = await get(path, prefer);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.headers.get('content-type')).toContain('problem+json');
    expect(response.headers.get('x-mock-source')).toBe('prism');
    expect(csghub.output()).toContain(`prism-made ${String(response.status)} for GET ${path}`);
  });

  it('leave the service’s own answers unmarked, a declared 404 included', async () => {
    const found = await get('/api/v1/models');
    expect(found.status).toBe(200);
    expect(found.headers.get('x-mock-source')).toBeNull();
    const missing = await get('/api/v1/models/OpenCSG/csg-wukong-1B', 'code=404');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-mock-source')).toBeNull();
    expect(missing.headers.get('content-type')).not.toContain('problem+json');
  });
});

describe('describing a finding', () => {
  it('names the field, also when Prism puts it in the message, and keeps headers one ASCII line', () => {
    expect(
      describeValidation({
        path: ['body'],
        message: "must have required property 'imageId'",
        severity: 0,
      }),
    ).toEqual({
      field: 'body.imageId',
      text: "body.imageId: must have required property 'imageId'",
    });
    expect(
      describeValidation({ path: ['query', 'per'], message: 'must be integer', severity: 0 }).field,
    ).toBe('query.per');
    expect(headerValue('名称\r\nX-Injected: 1')).toBe('\\u540d\\u79f0 X-Injected: 1');
    expect(headerValue('x'.repeat(5000))).toHaveLength(1000);
  });
});
