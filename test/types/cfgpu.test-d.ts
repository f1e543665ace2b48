import { describe, expectTypeOf, it } from 'vitest';
import type {
  CfgpuErrorCode,
  CfgpuPage,
  CfgpuPaths,
  Instance,
  InstanceCreateParams,
  InstanceStatus,
  PagePromise,
  Region,
} from '../../src/cfgpu/index.js';
import { CFGPU, CfgpuError } from '../../src/cfgpu/index.js';

declare const cfgpu: CFGPU;

type Content<P extends keyof CfgpuPaths, M extends 'get' | 'post'> = NonNullable<
  CfgpuPaths[P][M] extends {
    responses: { 200: { content: { 'application/json': { content?: infer C } } } };
  }
    ? C
    : never
>;

describe('CFGPU client types', () => {
  it('returns the spec payloads', () => {
    expectTypeOf(cfgpu.regions.list()).resolves.toEqualTypeOf<Region[]>();
    expectTypeOf<Region[]>().toEqualTypeOf<Content<'/userapi/v1/region/list', 'get'>>();
    expectTypeOf(cfgpu.instances.getStatus('i')).resolves.toEqualTypeOf<InstanceStatus>();
    expectTypeOf<InstanceStatus>().toEqualTypeOf<
      Content<'/userapi/v1/instance/{instanceId}/status', 'get'>
    >();
    expectTypeOf<ReturnType<CFGPU['instances']['create']>>().resolves.toEqualTypeOf<
      Content<'/userapi/v1/instance/create', 'post'>
    >();
  });

  it('pages are awaitable and async-iterable over instances', () => {
    const pages = cfgpu.instances.list({ status: 'RUNNING' });
    expectTypeOf(pages).toEqualTypeOf<PagePromise<CfgpuPage<Instance>, Instance>>();
    expectTypeOf(pages).resolves.toHaveProperty('records').toEqualTypeOf<Instance[]>();
    expectTypeOf(pages).toExtend<AsyncIterable<Instance>>();
  });

  it('requires what the service requires', () => {
    const params: InstanceCreateParams = {
      priceType: 'Day',
      regionCode: 'hz',
      gpuType: 'qnid2x6c',
      gpuNum: 1,
      imageId: 'image_1',
    };
    void cfgpu.instances.create(params);
    // @ts-expect-error imageId is required
    void cfgpu.instances.create({ priceType: 'Day', regionCode: 'hz', gpuType: 'x', gpuNum: 1 });
    // @ts-expect-error priceType is an enum
    void cfgpu.instances.create({ ...params, priceType: 'Hourly' });
    // @ts-expect-error waitFor takes a known state
    void cfgpu.instances.waitFor('i', 'DONE');
  });

  it('types error codes as the known union, open to others', () => {
    expectTypeOf<52005>().toExtend<CfgpuErrorCode>();
    expectTypeOf<'BIZ_ERROR'>().toExtend<CfgpuErrorCode>();
    expectTypeOf<CfgpuError['errorCode']>().toEqualTypeOf<CfgpuErrorCode | undefined>();
  });
});
