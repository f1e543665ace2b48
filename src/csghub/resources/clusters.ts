import * as ops from '../../../generated/csghub.operations.js';
import type {
  Cluster,
  ClusterAdminDeploy,
  ClusterAdminListDeploysParams,
  ClusterAdminListWorkflowsParams,
  ClusterDeploy,
  ClusterDownloadDeploysReportParams,
  ClusterGetPublicSummaryParams,
  ClusterListDeploysParams,
  ClusterListParams,
  ClusterNode,
  ClusterPublicSummary,
  ClusterWorkflow,
} from '../../../generated/csghub.types.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/options.js';
import type { PagePromise } from '../../core/pagination.js';
import { readWhole } from '../../internal/body.js';
import { APIResource } from '../../internal/resource.js';
import type { Transport } from '../../internal/transport.js';
import { listPages, type CsghubPage } from '../pagination.js';
import type { BodyOf } from '../types.js';
import { orEmpty } from '../../internal/payload.js';

/** The user or organization (`namespace`) and whether the node is reserved for it. */
export type ClusterAdminSetNodeAccessModeParams = BodyOf<'setClusterNodeAccessMode'> & {
  namespace: string;
};

/**
 * The `/api/v1/admin/cluster` routes: nodes, raw deploy records and workflow jobs.
 * Administrators only, and served by the enterprise and SaaS editions (such as
 * hub.opencsg.com); the open-source server answers 404.
 */
export class ClusterAdmin extends APIResource {
  /** One page of raw deploy records, filtered; iterate it for all of them. */
  listDeploys(
    params?: ClusterAdminListDeploysParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<ClusterAdminDeploy>, ClusterAdminDeploy> {
    return listPages(
      this.transport,
      ops.listAdminClusterDeploys,
      { params: { query: { ...params } } },
      options,
    );
  }

  /** Every node of every cluster (not paged). */
  listNodes(options?: RequestOptions): APIPromise<ClusterNode[]> {
    return this.transport.request(ops.listClusterNodes, {}, options, orEmpty<ClusterNode>);
  }

  /** One node with its hardware, workloads and reservation. */
  getNode(id: number, options?: RequestOptions): APIPromise<ClusterNode> {
    return this.transport.request(ops.getClusterNode, { params: { path: { id } } }, options);
  }

  /** Reserves a node for a namespace (`exclusive: true`) or returns it to the shared pool. */
  setNodeAccessMode(
    id: number,
    { namespace, ...body }: ClusterAdminSetNodeAccessModeParams,
    options?: RequestOptions,
  ): APIPromise<undefined> {
    return this.transport.send(
      ops.setClusterNodeAccessMode,
      { params: { path: { id, namespace } }, body },
      options,
    );
  }

  /** Switches on vXPU sharing on a node; resolves to the node as changed. */
  enableNodeVxpu(id: number, options?: RequestOptions): APIPromise<ClusterNode> {
    return this.transport.request(ops.enableClusterNodeVxpu, { params: { path: { id } } }, options);
  }

  /** Switches off vXPU sharing on a node; resolves to the node as changed. */
  disableNodeVxpu(id: number, options?: RequestOptions): APIPromise<ClusterNode> {
    return this.transport.request(
      ops.disableClusterNodeVxpu,
      { params: { path: { id } } },
      options,
    );
  }

  /** One page of workflow jobs on the clusters, filtered; iterate it for all of them. */
  listWorkflows(
    params?: ClusterAdminListWorkflowsParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<ClusterWorkflow>, ClusterWorkflow> {
    return listPages(
      this.transport,
      ops.listClusterWorkflows,
      { params: { query: { ...params } } },
      options,
    );
  }
}

/** The compute clusters deploys run on: their offers, usage and deploys. */
export class Clusters extends APIResource {
  /** Node, deploy-record and workflow administration (enterprise and SaaS editions). */
  readonly admin: ClusterAdmin;

  constructor(transport: Transport) {
    super(transport);
    this.admin = new ClusterAdmin(transport);
  }

  /** The clusters deploys can go to (not paged); `scope: 'all'` adds those without offers. */
  list(params?: ClusterListParams, options?: RequestOptions): APIPromise<Cluster[]> {
    return this.transport.request(
      ops.listClusters,
      { params: { query: { ...params } } },
      options,
      orEmpty<Cluster>,
    );
  }

  /** The clusters' regions, accelerator vendors and accelerators; works without a token. */
  getPublicSummary(
    params?: ClusterGetPublicSummaryParams,
    options?: RequestOptions,
  ): APIPromise<ClusterPublicSummary> {
    return this.transport.request(
      ops.getPublicClusterSummary,
      { params: { query: { ...params } } },
      options,
    );
  }

  /** Every enabled cluster with its resource totals and allocation (administrators). */
  listUsages(options?: RequestOptions): APIPromise<Cluster[]> {
    return this.transport.request(ops.listClusterUsages, {}, options, orEmpty<Cluster>);
  }

  /** One page of deploys on all clusters with billed time and cost (administrators). */
  listDeploys(
    params?: ClusterListDeploysParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<ClusterDeploy>, ClusterDeploy> {
    return listPages(
      this.transport,
      ops.listClusterDeploys,
      { params: { query: { ...params } } },
      options,
    );
  }

  /**
   * The deploys report as CSV text, header row first (administrators). `start_time` and
   * `end_time` go together. The body is read under an idle timeout, so a long report is fine,
   * and up to `maxResponseBytes`.
   */
  downloadDeploysReport(
    params?: ClusterDownloadDeploysReportParams,
    options?: RequestOptions,
  ): APIPromise<string> {
    const headers = { accept: 'text/csv, application/json', ...options?.headers };
    return this.transport.request<string>(
      ops.downloadClusterDeploysReport,
      {
        params: { query: { ...params } },
        read: readWhole,
      },
      { ...options, headers },
    );
  }

  /** One cluster with its resource totals and nodes. */
  get(id: string, options?: RequestOptions): APIPromise<Cluster> {
    return this.transport.request(ops.getCluster, { params: { path: { id } } }, options);
  }
}
