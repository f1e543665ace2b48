import * as ops from '../../../generated/csghub.operations.js';
import type {
  InferenceModel,
  InferenceModelList,
  InferenceModelListParams,
} from '../../../generated/csghub.types.js';
import type { APIPromise } from '../../core/api-promise.js';
import { InvalidArgumentError } from '../../core/errors.js';
import type { RequestOptions } from '../../core/options.js';
import { APIResource } from '../../internal/resource.js';
import { guarded } from '../internal/guard.js';

/** The models the AI gateway can serve. */
export class InferenceModels extends APIResource {
  /**
   * The models the caller may use (with a token, their dedicated endpoints too). Every match
   * at once, unless `per` and `page` (given together) ask for one page.
   */
  list(
    params?: InferenceModelListParams,
    options?: RequestOptions,
  ): APIPromise<InferenceModelList> {
    return this.transport.request(
      ops.listInferenceModels,
      { params: { query: params ?? {} } },
      options,
    );
  }

  /** One model, by the id the list gives (such as `Qwen/Qwen2.5-7B-Instruct`). */
  get(modelId: string, options?: RequestOptions): APIPromise<InferenceModel> {
    const op = ops.getInferenceModel;
    return guarded(() => {
      // Sent as one segment (`/` as `%2F`): the gateway's catch-all route decodes it. A bare
      // `.` or `..` would be resolved away by the URL instead.
      if (modelId === '.' || modelId === '..') {
        throw new InvalidArgumentError(`model id "${modelId}" is not a model`, op);
      }
      return this.transport.request(op, { params: { path: { model: modelId } } }, options);
    });
  }
}
