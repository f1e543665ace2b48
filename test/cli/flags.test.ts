/**
 * Integer flags and arguments take plain decimal numbers in their range and nothing else:
 * `1e9`, `0x10`, ` 5`, `5.0` or `010` is a usage error naming the flag (exit 2), and nothing
 * is sent. Real processes against a local server that counts what reaches it.
 */
import http from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listen } from '../../tooling/static-server.js';
import { run } from './run.js';

const seen: URL[] = [];
const server = http.createServer((request, response) => {
  seen.push(new URL(request.url ?? '/', 'http://localhost'));
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(
    request.url?.startsWith('/userapi/')
      ? JSON.stringify({ success: true, content: { records: [], total: 0 } })
      : JSON.stringify({ msg: 'OK', data: [], total: 0 }),
  );
});

let base = '';
beforeAll(async () => {
  base = await listen(server, 0, '127.0.0.1');
});
afterAll(() => {
  server.close();
});
beforeEach(() => {
  seen.length = 0;
});

const hub = (args: string[]) =>
  run('csghub', ['--base-url', base, ...args], { env: { CSGHUB_TOKEN: 'tok-flags-test' } });
const gpu = (args: string[]) =>
  run('cfgpu', ['--base-url', base, ...args], { env: { CFGPU_API_TOKEN: 'tok-flags-test' } });

const NOT_DECIMAL = ['1e9', '0x10', ' 5', '5 ', '5.0', '010', '+5', '-1', '0', '', '1_000'];

describe('integer flags', () => {
  it.each(NOT_DECIMAL)('csghub models list --per %j is refused, exit 2', async (value) => {
    const { code, stdout, stderr } = await hub(['models', 'list', '--per', value]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^csghub models list: --per must be a whole number from 1 to 100\b/);
    expect(seen).toEqual([]);
  });

  it.each([
    [['models', 'list', '--per', '101'], /--per must be a whole number from 1 to 100/],
    [['models', 'list', '--page', '1e3'], /--page must be a whole number/],
    [['models', 'list', '--page', '9007199254740993'], /--page must be a whole number/],
    [['my-models', '--per', '0x10'], /--per must be/],
    [['list', 'datasets', '--page', ' 2'], /--page must be/],
    [['orgs', 'list', '--per', '1e1'], /--per must be/],
    [['spaces', 'status', 'a/b', '--timeout', '0x10'], /--timeout must be/],
    [['spaces', 'status', 'a/b', '--timeout', '86401'], /--timeout must be .* to 86400/],
    [['collections', 'get', '1e1'], /\bid must be/],
    [['serverless', 'status', 'a/b', '0x2a'], /deployId must be/],
    [['bills', '--from', '2026-01-01', '--to', '2026-01-31', '--scene', '1e1'], /--scene must/],
  ])('csghub %j is refused, exit 2, nothing sent', async (args, message) => {
    const { code, stderr } = await hub(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(seen).toEqual([]);
  });

  it.each([
    [['instances', 'list', '--per', '1e9'], /--per must be a whole number from 1 to 100/],
    [['instances', 'list', '--page', '0x10'], /--page must be/],
    [
      ['instances', 'create', '--region', 'hz', '--gpu', 'g', '--image', 'i', '--gpus', '2.0'],
      /--gpus must/,
    ],
    [
      ['instances', 'create', '--region', 'hz', '--gpu', 'g', '--image', 'i', '--disk', '1e2'],
      /--disk must/,
    ],
    [['instances', 'start', 'i-1', '--wait', '--timeout', ' 9'], /--timeout must/],
  ])('cfgpu %j is refused, exit 2, nothing sent', async (args, message) => {
    const { code, stderr } = await gpu(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(seen).toEqual([]);
  });

  it('sends plain numbers in range as they are', async () => {
    const list = await hub(['models', 'list', '--per', '100', '--page', '9007199254740991']);
    expect(list.code).toBe(0);
    expect(seen[0]?.searchParams.get('per')).toBe('100');
    expect(seen[0]?.searchParams.get('page')).toBe('9007199254740991');
    const instances = await gpu(['instances', 'list', '--per', '100', '--page', '2']);
    expect(instances.code).toBe(0);
  });
});
