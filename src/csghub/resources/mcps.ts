import * as ops from '../../../generated/csghub.operations.js';
import type { Transport } from '../../internal/transport.js';
import { nestedItems } from '../pagination.js';
import type {
  McpServer,
  McpServerListParams,
  McpServerCreateParams,
  McpServerUpdateParams,
} from '../types.js';
import { Repositories } from './repositories.js';

/** MCP server repositories: manage them and read their files, commits and branches. */
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
      },
      nestedItems<McpServer>('data'),
    );
  }
}
