import * as ops from '../../../generated/csghub.operations.js';
import type {
  ModelRuntimeFramework,
  RuntimeFramework,
  RuntimeFrameworkListForModelParams,
  RuntimeFrameworkListModelsForParams,
  RuntimeFrameworkListModelsParams,
  RuntimeFrameworkListParams,
  RuntimeFrameworkModel,
} from '../../../generated/csghub.types.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/options.js';
import type { PagePromise } from '../../core/pagination.js';
import { APIResource } from '../../internal/resource.js';
import type { Operation } from '../../internal/transport.js';
import { listPages, type CsghubPage } from '../pagination.js';
import type { BodyOf, QueryOf } from '../types.js';
import { orEmpty } from '../../internal/payload.js';
import type { RepoId } from '../ids.js';
import { repoCall } from '../internal/repo-call.js';

/** The models (`namespace/name`) and the use (`deploy_type`, inference by default). */
export type RuntimeFrameworkAddModelsParams = BodyOf<'addRuntimeFrameworkModels'> &
  QueryOf<'addRuntimeFrameworkModels'>;
export type RuntimeFrameworkRemoveModelsParams = BodyOf<'removeRuntimeFrameworkModels'> &
  QueryOf<'removeRuntimeFrameworkModels'>;

/** Inference, fine-tuning and evaluation engines, and the models each can run. */
export class RuntimeFrameworks extends APIResource {
  /** Every runtime framework, enabled or not, optionally only those for one use (not paged). */
  list(
    params?: RuntimeFrameworkListParams,
    options?: RequestOptions,
  ): APIPromise<RuntimeFramework[]> {
    return this.transport.request(
      ops.listRuntimeFrameworks,
      { params: { query: { ...params } } },
      options,
      orEmpty<RuntimeFramework>,
    );
  }

  /**
   * The frameworks of one use (`deploy_type`, dedicated inference by default) that can run the
   * model, grouped by engine with their versions; pick a version's `id` as `runtime_framework_id`.
   */
  listForModel(
    model: RepoId,
    params?: RuntimeFrameworkListForModelParams,
    options?: RequestOptions,
  ): APIPromise<ModelRuntimeFramework[]> {
    return repoCall(
      this.transport,
      ops.listModelRuntimeFrameworks,
      { repo: model, query: { ...params }, map: orEmpty<ModelRuntimeFramework> },
      options,
    );
  }

  /** One page of the models the frameworks of one use can run; iterate it for all of them. */
  listModels(
    params?: RuntimeFrameworkListModelsParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<RuntimeFrameworkModel>, RuntimeFrameworkModel> {
    return listPages(
      this.transport,
      ops.listRuntimeFrameworkModels,
      { params: { query: { ...params } } },
      options,
    );
  }

  /**
   * One page of the models a framework can run. The service currently ignores `id` and
   * `deploy_type` and lists the inference models; `listModels` chooses the use.
   */
  listModelsFor(
    id: number,
    params?: RuntimeFrameworkListModelsForParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<RuntimeFrameworkModel>, RuntimeFrameworkModel> {
    return listPages(
      this.transport,
      ops.listModelsByRuntimeFramework,
      { params: { path: { id }, query: { ...params } } },
      options,
    );
  }

  /** Attaches models to a framework (administrators); resolves to those it could not attach. */
  addModels(
    id: number,
    params: RuntimeFrameworkAddModelsParams,
    options?: RequestOptions,
  ): APIPromise<string[]> {
    return this.#changeModels(ops.addRuntimeFrameworkModels, id, params, options);
  }

  /** Detaches models from a framework (administrators); resolves to those it could not detach. */
  removeModels(
    id: number,
    params: RuntimeFrameworkRemoveModelsParams,
    options?: RequestOptions,
  ): APIPromise<string[]> {
    return this.#changeModels(ops.removeRuntimeFrameworkModels, id, params, options);
  }

  #changeModels(
    op: Operation,
    id: number,
    { deploy_type, ...body }: RuntimeFrameworkAddModelsParams,
    options: RequestOptions | undefined,
  ): APIPromise<string[]> {
    return this.transport.request(
      op,
      { params: { path: { id }, query: { deploy_type } }, body },
      options,
      orEmpty<string>,
    );
  }
}
