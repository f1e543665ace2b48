/**
 * Dedicated inference endpoints (model runs) on the data-backed CSGHub mock, through the public
 * client: created, followed to Running on the status stream, stopped, started, listed and
 * deleted, as a UI's deploy page drives them. Every answer is checked against the spec.
 */
import { describe, expect, it } from 'vitest';
import { CURRENT_USER } from '../../mocks/data/csghub-people.js';
import { NotFoundError } from '../../src/csghub/index.js';
import { dataBackedCsghub } from '../helpers/data-mock.js';

const mock = dataBackedCsghub({ resetEach: true, statefulDelayMs: 150 });
const { client } = mock;
const MODEL = 'OpenCSG/csg-wukong-1B';
const request = {
  deploy_name: 'wukong-chat',
  runtime_framework_id: 12,
  resource_id: 27,
  min_replica: 1,
  max_replica: 1,
  secure_level: 2 as const,
};

describe('dedicated endpoints', () => {
  it('deploys, runs, stops, starts again and deletes one, the status stream following', async () => {
    const runs = client().models.runs;
    const { deploy_id: id } = await runs.create(MODEL, request);
    const first = await runs.get(MODEL, id);
    expect(first).toMatchObject({ deploy_id: id, deploy_name: 'wukong-chat', model_id: MODEL });
    expect(['Building', 'Deploying']).toContain(first.status);

    const running = await runs.waitFor(MODEL, id, 'Running', { timeoutMs: 10_000 });
    expect(running.status).toBe('Running');
    const up = await runs.get(MODEL, id);
    expect([up.status, up.instances?.length, up.private]).toEqual(['Running', 1, true]);
    expect(up.endpoint).toMatch(/\.space\.opencsg\.com$/);

    await runs.stop(MODEL, id);
    expect((await runs.get(MODEL, id)).status).toBe('Stopped');
    await runs.start(MODEL, id);
    await runs.waitFor(MODEL, id, 'Running', { timeoutMs: 10_000 });

    await runs.update(MODEL, id, { deploy_name: 'wukong-chat-2' });
    expect((await runs.get(MODEL, id)).deploy_name).toBe('wukong-chat-2');
    // Replicas, hardware, runtime and arguments change only on a stopped endpoint.
    const scale = { min_replica: 0, max_replica: 2 };
    await expect(runs.update(MODEL, id, scale)).rejects.toMatchObject({
      status: 500,
      code: 'DEPLOY-ERR-1',
    });
    await runs.stop(MODEL, id);
    await runs.update(MODEL, id, scale);
    expect(await runs.get(MODEL, id)).toMatchObject({ ...scale, status: 'Stopped' });

    await runs.delete(MODEL, id);
    await expect(runs.get(MODEL, id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('shows the hardware and runtime picked, from the offers and frameworks it lists', async () => {
    const hub = client();
    const [offers, frameworks] = await Promise.all([
      hub.spaceResources.list({ deploy_type: 1 }),
      hub.runtimeFrameworks.listForModel(MODEL),
    ]);
    const cpu = offers.items.find((o) => o.type === 'cpu');
    const gpu = offers.items.find((o) => o.type === 'gpu');
    const sglang = frameworks.find((f) => f.frame_name === 'sglang')?.versions?.[0];
    if (!cpu || !gpu || !sglang)
      throw new Error('the examples lack a CPU offer, a GPU offer or SGLang');
    const { deploy_id: id } = await hub.models.runs.create(MODEL, {
      ...request,
      resource_id: cpu.id,
      runtime_framework_id: sglang.id,
    });
    expect(await hub.models.runs.get(MODEL, id)).toMatchObject({
      hardware: cpu.resources,
      runtime_framework: 'sglang',
      image_id: sglang.frame_image,
    });
    await hub.models.runs.stop(MODEL, id);
    await hub.models.runs.update(MODEL, id, { resource_id: gpu.id });
    expect(await hub.models.runs.get(MODEL, id)).toMatchObject({
      hardware: gpu.resources,
      runtime_framework: 'sglang',
    });
  });

  it('lists the endpoints made, newest first, on the model and on the user’s running page', async () => {
    const hub = client();
    const a = await hub.models.runs.create(MODEL, request);
    const b = await hub.models.runs.create(MODEL, { ...request, deploy_name: 'second' });
    expect((await hub.models.runs.list(MODEL)).map((r) => r.deploy_id)).toEqual([
      b.deploy_id,
      a.deploy_id,
    ]);
    expect(await hub.models.runs.list('OpenCSG/csg-wukong-1B-chat-v0.1')).toEqual([]);
    const page = await hub.users.listRuns(CURRENT_USER, 'model', { per: 1 });
    expect([page.total, page.items.map((r) => r.deploy_name)]).toEqual([2, ['second']]);
    await expect(hub.models.runs.create('nobody/no-such-model', request)).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});

describe('a serverless deploy', () => {
  it('is one per model: created, kept with its settings, changed once stopped, and deleted', async () => {
    const serverless = client().models.serverless;
    const settings = { ...request, deploy_name: 'wukong-sl', min_replica: 0, max_replica: 4 };
    const { deploy_id: id } = await serverless.create(MODEL, settings);
    // Asking again answers the same deploy and changes nothing.
    expect(await serverless.create(MODEL, { ...settings, deploy_name: 'other' })).toMatchObject({
      deploy_id: id,
    });
    expect(await serverless.getForModel(MODEL)).toMatchObject({
      deploy_id: id,
      deploy_name: 'wukong-sl',
      max_replica: 4,
      secure_level: 1,
    });
    await serverless.waitFor(MODEL, id, 'Running', { timeoutMs: 10_000 });
    await expect(serverless.update(MODEL, id, { max_replica: 8 })).rejects.toMatchObject({
      status: 500,
      code: 'DEPLOY-ERR-1',
    });
    await serverless.stop(MODEL, id);
    await serverless.update(MODEL, id, { max_replica: 8 });
    expect(await serverless.get(MODEL, id)).toMatchObject({ max_replica: 8, status: 'Stopped' });

    await serverless.delete(MODEL);
    expect(await serverless.getForModel(MODEL)).toBeNull();
    const again = await serverless.create(MODEL, settings);
    expect(again.deploy_id).not.toBe(id);
  });
});
