import type { components } from '../../../generated/csghub.js';
import * as ops from '../../../generated/csghub.operations.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/options.js';
import { APIResource } from '../../internal/resource.js';
import type { BodyOf } from '../types.js';

export type EmbeddingCreateParams = BodyOf<'createEmbedding'>;
/** One vector per input, in input order, with the tokens read. */
export type EmbeddingList = components['schemas']['EmbeddingList'];
export type Embedding = components['schemas']['Embedding'];

/** OpenAI-compatible text embeddings through the AI gateway. */
export class Embeddings extends APIResource {
  /** Turns one or more texts into vectors with an embedding model. Not retried automatically. */
  create(params: EmbeddingCreateParams, options?: RequestOptions): APIPromise<EmbeddingList> {
    return this.transport.request(ops.createEmbedding, { body: params }, options);
  }
}
