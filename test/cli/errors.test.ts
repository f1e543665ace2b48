/**
 * A service error is one line on stderr that says the command, the status, the service's code
 * and text, the operation and the request id once each.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen } from '../../tooling/static-server.js';
import { run } from './run.js';

const server = http.createServer((request, response) => {
  const cfgpu = (request.url ?? '').startsWith('/userapi/');
  response.writeHead(cfgpu ? 200 : 404, {
    'content-type': 'application/json',
    'x-request-id': 'req-42',
  });
  response.end(
    JSON.stringify(
      cfgpu
        ? { success: false, errorCode: 52005, errorMsg: '实例已关机', content: null }
        : { code: 'REPO-ERR-3', msg: 'REPO-ERR-3: Repository not found' },
    ),
  );
});

let base = '';
beforeAll(async () => {
  base = await listen(server, 0, '127.0.0.1');
});
afterAll(() => {
  server.close();
});

describe('error lines', () => {
  it('say the CSGHub code once, then its text, the operation and the request id', async () => {
    const { code, stderr } = await run('csghub', [
      '--base-url',
      base,
      'models',
      'get',
      'OpenCSG/missing',
    ]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      'csghub models get: 404 REPO-ERR-3: Repository not found' +
        ' (getModel: GET /api/v1/models/{namespace}/{name}) [request id req-42]\n',
    );
  });

  it('say the CFGPU code once and its text', async () => {
    const { code, stderr } = await run('cfgpu', ['--base-url', base, 'regions'], {
      env: { CFGPU_API_TOKEN: 'cli-errors-token' },
    });
    expect(code).toBe(1);
    expect(stderr).toBe(
      'cfgpu regions: CFGPU 52005: 实例已关机 (listRegions: GET /userapi/v1/region/list) [request id req-42]\n',
    );
  });
});
