/**
 * `npm start -- --stateful`: the demo flows, end to end through the public clients, against
 * mocks that validate every request and turn any response violation into an error. The
 * recorder also fails a test on any `sl-violations` report, so a stored answer that drifted
 * from the spec cannot pass.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startMock, type MockServer } from '../../mocks/launcher.js';
import { CFGPU, CfgpuError } from '../../src/cfgpu/index.js';
import { CSGHub, NotFoundError } from '../../src/csghub/index.js';
import { ContractRecorder } from '../contract/recorder.js';

/** Short, so the lifecycle runs in a second or two; waits poll faster than it. */
const DELAY_MS = 200;
const WAIT = { intervalMs: 40, timeoutMs: 5000 };

let cfgpuMock: MockServer;
let csghubMock: MockServer;
const recorders: Record<string, ContractRecorder> = {};

beforeAll(async () => {
  const start = (api: string) =>
    startMock({ api, errors: true, stateful: true, statefulDelayMs: DELAY_MS });
  [cfgpuMock, csghubMock] = await Promise.all([start('cfgpu'), start('csghub')]);
  recorders['cfgpu'] = await ContractRecorder.forApi('cfgpu');
  recorders['csghub'] = await ContractRecorder.forApi('csghub');
  // Prism prepares each operation on its first request; done here, it cannot eat into a delay.
  const headers = { authorization: 'demo-token' };
  await fetch(`${cfgpuMock.url}/userapi/v1/instance/instance-8f3kq2m1/status`, { headers });
  await fetch(`${cfgpuMock.url}/userapi/v1/instance/status`, { headers });
});

afterAll(async () => {
  await Promise.all([cfgpuMock.stop(), csghubMock.stop()]);
});

afterEach(() => {
  for (const recorder of Object.values(recorders)) expect(recorder.takeViolations()).toEqual([]);
});

const cfgpuClient = () =>
  new CFGPU({ token: 'demo-token', baseUrl: cfgpuMock.url, fetch: recorders['cfgpu']?.fetch });
const csghubClient = () =>
  new CSGHub({ token: 'demo-token', baseUrl: csghubMock.url, fetch: recorders['csghub']?.fetch });

const NEW_INSTANCE = {
  priceType: 'Usage',
  regionCode: 'hz',
  gpuType: 'qnid2x6c',
  gpuNum: 1,
  imageId: 'image_exc6f72b',
  instanceName: 'stateful-demo',
} as const;

