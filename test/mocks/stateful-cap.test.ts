/**
 * The stateful stores, driven directly with a small cap: creates past it are refused with an
 * answer the spec declares for the operation, saying the mock is full.
 */
import type { IHttpOperation } from '@stoplight/types';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadOperations } from '../../mocks/operations.js';
import type { MockArgs } from '../../mocks/prism-types.js';
import { createStore } from '../../mocks/stateful/index.js';
import { writeBundledSpec } from '../../tooling/bundled-spec.js';

const operations: Record<string, IHttpOperation[]> = {};

beforeAll(async () => {
  for (const api of ['csghub', 'cfgpu']) {
    operations[api] = await loadOperations(await writeBundledSpec(api));
  }
});

/** A store of `api` holding at most `maxRecords`, and a way to send it one request. */
function storeOf(api: string, maxRecords: number) {
  const ops = operations[api] ?? [];
  const store = createStore(api, ops, { delayMs: 0, maxRecords });
  return (iid: string, path: string, body: Record<string, unknown> = {}) => {
    const resource = ops.find((op) => op.iid === iid);
    if (!resource) throw new Error(`no ${iid}`);
    const args: MockArgs = {
      resource,
      input: { data: { method: resource.method, url: { path }, body }, validations: [] },
      config: {},
    };
    return store.answer(args, (code) => ({ specAnswer: code })) as
      { right: { statusCode: number; body: Record<string, unknown> } } | undefined;
  };
}

describe('stateful stores are capped', () => {
  it('refuses a CSGHub create past the cap with a 500 error body, per kind', () => {
    const send = storeOf('csghub', 2);
    const create = (name: string) => send('createModel', '/api/v1/models', { name });
    expect(create('a')?.right.statusCode).toBe(200);
    expect(create('b')?.right.statusCode).toBe(200);
    const refused = create('c')?.right;
    expect(refused?.statusCode).toBe(500);
    expect(refused?.body['msg']).toMatch(/^the mock is full: .*2 models/);
    // Another kind has room of its own; deleting one makes room again.
    expect(send('createDataset', '/api/v1/datasets', { name: 'a' })?.right.statusCode).toBe(200);
    send('deleteModel', '/api/v1/models/wanghh2000/a');
    expect(create('c')?.right.statusCode).toBe(200);
  });

  it('refuses SSH keys and access tokens past the cap, the two counted together', () => {
    const send = storeOf('csghub', 2);
    const key =
      'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIR2P/kV5XQAl2AjifUaPiPBWYh5j+ax7TLys5bBeR6N demo@laptop';
    const keys = '/api/v1/user/wanghh2000/ssh_keys';
    expect(send('createUserSshKey', keys, { name: 'k', content: key })?.right.statusCode).toBe(200);
    expect(send('createAccessToken', '/api/v1/token/git/a')?.right.statusCode).toBe(200);
    const refused = send('createAccessToken', '/api/v1/token/git/b')?.right;
    expect(refused?.statusCode).toBe(500);
    expect(refused?.body['msg']).toMatch(/^the mock is full: .*SSH keys and access tokens/);
  });

  it('refuses serverless deploys and space runs past the cap with a 400 error body', () => {
    const send = storeOf('csghub', 1);
    const deploy = (model: string) =>
      send('createServerlessDeploy', `/api/v1/models/${model}/serverless`);
    const first = deploy('OpenCSG/csg-wukong-1B')?.right;
    expect(first?.statusCode).toBe(200);
    // A model has one serverless deploy: asking again answers it and takes no more room.
    expect(deploy('OpenCSG/csg-wukong-1B')?.right.body).toEqual(first?.body);
    expect(send('createModel', '/api/v1/models', { name: 'b' })?.right.statusCode).toBe(200);
    expect(deploy('wanghh2000/b')?.right).toMatchObject({
      statusCode: 400,
      body: { msg: expect.stringMatching(/^the mock is full/) as unknown },
    });
    const run = storeOf('csghub', 1);
    // Prism answers a run; running the same space again takes no more room.
    expect(run('runSpace', '/api/v1/spaces/OpenCSG/a/run')).toBeUndefined();
    expect(run('runSpace', '/api/v1/spaces/OpenCSG/a/run')).toBeUndefined();
    expect(run('runSpace', '/api/v1/spaces/OpenCSG/b/run')?.right.statusCode).toBe(400);
  });

  it('refuses a CFGPU create past the cap with success:false and errorCode 51001', () => {
    const send = storeOf('cfgpu', 1);
    const seeded = (
      send('listInstances', '/userapi/v1/instance/page', { pageSize: 100 })?.right.body[
        'content'
      ] as { total: number }
    ).total;
    const create = () =>
      send('createInstance', '/userapi/v1/instance/create', { regionCode: 'hz', gpuType: 'x' });
    expect(create()?.right.body).toMatchObject({ success: true });
    const refused = create()?.right;
    expect(refused?.statusCode).toBe(200);
    expect(refused?.body).toMatchObject({
      success: false,
      errorCode: 51001,
      errorMsg: expect.stringMatching(/^the mock is full: .*1 instances/) as unknown,
      content: null,
    });
    expect(seeded).toBeGreaterThan(0);
  });
});
