import * as ops from '../../../generated/csghub.operations.js';
import type {
  McpDeploySpace,
  McpServer,
  McpServerCreateParams,
  McpServerDeployParams,
  McpServerListParams,
  McpServerListToolsParams,
  McpServerUpdateParams,
  McpTool,
} from '../../../generated/csghub.types.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/options.js';
import type { PagePromise } from '../../core/pagination.js';
import type { Transport } from '../../internal/transport.js';
import type { RepoId } from '../ids.js';
import { listPages, nestedItems, type CsghubPage } from '../pagination.js';
import { repoCall } from '../internal/repo-call.js';
import { Repositories } from './repositories.js';

/** MCP server repositories: manage them, read their files, commits and branches, list their tools and deploy them. */
export class McpServers extends Repositories<
  McpServer,
  McpServerListParams,
  McpServerCreateParams,
  McpServerUpdateParams
> {
  constructor(transport: Transport, storage: Transport) {
    super(
      transport,
      storage,
      {
        list: ops.listMcpServers,
        get: ops.getMcpServer,
        create: ops.createMcpServer,
        update: ops.updateMcpServer,
        delete: ops.deleteMcpServer,
        listFiles: ops.listMcpServerFiles,
        getFile: ops.getMcpServerFile,
        download: ops.downloadMcpServerFile,
        getLastCommit: ops.getMcpServerLastCommit,
        listCommits: ops.listMcpServerCommits,
        listBranches: ops.listMcpServerBranches,
        getRevision: ops.getMcpServerRevision,
        resolveFile: ops.downloadMcpServerResolvedFile,
        getResolvedFileInfo: ops.getMcpServerResolvedFileInfo,
      },
      nestedItems<McpServer>('data'),
    );
  }

  /**
   * Copies the MCP server into a new space and starts it building; follow it with
   * `spaces.waitFor(space.path, 'Running')`. Not retried automatically: each call creates a space.
   */
  deploy(
    id: RepoId,
    params: McpServerDeployParams,
    options?: RequestOptions,
  ): APIPromise<McpDeploySpace> {
    return repoCall(this.transport, ops.deployMcpServer, { repo: id, body: params }, options);
  }

  /**
   * One page of the tools of every MCP server the caller may see, newest first. Await it for
   * the page, or iterate it to walk every tool of every page.
   */
  listTools(
    params?: McpServerListToolsParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<McpTool>, McpTool> {
    return listPages(
      this.transport,
      ops.listMcpServerTools,
      { params: { query: { ...params } } },
      options,
      // The page and its total sit inside `data`, not in the envelope.
      nestedItems<McpTool>('data'),
    );
  }
}
