import * as ops from '../../../generated/csghub.operations.js';
import type { EmbeddingCreateParams, EmbeddingList } from '../../../generated/csghub.types.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/options.js';
import { APIResource } from '../../internal/resource.js';

/** OpenAI-compatible text embeddings through the AI gateway. */
export class Embeddings extends APIResource {
  /** Turns one or more texts into vectors with an embedding model. Not retried automatically. */
  create(params: EmbeddingCreateParams, options?: RequestOptions): APIPromise<EmbeddingList> {
    return this.transport.request(ops.createEmbedding, { body: params }, options);
  }
}