describe('stateful CFGPU mock', () => {
  it('walks an instance through its whole life, visible in status and in the list', async () => {
    const cfgpu = cfgpuClient();
    const { instanceId } = await cfgpu.instances.create(NEW_INSTANCE);
    expect((await cfgpu.instances.getStatus(instanceId)).statusCode).toBe('CREATING');
    const listed = await cfgpu.instances.list({ keyWord: 'stateful-demo' });
    expect(listed.items.map((i) => [i.instanceId, i.statusCode, i.gpuName, i.region])).toEqual([
      [instanceId, 'CREATING', 'RTX 4090', expect.any(String)],
    ]);

    expect((await cfgpu.instances.waitFor(instanceId, 'RUNNING', WAIT)).status).toBe('运行中');
    await cfgpu.instances.stop(instanceId);
    expect((await cfgpu.instances.getStatus(instanceId)).statusCode).toBe('STOPPING');
    await cfgpu.instances.waitFor(instanceId, 'CLOSED', WAIT);
    await cfgpu.instances.changeImage(instanceId, { imageId: 'image_p4t7c121' });
    const [changed] = (await cfgpu.instances.list({ keyWord: 'stateful-demo' })).items;
    expect(changed?.imageName).toBe(
      'PyTorch 版本:2.3.1 Python 版本:3.10(ubuntu22.04) Cuda 版本:12.1',
    );
    await cfgpu.instances.start(instanceId);
    await cfgpu.instances.waitFor(instanceId, 'RUNNING', WAIT);
    await cfgpu.instances.stop(instanceId);
    await cfgpu.instances.waitFor(instanceId, 'CLOSED', WAIT);
    await cfgpu.instances.release(instanceId);
    await cfgpu.instances.waitFor(instanceId, 'RELEASED', WAIT);

    const statuses = await cfgpu.instances.listStatuses();
    expect(statuses).toContainEqual({ instanceId, statusCode: 'RELEASED', status: '已释放' });
    const released = await cfgpu.instances.list({ status: 'RELEASED', pageSize: 50 });
    expect(released.items.map((i) => i.instanceId)).toContain(instanceId);
    // An empty status or keyword filters nothing: the released one is listed with the rest.
    const any = await cfgpu.instances.list({ status: '', keyWord: '', pageSize: 50 });
    expect(any.items.map((i) => i.instanceId)).toContain(instanceId);
    expect(any.total).toBe((await cfgpu.instances.list({ pageSize: 50 })).total);
  });

  it('refuses what the service refuses, with its error codes', async () => {
    const cfgpu = cfgpuClient();
    const { instanceId } = await cfgpu.instances.create(NEW_INSTANCE);
    const code = (promise: Promise<unknown>) =>
      promise.then(
        () => 'succeeded',
        (error: unknown) => (error instanceof CfgpuError ? error.errorCode : error),
      );
    expect(await code(cfgpu.instances.stop(instanceId))).toBe(52002);
    await cfgpu.instances.waitFor(instanceId, 'RUNNING', WAIT);
    expect(await code(cfgpu.instances.start(instanceId))).toBe(52003);
    expect(await code(cfgpu.instances.release(instanceId))).toBe(52007);
    expect(await code(cfgpu.instances.changeImage(instanceId, { imageId: 'x1' }))).toBe(52007);
    await cfgpu.instances.stop(instanceId);
    expect(await code(cfgpu.instances.stop(instanceId))).toBe(52004);
    await cfgpu.instances.waitFor(instanceId, 'CLOSED', WAIT);
    expect(await code(cfgpu.instances.stop(instanceId))).toBe(52005);
    expect(await code(cfgpu.instances.getStatus('instance-unknown'))).toBe('BIZ_ERROR');

    const prepaid = await cfgpu.instances.create({ ...NEW_INSTANCE, priceType: 'Day' });
    await cfgpu.instances.waitFor(prepaid.instanceId, 'RUNNING', WAIT);
    await cfgpu.instances.stop(prepaid.instanceId);
    await cfgpu.instances.waitFor(prepaid.instanceId, 'CLOSED', WAIT);
    expect(await code(cfgpu.instances.release(prepaid.instanceId))).toBe(52009);
  });

  it('pages the list: the spec example instances plus every one created', async () => {
    const cfgpu = cfgpuClient();
    const all = [];
    for await (const instance of cfgpu.instances.list({ pageSize: 2 })) all.push(instance);
    const first = await cfgpu.instances.list({ pageSize: 2 });
    expect(first.total).toBe(all.length);
    expect(new Set(all.map((i) => i.instanceId)).size).toBe(all.length);
    // Newest first.
    const times = all.map((i) => i.createTime ?? 0);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('still answers the scenario a request asks for', async () => {
    const response = await fetch(`${cfgpuMock.url}/userapi/v1/instance/page`, {
      method: 'POST',
      headers: {
        authorization: 'demo-token',
        'content-type': 'application/json',
        prefer: 'example=empty',
      },
      body: '{}',
    });
    const body = (await response.json()) as { content: { total: number } };
    expect(body.content.total).toBe(0);
  });
});

describe('stateful CSGHub mock', () => {
  it('creates, reads, updates and deletes a model', async () => {
    const csghub = csghubClient();
    const created = await csghub.models.create({
      namespace: 'demo-org',
      name: 'stateful-model',
      nickname: 'Stateful model',
      private: true,
      license: 'mit',
    });
    expect(created).toMatchObject({ name: 'stateful-model', path: 'demo-org/stateful-model' });
    const read = await csghub.models.get('demo-org/stateful-model');
    expect(read).toMatchObject({
      name: 'stateful-model',
      nickname: 'Stateful model',
      private: true,
      likes: 0,
      user: { username: 'demo-org' },
    });
    const updated = await csghub.models.update('demo-org/stateful-model', {
      description: 'Now described',
    });
    expect(updated.description).toBe('Now described');
    expect((await csghub.models.get('demo-org/stateful-model')).description).toBe('Now described');
    await csghub.models.delete('demo-org/stateful-model');
    await expect(csghub.models.get('demo-org/stateful-model')).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('lists what was created, newest first, and forgets what was deleted', async () => {
    const csghub = csghubClient();
    await csghub.codes.create({ name: 'listed-one' });
    await csghub.codes.create({ name: 'listed-two' });
    const page = await csghub.codes.list({ search: 'listed-', per: 10 });
    expect(page.items.map((c) => c.path)).toEqual([
      'wanghh2000/listed-two',
      'wanghh2000/listed-one',
    ]);
    expect(page.total).toBe(2);
    const everything = await csghub.codes.list({ per: 100 });
    expect(everything.items.length).toBeGreaterThan(2);
    await csghub.codes.delete('wanghh2000/listed-one');
    const after = await csghub.codes.list({ search: 'listed-' });
    expect(after.items.map((c) => c.path)).toEqual(['wanghh2000/listed-two']);
  });

  it("puts a repository created without a namespace in the token user's own list", async () => {
    const csghub = csghubClient();
    await csghub.models.create({ name: 'mine-by-default' });
    const mine = await csghub.users.listModels('wanghh2000', { per: 100 });
    expect(mine.items.map((m) => m.path)).toContain('wanghh2000/mine-by-default');
  });

  it('keeps kinds apart and refuses a name taken twice', async () => {
    const csghub = csghubClient();
    await csghub.datasets.create({ name: 'stateful-data' });
    expect((await csghub.datasets.get('wanghh2000/stateful-data')).path).toBe(
      'wanghh2000/stateful-data',
    );
    await expect(csghub.datasets.create({ name: 'stateful-data' })).rejects.toMatchObject({
      status: 400,
    });
    // Not a model: there is no model of that name.
    await expect(csghub.models.get('wanghh2000/stateful-data')).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('runs a space until it is Running, and stops it', async () => {
    const csghub = csghubClient();
    await csghub.spaces.create({
      name: 'stateful-space',
      license: 'apache-2.0',
      sdk: 'gradio',
      resource_id: 1,
      cluster_id: '3c5d1a2e-9f0b-4a57-8d6e-2b1f0c7e9a14',
    });
    const firstStatus = async () => {
      for await (const event of csghub.spaces.streamStatus('wanghh2000/stateful-space')) {
        return event.status;
      }
      return undefined;
    };
    expect(await firstStatus()).toBe('');
    await csghub.spaces.run('wanghh2000/stateful-space');
    expect(await firstStatus()).toBe('Building');
    const running = await csghub.spaces.waitFor('wanghh2000/stateful-space', 'Running', WAIT);
    expect(running.status).toBe('Running');
    await csghub.spaces.stop('wanghh2000/stateful-space');
    await csghub.spaces.waitFor('wanghh2000/stateful-space', 'Stopped', WAIT);
  });

  it('deploys a model serverless until it is Running', async () => {
    const csghub = csghubClient();
    const { deploy_id } = await csghub.models.serverless.create('OpenCSG/csg-wukong-1B', {
      deploy_name: 'wukong-serverless',
      resource_id: 77,
      runtime_framework_id: 3,
    });
    expect((await csghub.models.serverless.get('OpenCSG/csg-wukong-1B', deploy_id)).status).toBe(
      'Deploying',
    );
    const running = await csghub.models.serverless.waitFor(
      'OpenCSG/csg-wukong-1B',
      deploy_id,
      'Running',
      WAIT,
    );
    expect(running.status).toBe('Running');
    await csghub.models.serverless.stop('OpenCSG/csg-wukong-1B', deploy_id);
    expect((await csghub.models.serverless.get('OpenCSG/csg-wukong-1B', deploy_id)).status).toBe(
      'Stopped',
    );
  });

  it('holds the repositories of the spec examples too', async () => {
    const model = await csghubClient().models.get('OpenCSG/csg-wukong-1B');
    expect(model.path).toBe('OpenCSG/csg-wukong-1B');
  });
});
