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
export type { Accounting } from './resources/accounting/index.js';
export type {
  AccountingAccount,
  AccountingAccountBalance,
  AccountingBalance,
  AccountingBalanceListAllParams,
  AccountingBalanceSetLowBalanceWarningParams,
} from './resources/accounting/balance.js';
export type {
  AccountingBill,
  AccountingBillListParams,
  AccountingBillSummary,
  AccountingBills,
} from './resources/accounting/bills.js';
export type {
  AccountingInvoiceTitle,
  AccountingInvoiceTitleCreateParams,
  AccountingInvoiceTitleListParams,
  AccountingInvoiceTitleUpdateParams,
  AccountingInvoiceTitles,
} from './resources/accounting/invoice-titles.js';
export type {
  AccountingInvoicableMonth,
  AccountingInvoice,
  AccountingInvoiceAdmin,
  AccountingInvoiceAdminListParams,
  AccountingInvoiceAdminUpdateParams,
  AccountingInvoiceCreateParams,
  AccountingInvoiceDashboard,
  AccountingInvoiceGetDashboardParams,
  AccountingInvoiceListInvoicableMonthsParams,
  AccountingInvoiceListParams,
  AccountingInvoices,
} from './resources/accounting/invoices.js';
export type {
  AccountingMetering,
  AccountingMeteringListParams,
  AccountingMeteringRecord,
} from './resources/accounting/metering.js';
export type {
  AccountingPrice,
  AccountingPriceCreateParams,
  AccountingPriceListParams,
  AccountingPriceUpdateParams,
  AccountingPrices,
} from './resources/accounting/prices.js';
export type {
  AccountingPayOrder,
  AccountingRecharge,
  AccountingRechargeCreatePayOrderParams,
  AccountingRechargeListAllParams,
  AccountingRechargeListMineParams,
  AccountingRechargeListParams,
  AccountingRechargeStatus,
  AccountingRechargeSummary,
  AccountingRecharges,
} from './resources/accounting/recharges.js';
export type {
  AccountingStatement,
  AccountingStatementListParams,
  AccountingStatementSummary,
  AccountingStatements,
} from './resources/accounting/statements.js';
export type {
  AccountingSubscription,
  AccountingSubscriptionBill,
  AccountingSubscriptionBillSummary,
  AccountingSubscriptionChangeParams,
  AccountingSubscriptionGetStatusParams,
  AccountingSubscriptionListBillsParams,
  AccountingSubscriptionListParams,
  AccountingSubscriptionStatus,
  AccountingSubscriptionSummary,
  AccountingSubscriptions,
} from './resources/accounting/subscriptions.js';
export type { Agents } from './resources/agents/index.js';
export type {
  AgentInstance,
  AgentInstanceCreateParams,
  AgentInstanceListParams,
  AgentInstanceSetMonitorParams,
  AgentInstanceShare,
  AgentInstanceStatusEvent,
  AgentInstanceUpdateParams,
  AgentInstances,
  AgentSharedInstance,
} from './resources/agents/instances.js';
export type {
  AgentKnowledgeBase,
  AgentKnowledgeBaseCreateParams,
  AgentKnowledgeBaseDetail,
  AgentKnowledgeBaseListItem,
  AgentKnowledgeBaseListParams,
  AgentKnowledgeBaseUpdateByContentIdParams,
  AgentKnowledgeBaseUpdateParams,
  AgentKnowledgeBases,
} from './resources/agents/knowledge-bases.js';
export type {
  AgentMcpCapabilities,
  AgentMcpServer,
  AgentMcpServerCreateParams,
  AgentMcpServerDetail,
  AgentMcpServerInspectParams,
  AgentMcpServerInspectResult,
  AgentMcpServerListItem,
  AgentMcpServerListParams,
  AgentMcpServerProtocol,
  AgentMcpServerSetMonitorParams,
  AgentMcpServerStatusEvent,
  AgentMcpServerUpdateParams,
  AgentMcpServers,
} from './resources/agents/mcp-servers.js';
export type {
  AgentMessage,
  AgentMessageCreateParams,
  AgentMessageListParams,
  AgentMessageRewriteParams,
  AgentMessageRewritten,
  AgentMessageSetFeedbackParams,
  AgentMessages,
  AgentMessagesCreated,
} from './resources/agents/messages.js';
export type {
  AgentPreferenceRemoveParams,
  AgentPreferenceSetParams,
  AgentPreferences,
} from './resources/agents/preferences.js';
export type {
  AgentPromptListItem,
  AgentPromptListParams,
  AgentPromptOptimizeParams,
  AgentPromptOptimizeResult,
  AgentPrompts,
} from './resources/agents/prompts.js';
export type {
  AgentSession,
  AgentSessionCreateParams,
  AgentSessionCreated,
  AgentSessionListParams,
  AgentSessionShare,
  AgentSessionUpdateParams,
  AgentSessions,
  AgentSharedSession,
} from './resources/agents/sessions.js';
export type {
  AgentTaskDetail,
  AgentTaskListItem,
  AgentTaskListParams,
  AgentTaskStatus,
  AgentTaskType,
  AgentTasks,
} from './resources/agents/tasks.js';
export type {
  AgentTemplate,
  AgentTemplateCreateParams,
  AgentTemplateListInstancesParams,
  AgentTemplateListParams,
  AgentTemplateUpdateParams,
  AgentTemplates,
} from './resources/agents/templates.js';
export type {
  Collection,
  CollectionAddReposParams,
  CollectionCreateParams,
  CollectionListParams,
  CollectionRecord,
  CollectionRemoveReposParams,
  CollectionRepo,
  CollectionUpdateParams,
  CollectionUpdateRepoParams,
  Collections,
} from './resources/collections.js';
export type {
  Organization,
  OrganizationListCodesParams,
  OrganizationListDatasetsParams,
  OrganizationListMcpServersParams,
  OrganizationListModelsParams,
  OrganizationListParams,
  OrganizationListSpacesParams,
  OrganizationMember,
  OrganizationMemberAddParams,
  OrganizationMemberChangeRoleParams,
  OrganizationMemberListParams,
  OrganizationMemberRemoveParams,
  OrganizationMemberRole,
  OrganizationMembers,
  Organizations,
} from './resources/organizations.js';
export type {
  UserGetParams,
  UserListCodesParams,
  UserListCollectionsParams,
  UserListDatasetsParams,
  UserListMcpServersParams,
  UserListModelsParams,
  UserListSpacesParams,
  UserProfile,
  UserSetLabelsParams,
  UserUpdateParams,
  Users,
} from './resources/users/index.js';
export type { UserLikeListParams, UserLikes } from './resources/users/likes.js';
export type {
  UserSshKey,
  UserSshKeyCreateParams,
  UserSshKeyListParams,
  UserSshKeys,
} from './resources/users/ssh-keys.js';
export type {
  UserToken,
  UserTokenApp,
  UserTokenCreateParams,
  UserTokenListParams,
  UserTokenLookupParams,
  UserTokenRecord,
  UserTokens,
} from './resources/users/tokens.js';
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
