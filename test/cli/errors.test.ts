/**
 * A service error is one line on stderr that says the command, the status, the service's code
 * and text, the operation and the request id once each.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen } from '../../tooling/static-server.js';
import { run } from './run.js';

/** `/bare` paths answer a code without text, as the server does when it has no translation. */
const server = http.createServer((request, response) => {
  const url = request.url ?? '';
  const cfgpu = url.startsWith('/userapi/');
  const bare = url.includes('bare');
  response.writeHead(cfgpu ? 200 : 404, {
    'content-type': 'application/json',
    'x-request-id': 'req-42',
  });
  response.end(
    JSON.stringify(
      cfgpu
        ? { success: false, errorCode: 52005, errorMsg: bare ? '' : '实例已关机', content: null }
        : { code: 'REPO-ERR-3', msg: bare ? 'REPO-ERR-3' : 'REPO-ERR-3: Repository not found' },
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

  it("say a bare code's meaning in place of the HTTP status text", async () => {
    const hub = await run('csghub', ['--base-url', base, 'models', 'get', 'OpenCSG/bare']);
    expect(hub.stderr).toBe(
      'csghub models get: 404 REPO-ERR-3: Repository not found' +
        ' (getModel: GET /api/v1/models/{namespace}/{name}) [request id req-42]\n',
    );
    const gpu = await run('cfgpu', ['--base-url', base, 'instances', 'stop', 'bare-1', '--yes'], {
      env: { CFGPU_API_TOKEN: 'cli-errors-token' },
    });
    expect(gpu.stderr).toBe(
      'cfgpu instances stop: CFGPU 52005: the instance is already stopped' +
        ' (stopInstance: POST /userapi/v1/instance/{instanceId}/stop) [request id req-42]\n',
    );
  });
});
