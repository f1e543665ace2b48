import * as ops from '../../../generated/csghub.operations.js';
import type {
  Code,
  Dataset,
  McpServer,
  Model,
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
  Space,
} from '../../../generated/csghub.types.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/options.js';
import type { PagePromise } from '../../core/pagination.js';
import { APIResource } from '../../internal/resource.js';
import type { Operation, Transport } from '../../internal/transport.js';
import { listPages, nestedItems, type CsghubPage } from '../pagination.js';

/**
 * An organization's members. The user service answers most refusals of the writes (not an
 * admin, unknown organization or user, invalid body) with 500, so expect `InternalServerError`.
 */
export class OrganizationMembers extends APIResource {
  /** One page of members; iterate for all. Works anonymously; 404 for an unknown organization. */
  list(
    namespace: string,
    params?: OrganizationMemberListParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<OrganizationMember>, OrganizationMember> {
    return listPages(
      this.transport,
      ops.listOrganizationMembers,
      { params: { path: { namespace }, query: { ...params } } },
      options,
      nestedItems<OrganizationMember>('data'),
    );
  }

  /**
   * Adds users in one role (admins only); existing members keep theirs. An unknown user stops
   * the call with 500 after the names before it were added. Not retried automatically.
   */
  add(
    namespace: string,
    params: OrganizationMemberAddParams,
    options?: RequestOptions,
  ): APIPromise<undefined> {
    return this.transport.send(
      ops.addOrganizationMembers,
      { params: { path: { namespace } }, body: params },
      options,
    );
  }

  /** Gives a member another role; no self-promotion to admin, and the last admin must stay. */
  changeRole(
    namespace: string,
    username: string,
    params: OrganizationMemberChangeRoleParams,
    options?: RequestOptions,
  ): APIPromise<undefined> {
    return this.transport.send(
      ops.changeOrganizationMemberRole,
      { params: { path: { namespace, username } }, body: params },
      options,
    );
  }

  /**
   * Removes a member, or yourself (the last admin gets 409). Nothing is removed, still
   * without an error, when `role` is not the member's current role or the user is no member.
   */
  remove(
    namespace: string,
    username: string,
    params: OrganizationMemberRemoveParams,
    options?: RequestOptions,
  ): APIPromise<undefined> {
    return this.transport.send(
      ops.removeOrganizationMember,
      { params: { path: { namespace, username } }, body: params },
      options,
    );
  }
}

/** Organizations: shared namespaces for repositories, with members in roles. */
export class Organizations extends APIResource {
  /** The organization's members: list, add, change roles, remove. */
  readonly members: OrganizationMembers;

  constructor(transport: Transport) {
    super(transport);
    this.members = new OrganizationMembers(transport);
  }

  /** One page of organizations, filtered; iterate it for all of them. Works without a token. */
  list(
    params?: OrganizationListParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<Organization>, Organization> {
    return listPages(
      this.transport,
      ops.listOrganizations,
      { params: { query: { ...params } } },
      options,
      nestedItems<Organization>('data'),
    );
  }

  /** One organization by name (no `verify_status`: only the list has it). Works anonymously. */
  get(namespace: string, options?: RequestOptions): APIPromise<Organization> {
    return this.transport.request(
      ops.getOrganization,
      { params: { path: { namespace } } },
      options,
    );
  }

  /** One page of the organization's models, newest first; empty for an unknown organization. */
  listModels(
    namespace: string,
    params?: OrganizationListModelsParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<Model>, Model> {
    return this.#repos<Model>(ops.listOrganizationModels, namespace, params, options);
  }

  /** One page of the organization's datasets, newest first; empty for an unknown organization. */
  listDatasets(
    namespace: string,
    params?: OrganizationListDatasetsParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<Dataset>, Dataset> {
    return this.#repos<Dataset>(ops.listOrganizationDatasets, namespace, params, options);
  }

  /** One page of the organization's code repositories; empty for an unknown organization. */
  listCodes(
    namespace: string,
    params?: OrganizationListCodesParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<Code>, Code> {
    return this.#repos<Code>(ops.listOrganizationCodes, namespace, params, options);
  }

  /** One page of the organization's spaces, with run state; empty for an unknown organization. */
  listSpaces(
    namespace: string,
    params?: OrganizationListSpacesParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<Space>, Space> {
    return this.#repos<Space>(ops.listOrganizationSpaces, namespace, params, options);
  }

  /** One page of the organization's MCP servers; empty for an unknown organization. */
  listMcpServers(
    namespace: string,
    params?: OrganizationListMcpServersParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<McpServer>, McpServer> {
    return listPages(
      this.transport,
      ops.listOrganizationMcpServers,
      { params: { path: { namespace }, query: { ...params } } },
      options,
      nestedItems<McpServer>('data'),
    );
  }

  /** The repository lists answer `message` instead of `msg`, with `data` and `total` beside it. */
  #repos<Item>(
    op: Operation,
    namespace: string,
    params: OrganizationListModelsParams | undefined,
    options: RequestOptions | undefined,
  ): PagePromise<CsghubPage<Item>, Item> {
    return listPages<Item>(
      this.transport,
      op,
      { params: { path: { namespace }, query: { ...params } } },
      options,
    );
  }
}
