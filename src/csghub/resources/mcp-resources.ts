import * as ops from '../../../generated/csghub.operations.js';
import type { McpResource, McpResourceListParams } from '../../../generated/csghub.types.js';
import type { RequestOptions } from '../../core/options.js';
import type { PagePromise } from '../../core/pagination.js';
import { APIResource } from '../../internal/resource.js';
import { listPages, nestedItems, type CsghubPage } from '../pagination.js';

// The gateway answers `{ data, total }` bare, so the page sits in the payload itself.
const items = nestedItems<McpResource>('data');

/** MCP servers the hub recommends to agents. */
export class McpResources extends APIResource {
  /**
   * One page of recommended MCP servers, newest first. Await it for the page, or iterate it
   * to walk every server of every page.
   */
  list(
    params?: McpResourceListParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<McpResource>, McpResource> {
    return listPages(
      this.transport,
      ops.listMcpResources,
      { params: { query: params ?? {} } },
      options,
      items,
    );
  }
}
