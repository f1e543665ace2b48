/**
 * A request target with a malformed percent escape (`50%off`, `%zz`, `%FF` that is not UTF-8),
 * sent raw as a careless client would (fetch and URL would re-encode it). The mock answers it in
 * the API's own error envelope, and goes on serving.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMock, type MockServer } from '../../mocks/launcher.js';

let csghub: MockServer;
let cfgpu: MockServer;

beforeAll(async () => {
  [csghub, cfgpu] = await Promise.all([startMock({ api: 'csghub' }), startMock({ api: 'cfgpu' })]);
});

afterAll(async () => {
  await Promise.all([csghub.stop(), cfgpu.stop()]);
});

/** Sends `target` exactly as written, on a fresh connection. */
function get(mock: MockServer, target: string) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: unknown }>(
    (resolve, reject) => {
      const request = http.get(
        {
          host: '127.0.0.1',
          port: mock.port,
          path: target,
          agent: false,
          headers: { authorization: 'Bearer any-token', origin: 'http://app.test' },
        },
        (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (text += chunk));
          response.on('end', () => {
            resolve({
              status: response.statusCode ?? 0,
              headers: response.headers,
              body: JSON.parse(text) as unknown,
            });
          });
        },
      );
      request.on('error', reject);
    },
  );
}

describe('the CSGHub mock, given a malformed percent escape', () => {
  it.each([
    ['/api/v1/models/OpenCSG/50%off', 'path'],
    ['/api/v1/models/OpenCSG/%FF', 'path'],
    ['/api/v1/models/%zz/csg-wukong-1B', 'path'],
    ['/api/v1/models?search=50%', 'query'],
    ['/api/v1/models?search=%E4%B8', 'query'],
  ])('answers %s with 400 in its error envelope, and keeps serving', async (target, part) => {
    const refused = await get(csghub, target);
    expect(refused.status).toBe(400);
    expect(refused.headers['content-type']).toMatch(/^application\/json/);
    expect(refused.headers['access-control-allow-origin']).toBe('*');
    expect(refused.body).toEqual({
      msg: `REQ-ERR-6: malformed percent-encoding in the request ${part}`,
      code: 'REQ-ERR-6',
    });
    const good = await get(csghub, '/api/v1/models/OpenCSG/csg-wukong-1B');
    expect(good.status).toBe(200);
    expect(good.body).toMatchObject({ data: { path: 'OpenCSG/csg-wukong-1B' } });
  });
});

describe('the CFGPU mock, given a malformed percent escape', () => {
  it.each([
    '/userapi/v1/instance/%zz/status',
    '/userapi/v1/instance/ins-%C3%28/status',
    '/userapi/v1/region/list?x=%',
  ])('refuses %s as the service refuses a bad parameter, and keeps serving', async (target) => {
    const refused = await get(cfgpu, target);
    // CFGPU answers its failures under HTTP 200: `success: false` says it failed.
    expect(refused.status).toBe(200);
    expect(refused.headers['access-control-allow-origin']).toBe('*');
    expect(refused.body).toEqual({
      success: false,
      errorCode: 10001,
      errorMsg: '请求参数错误',
      content: null,
    });
    const good = await get(cfgpu, '/userapi/v1/region/list');
    expect(good.status).toBe(200);
    expect(good.body).toMatchObject({ success: true });
  });
});
