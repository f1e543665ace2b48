export { CFGPU, type CfgpuOptions } from './client.js';
export { CFGPU_ERROR_CODES, CfgpuError, cfgpuErrorStatus, type CfgpuErrorCode } from './errors.js';
export { flattenImageTree, type FlatImage } from './image-tree.js';
export { CfgpuPage } from './pagination.js';
export { createRawClient } from './raw.js';
export type { Gpus } from './resources/gpus.js';
export type { Images, ListedImage } from './resources/images.js';
export type { Instances } from './resources/instances.js';
export type { Regions } from './resources/regions.js';
export type { ImageListParams } from './types.js';
export type * from '../../generated/cfgpu.types.js';
export { INSTANCE_STATUS_CODES } from '../../generated/cfgpu.types.js';
export type { paths as CfgpuPaths, components as CfgpuComponents } from '../../generated/cfgpu.js';
export {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  type APIPromise,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  CsgkitError,
  InternalServerError,
  InvalidArgumentError,
  InvalidResponseError,
  NotFoundError,
  type PagePromise,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
  WaitFailedError,
  WaitTimeoutError,
  type ClientOptions,
  type FetchLike,
  type Logger,
  type RequestOptions,
  type RetryContext,
  type WaitOptions,
  type WithResponse,
} from '../core/index.js';
