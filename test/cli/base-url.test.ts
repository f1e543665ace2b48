/**
 * A base URL with `user:password@` (flag, environment or config file) never shows its
 * credentials in what the commands print: they appear as `***@`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen } from '../../tooling/static-server.js';
import { freshHome, run, type Outcome } from './run.js';

const PASSWORD = 'pa55-w0rd-4d2a';

const server = http.createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end('{"msg":"OK","data":[]}');
});

let withCredentials = '';
let masked = '';
beforeAll(async () => {
  const base = new URL(await listen(server, 0, '127.0.0.1'));
  masked = `http://***@${base.host}`;
  withCredentials = `http://admin:${PASSWORD}@${base.host}`;
});
afterAll(() => {
  server.close();
});

function expectMasked({ stdout, stderr }: Outcome): void {
  expect(stdout + stderr).not.toContain(PASSWORD);
  expect(stdout + stderr).not.toContain('admin:');
  expect(stderr).toContain(masked);
}

describe('credentials in a base URL', () => {
  it('are masked in a csghub error, from the flag and from CSGHUB_URL', async () => {
    const flag = await run('csghub', ['--base-url', withCredentials, 'models', 'list'], {
      env: { CSGHUB_TOKEN: 'tok-base-url' },
    });
    expect(flag.code).toBe(1);
    expectMasked(flag);
    const env = await run('csghub', ['models', 'list'], {
      env: { CSGHUB_TOKEN: 'tok-base-url', CSGHUB_URL: `${withCredentials}/api/v1` },
    });
    expectMasked(env);
  });

  it('are masked in a cfgpu error, from the config file', async () => {
    const home = await freshHome();
    const file = path.join(home, 'csgkit', 'config.json');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(
      file,
      JSON.stringify({ cfgpu: { token: 'tok-base-url', baseUrl: withCredentials } }),
    );
    const regions = await run('cfgpu', ['regions'], { env: { XDG_CONFIG_HOME: home } });
    expect(regions.code).toBe(1);
    expectMasked(regions);
  });

  it('that is not a usable http(s) URL is a usage error (exit 2), named without credentials', async () => {
    const scheme = await run('csghub', ['--base-url', 'javascript:alert(1)', 'models', 'list'], {
      env: { CSGHUB_TOKEN: 'tok-base-url' },
    });
    expect(scheme.code).toBe(2);
    expect(scheme.stderr).toContain('baseUrl must be http or https');
    const query = await run('cfgpu', ['regions'], {
      env: { CFGPU_API_TOKEN: 'tok-base-url', CFGPU_BASE_URL: `${withCredentials}/?x=1` },
    });
    expect(query.code).toBe(2);
    expect(query.stderr).toContain('baseUrl must not have a query or fragment');
    expect(query.stderr).not.toContain(PASSWORD);
  });
});
