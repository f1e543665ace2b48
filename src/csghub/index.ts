export { CSGHub, type CsghubOptions } from './client.js';
export type { FileDownload, DownloadOptions } from './download.js';
export type { RepoId } from './ids.js';
export { CsghubPage } from './pagination.js';
export type {
  Chat,
  ChatCompletion,
  ChatCompletionChunk,
  ChatCompletionCreateParams,
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionCreateParamsStreaming,
  ChatCompletionStream,
  ChatCompletions,
  ChatMessage,
  ChatTool,
} from './resources/chat.js';
export type {
  Cluster,
  ClusterAdmin,
  ClusterAdminDeploy,
  ClusterAdminListDeploysParams,
  ClusterAdminListWorkflowsParams,
  ClusterAdminSetNodeAccessModeParams,
  ClusterDeploy,
  ClusterDownloadDeploysReportParams,
  ClusterGetPublicSummaryParams,
  ClusterListDeploysParams,
  ClusterListParams,
  ClusterNode,
  ClusterPublicSummary,
  ClusterWorkflow,
  Clusters,
} from './resources/clusters.js';
export type { Codes } from './resources/codes.js';
export {
  DatasetViewerRowsPage,
  type DatasetViewer,
  type DatasetViewerCatalog,
  type DatasetViewerListRowsParams,
  type DatasetViewerPreviewFileParams,
  type DatasetViewerRow,
  type DatasetViewerRows,
} from './resources/dataset-viewer.js';
export type { Datasets } from './resources/datasets.js';
export type {
  Discussion,
  DiscussionComment,
  DiscussionCommentCreated,
  DiscussionCreateCommentParams,
  DiscussionCreateParams,
  DiscussionDetail,
  DiscussionGetParams,
  DiscussionListCommentsParams,
  DiscussionListParams,
  DiscussionUpdateCommentParams,
  DiscussionUpdateParams,
  Discussions,
  RepoKind,
} from './resources/discussions.js';
export type {
  Embedding,
  EmbeddingCreateParams,
  EmbeddingList,
  Embeddings,
} from './resources/embeddings.js';
export type {
  Evaluation,
  EvaluationCreateParams,
  EvaluationJob,
  EvaluationStatus,
  Evaluations,
} from './resources/evaluations.js';
export type {
  FinetuneCreateParams,
  FinetuneStreamLogsParams,
  FinetuneUpdateParams,
  Finetunes,
} from './resources/finetunes.js';
export type {
  InferenceModel,
  InferenceModelList,
  InferenceModelListParams,
  InferenceModels,
} from './resources/inference-models.js';
export type {
  McpResource,
  McpResourceListParams,
  McpResources,
} from './resources/mcp-resources.js';
export type {
  McpDeploySpace,
  McpServerDeployParams,
  McpServerListToolsParams,
  McpServers,
  McpTool,
} from './resources/mcps.js';
export type {
  ModelAddDatasetRelationParams,
  ModelRelations,
  ModelRemoveDatasetRelationParams,
  ModelSetRelationsParams,
  Models,
  QuantizationFile,
} from './resources/models.js';
export type { RepoOperations, Repositories } from './resources/repositories.js';
export type {
  Deploy,
  DeployCreated,
  DeployResource,
  DeployStatus,
  DeployStatusEvent,
  RunCreateParams,
  RunStreamLogsParams,
  RunUpdateParams,
  Runs,
} from './resources/runs.js';
export type {
  RuntimeFramework,
  RuntimeFrameworkAddModelsParams,
  RuntimeFrameworkListModelsForParams,
  RuntimeFrameworkListModelsParams,
  RuntimeFrameworkListParams,
  RuntimeFrameworkModel,
  RuntimeFrameworkRemoveModelsParams,
  RuntimeFrameworks,
} from './resources/runtime-frameworks.js';
export type {
  Serverless,
  ServerlessCreateParams,
  ServerlessStopParams,
  ServerlessStreamLogsParams,
  ServerlessUpdateParams,
} from './resources/serverless.js';
export type {
  SpaceDeployStatus,
  SpaceListCudaVersionsParams,
  SpaceStreamLogsParams,
  Spaces,
} from './resources/spaces.js';
export type {
  Tag,
  TagCategory,
  TagCreateCategoryParams,
  TagCreateParams,
  TagListParams,
  TagUpdateCategoryParams,
  TagUpdateParams,
  Tags,
} from './resources/tags.js';
export { StatusReadingError, type LogLine, type StatusEvent } from './streams.js';
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
