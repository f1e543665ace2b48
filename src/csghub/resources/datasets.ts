import * as ops from '../../../generated/csghub.operations.js';
import type {
  Dataset,
  DatasetCreateParams,
  DatasetListParams,
  DatasetUpdateParams,
  SdkRepoRevision,
} from '../../../generated/csghub.types.js';
import type { Transport } from '../../internal/transport.js';
import { DatasetViewer } from './dataset-viewer.js';
import { MirroredRepositories } from './repository-mirrors.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/options.js';
import type { RepoId } from '../ids.js';
import { getRevision } from '../internal/revision.js';
import {
  resolvedFileInfo,
  resolveFile,
  type ResolvedFile,
  type ResolvedFileInfo,
  type ResolveOptions,
} from '../internal/resolve.js';
import type { RepoRefParams, RepoRevisionParams } from '../types.js';

/** Dataset repositories: list, inspect, create, update and delete them, read their files, commits and branches, and view their rows. */
export class Datasets extends MirroredRepositories<
  Dataset,
  DatasetListParams,
  DatasetCreateParams,
  DatasetUpdateParams
> {
  /** The dataset viewer: catalog and rows of converted or Parquet datasets. */
  readonly viewer: DatasetViewer;

  constructor(transport: Transport, storage: Transport) {
    super(
      transport,
      storage,
      {
        list: ops.listDatasets,
        get: ops.getDataset,
        create: ops.createDataset,
        update: ops.updateDataset,
        delete: ops.deleteDataset,
        listFiles: ops.listDatasetFiles,
        getFile: ops.getDatasetFile,
        download: ops.downloadDatasetFile,
        getLastCommit: ops.getDatasetLastCommit,
        listCommits: ops.listDatasetCommits,
        listBranches: ops.listDatasetBranches,
      },
      {
        createFile: ops.createDatasetFile,
        updateFile: ops.updateDatasetFile,
        deleteFile: ops.deleteDatasetFile,
        uploadFiles: ops.uploadDatasetFiles,
        preupload: ops.preuploadDatasetFiles,
        commitFiles: ops.commitDatasetFiles,
        lfsBatch: ops.createDatasetLfsBatch,
        verifyLfsObject: ops.verifyDatasetLfsObject,
      },
      {
        getMirror: ops.getDatasetMirror,
        createMirror: ops.createDatasetMirror,
        updateMirror: ops.updateDatasetMirror,
        deleteMirror: ops.deleteDatasetMirror,
        syncMirror: ops.syncDatasetMirror,
      },
    );
    this.viewer = new DatasetViewer(transport);
  }

  /**
   * Every file of one revision of the dataset (all folders walked), from the SDK-compatible
   * listing; the revision defaults to `main`.
   */
  getRevision(
    id: RepoId,
    params?: RepoRevisionParams,
    options?: RequestOptions,
  ): APIPromise<SdkRepoRevision> {
    return getRevision(this.transport, ops.getDatasetRevision, id, params, options);
  }

  /**
   * Streams one file of the dataset from the SDK download route (`ref` defaults to `main`):
   * git files from the hub, honouring `offset`; LFS files from storage after its redirect.
   */
  resolveFile(id: RepoId, path: string, options?: ResolveOptions): Promise<ResolvedFile> {
    return resolveFile(this.transport, ops.downloadDatasetResolvedFile, id, path, options);
  }

  /** A file's size, git blob id and the revision's last commit, from the SDK route's HEAD. */
  getResolvedFileInfo(
    id: RepoId,
    path: string,
    params?: RepoRefParams,
    options?: RequestOptions,
  ): Promise<ResolvedFileInfo> {
    return resolvedFileInfo(
      this.transport,
      ops.getDatasetResolvedFileInfo,
      id,
      path,
      params,
      options,
    );
  }
}
