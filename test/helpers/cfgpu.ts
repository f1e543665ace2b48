import { CFGPU, type CfgpuOptions } from '../../src/cfgpu/index.js';
import { fakeFetch, TOKEN, type Handler } from './fake-fetch.js';

/** A CFGPU client wired to a fake server, with instant retries unless overridden. */
export function cfgpuWith(handler: Handler, options: CfgpuOptions = {}) {
  const { fetch, seen } = fakeFetch(handler);
  const cfgpu = new CFGPU({
    token: TOKEN,
    baseUrl: 'https://cfgpu.test',
    fetch,
    retryDelay: () => 0,
    ...options,
  });
  return { cfgpu, seen };
}

/** A valid instance create request. */
export const CREATE = {
  priceType: 'Day',
  regionCode: 'hz',
  gpuType: 'qnid2x6c',
  gpuNum: 1,
  imageId: 'image_exc6f72b',
} as const;
