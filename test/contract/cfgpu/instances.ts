import { describe, expect, it } from 'vitest';
import { CfgpuError, type InstanceCreateParams } from '../../../src/cfgpu/index.js';
import { client, example, recorder } from './context.js';

const CREATE: InstanceCreateParams = {
  priceType: 'Day',
  regionCode: 'hz',
  gpuType: 'qnid2x6c',
  gpuNum: 1,
  imageId: 'image_exc6f72b',
  serviceTime: 1,
  instanceName: 'contract-test',
};

const ID = 'instance-8f3kq2m1';

export function instances(): void {
  describe('instances', () => {
    it('creates an instance with only the required fields', async () => {
      const { instanceName, serviceTime, ...required } = CREATE;
      await expect(client().instances.create(required)).resolves.toEqual({ instanceId: ID });
    });

    it('creates an instance with every field', async () => {
      const params = {
        ...CREATE,
        priceType: 'Usage',
        sysDiskExpandSize: 20,
        expandSize: 100,
      } as const;
      await expect(client().instances.create(params)).resolves.toEqual({ instanceId: ID });
    });

    it.each([
      ['insufficientBalance', 50001, 402],
      ['balanceUnderOneHour', 52001, 402],
      ['insufficientResources', 51001, 503],
      ['insufficientGpu', 51002, 503],
      ['badRequest', 10001, 400],
    ])('raises CfgpuError for create failure %s', async (name, code, status) => {
      await expect(client().instances.create(CREATE, example(name))).rejects.toMatchObject({
        errorCode: code,
        status,
        httpStatus: 200,
      });
    });

    it('has a create without required fields refused by request validation', async () => {
      const { imageId, ...incomplete } = CREATE;
      // Refused as the service refuses: success false, 10001, the field named.
      const error = await client()
        .instances.create(incomplete as InstanceCreateParams)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CfgpuError);
      expect(error).toMatchObject({ errorCode: 10001, status: 400, httpStatus: 200 });
      expect((error as CfgpuError).errorMsg).toContain('imageId');
      expect(recorder.takeViolations().join()).toContain('imageId');
    });

    it('gets one instance state', async () => {
      await expect(client().instances.getStatus(ID)).resolves.toEqual({
        instanceId: ID,
        statusCode: 'RUNNING',
        status: '运行中',
      });
      await expect(client().instances.getStatus(ID, example('notFound'))).rejects.toMatchObject({
        errorCode: 'BIZ_ERROR',
      });
    });

    it('lists every instance state', async () => {
      const states = await client().instances.listStatuses();
      expect(states.map((s) => s.statusCode)).toEqual(['RUNNING', 'CLOSED']);
    });

    it('waits for a state', async () => {
      await expect(
        client().instances.waitFor(ID, 'RUNNING', { intervalMs: 10, timeoutMs: 5000 }),
      ).resolves.toMatchObject({ statusCode: 'RUNNING' });
    });

    it('lists a page of instances and walks them', async () => {
      const page = await client().instances.list({
        pageSize: 10,
        status: 'RUNNING',
        keyWord: 'AI',
      });
      expect(page).toMatchObject({ total: 1, pages: 1, currentPage: 1 });
      expect(page.records[0]).toMatchObject({
        instanceId: ID,
        gpuName: 'RTX 4090',
        memory: 15032385536,
      });
      const ids: string[] = [];
      for await (const instance of client().instances.list()) ids.push(instance.instanceId);
      expect(ids).toEqual([ID]);
      const empty = await client().instances.list({}, example('empty'));
      expect(empty.records).toEqual([]);
    });

    it('takes an empty status and keyword as "any", as callers of the service send them', async () => {
      const page = await client().instances.list({ status: '', keyWord: '', pageSize: 10 });
      expect(page.records[0]).toMatchObject({ instanceId: ID });
    });

    it('starts, stops, changes the image of and releases an instance', async () => {
      const cfgpu = client();
      await expect(cfgpu.instances.start(ID)).resolves.toBeUndefined();
      await expect(cfgpu.instances.stop(ID)).resolves.toBeUndefined();
      await expect(
        cfgpu.instances.changeImage(ID, { imageId: 'image_gzo9zvxs' }),
      ).resolves.toBeUndefined();
      await expect(cfgpu.instances.release(ID)).resolves.toBeUndefined();
    });

    it.each([
      ['start', 'alreadyStarting', 52002],
      ['start', 'alreadyRunning', 52003],
      ['start', 'stopping', 52004],
      ['start', 'expired', 52008],
      ['stop', 'alreadyStopping', 52004],
      ['stop', 'alreadyStopped', 52005],
      ['release', 'alreadyReleasing', 52006],
      ['release', 'mustStopFirst', 52007],
      ['release', 'prepaidNotExpired', 52009],
    ] as const)('raises CfgpuError for %s failure %s', async (action, name, code) => {
      const error = await client()
        .instances[action](ID, example(name))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CfgpuError);
      expect(error).toMatchObject({ errorCode: code });
    });

    it('raises CfgpuError when changing the image of a running instance', async () => {
      await expect(
        client().instances.changeImage(ID, { imageId: 'image_gzo9zvxs' }, example('mustStopFirst')),
      ).rejects.toMatchObject({ errorCode: 52007 });
    });
  });
}
