import * as ops from '../../../generated/csghub.operations.js';
import type { SpaceResource, SpaceResourceListParams } from '../../../generated/csghub.types.js';
import type { RequestOptions } from '../../core/options.js';
import type { PagePromise } from '../../core/pagination.js';
import { APIResource } from '../../internal/resource.js';
import { listPages, type CsghubPage } from '../pagination.js';

/** Hardware offers of the hub's clusters: the `resource_id` of deploys, fine-tuning and evaluations. */
export class SpaceResources extends APIResource {
  /**
   * The offers for one kind of work (`deploy_type`: 0 spaces, 1 dedicated inference, 2
   * fine-tuning, 3 serverless, 4 evaluations), of every cluster unless `cluster_id` names some.
   */
  list(
    params: SpaceResourceListParams = {},
    options?: RequestOptions,
  ): PagePromise<CsghubPage<SpaceResource>, SpaceResource> {
    return listPages(
      this.transport,
      ops.listSpaceResources,
      { params: { query: params } },
      options,
    );
  }
}
