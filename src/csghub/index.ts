export { CSGHub, type CsghubOptions } from './client.js';
export type { FileDownload, DownloadOptions } from './download.js';
export { CSGHUB_ERROR_CODES } from './error-codes.js';
export type { RepoId } from './ids.js';
export type { ResolvedFile, ResolvedFileInfo, ResolveOptions } from './internal/resolve.js';
export { CsghubPage } from './pagination.js';
export type {
  Chat,
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionCreateParamsStreaming,
  ChatCompletionStream,
  ChatCompletions,
} from './resources/chat.js';
export type {
  ClusterAdmin,
  ClusterAdminSetNodeAccessModeParams,
  Clusters,
} from './resources/clusters.js';
export type { Codes } from './resources/codes.js';
export {
  DatasetViewerRowsPage,
  type DatasetViewer,
  type DatasetViewerRow,
} from './resources/dataset-viewer.js';
export type { Datasets } from './resources/datasets.js';
export type { Discussions, RepoKind } from './resources/discussions.js';
export type { Embeddings } from './resources/embeddings.js';
export type { Evaluations } from './resources/evaluations.js';
export type { FinetuneJobLogsParams, FinetuneJobs, Finetuning } from './resources/finetune-jobs.js';
export type { Finetunes } from './resources/finetunes.js';
export type { InferenceModels } from './resources/inference-models.js';
export type { McpResources } from './resources/mcp-resources.js';
export type { McpServers } from './resources/mcps.js';
export type { Models } from './resources/models.js';
export type { MirroredRepositories, RepoMirrorOperations } from './resources/repository-mirrors.js';
export type { RepoOperations, Repositories } from './resources/repositories.js';
export type {
  LfsObjectParams,
  RepoBranchCreateParams,
  RepoUploadFormParams,
  RepoWriteOperations,
  WritableRepositories,
} from './resources/repository-writes.js';
export type { Lfs, LfsCompleteMultipartUploadParams } from './resources/lfs.js';
export type {
  CommitBatch,
  PartPlan,
  PlannedFile,
  Sha256Reader,
  UploadContent,
  UploadOptions,
  UploadProgress,
  UploadResult,
  UploadSource,
} from './upload.js';
export {
  MAX_LFS_PER_COMMIT,
  MAX_REGULAR_PER_COMMIT,
  lfsPointer,
  planCommits,
  planParts,
} from './upload.js';
export type { DeployResource, DeployStatusEvent, Runs } from './resources/runs.js';
export type {
  RuntimeFrameworkAddModelsParams,
  RuntimeFrameworkRemoveModelsParams,
  RuntimeFrameworks,
} from './resources/runtime-frameworks.js';
export type { Serverless } from './resources/serverless.js';
export type { SpaceResources } from './resources/space-resources.js';
export type { Spaces } from './resources/spaces.js';
export type { Tags } from './resources/tags.js';
export type { Accounting } from './resources/accounting/index.js';
export type { AccountingBalance } from './resources/accounting/balance.js';
export type { AccountingBills } from './resources/accounting/bills.js';
export type {
  AccountingInvoiceTitleListParams,
  AccountingInvoiceTitles,
} from './resources/accounting/invoice-titles.js';
export type {
  AccountingInvoiceAdmin,
  AccountingInvoiceAdminListParams,
  AccountingInvoiceListInvoicableMonthsParams,
  AccountingInvoiceListParams,
  AccountingInvoices,
} from './resources/accounting/invoices.js';
export type { AccountingMetering } from './resources/accounting/metering.js';
export type { AccountingPrices } from './resources/accounting/prices.js';
export type {
  AccountingRechargeSummary,
  AccountingRecharges,
} from './resources/accounting/recharges.js';
export type { AccountingStatements } from './resources/accounting/statements.js';
export type {
  AccountingSubscriptionBillSummary,
  AccountingSubscriptionSummary,
  AccountingSubscriptions,
} from './resources/accounting/subscriptions.js';
export type { Agents } from './resources/agents/index.js';
export type { AgentInstanceStatusEvent, AgentInstances } from './resources/agents/instances.js';
export type { AgentKnowledgeBases } from './resources/agents/knowledge-bases.js';
export type { AgentMcpServerStatusEvent, AgentMcpServers } from './resources/agents/mcp-servers.js';
export type { AgentMessages } from './resources/agents/messages.js';
export type { AgentPreferences } from './resources/agents/preferences.js';
export type { AgentPrompts } from './resources/agents/prompts.js';
export type { AgentSessions } from './resources/agents/sessions.js';
export type { AgentTasks } from './resources/agents/tasks.js';
export type { AgentTemplates } from './resources/agents/templates.js';
export type { Collections } from './resources/collections.js';
export type { OrganizationMembers, Organizations } from './resources/organizations.js';
export type { Users } from './resources/users/index.js';
export type { UserLikes } from './resources/users/likes.js';
export type { UserSshKeys } from './resources/users/ssh-keys.js';
export type { UserTokens } from './resources/users/tokens.js';
export { StatusReadingError, type LogLine, type StatusEvent } from './streams.js';
export type {
  RepoCommitListParams,
  RepoFileListParams,
  RepoRefParams,
  RepoRevisionParams,
} from './types.js';
export type * from '../../generated/csghub.types.js';
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
