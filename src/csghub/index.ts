export { CSGHub, type CsghubOptions } from './client.js';
export type { FileDownload, DownloadOptions } from './download.js';
export type { RepoId } from './ids.js';
export { CsghubPage } from './pagination.js';
export type { Codes } from './resources/codes.js';
export type { Datasets } from './resources/datasets.js';
export type { McpServers } from './resources/mcps.js';
export type { Models } from './resources/models.js';
export type { Repositories } from './resources/repositories.js';
export type { Spaces } from './resources/spaces.js';
export type {
  Code,
  CodeCreateParams,
  CodeListParams,
  CodeUpdateParams,
  Dataset,
  DatasetCreateParams,
  DatasetListParams,
  DatasetUpdateParams,
  McpServer,
  McpServerCreateParams,
  McpServerListParams,
  McpServerUpdateParams,
  Model,
  ModelCreateParams,
  ModelListParams,
  ModelUpdateParams,
  RepoBranch,
  RepoCommit,
  RepoCommitListParams,
  RepoFile,
  RepoFileListParams,
  RepoRefParams,
  Space,
  SpaceCreateParams,
  SpaceListParams,
  SpaceUpdateParams,
} from './types.js';
export type {
  paths as CsghubPaths,
  components as CsghubComponents,
} from '../../generated/csghub.js';
export {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  CsgkitError,
  InternalServerError,
  InvalidArgumentError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
  WaitFailedError,
  WaitTimeoutError,
  type APIPromise,
  type ClientOptions,
  type FetchLike,
  type Logger,
  type PagePromise,
  type RequestOptions,
  type RetryContext,
  type WaitOptions,
  type WithResponse,
} from '../core/index.js';
