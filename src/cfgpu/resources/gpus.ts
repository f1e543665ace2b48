import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/options.js';
import { APIResource } from '../../internal/resource.js';
import { listGpus } from '../../../generated/cfgpu.operations.js';
import type { Gpu } from '../../../generated/cfgpu.types.js';
import { orEmpty } from '../../internal/payload.js';

/** GPU models that can be rented. */
export class Gpus extends APIResource {
  /** Lists the GPU models that can be rented. */
  list(options?: RequestOptions): APIPromise<Gpu[]> {
    return this.transport.request(listGpus, {}, options, orEmpty<Gpu>);
  }
}
