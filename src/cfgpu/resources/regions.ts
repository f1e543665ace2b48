import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/options.js';
import { APIResource } from '../../internal/resource.js';
import { listRegions } from '../../../generated/cfgpu.operations.js';
import type { Region } from '../../../generated/cfgpu.types.js';
import { orEmpty } from '../../internal/payload.js';

/** Data-centre regions where instances can be created. */
export class Regions extends APIResource {
  /** Lists the regions where instances can be created. */
  list(options?: RequestOptions): APIPromise<Region[]> {
    return this.transport.request(listRegions, {}, options, orEmpty<Region>);
  }
}
