import * as ops from '../../../generated/csghub.operations.js';
import type {
  Code,
  CodeCreateParams,
  CodeListParams,
  CodeUpdateParams,
  ModelRelations,
  SdkRepoRevision,
} from '../../../generated/csghub.types.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/options.js';
import type { Transport } from '../../internal/transport.js';

import type { RepoId } from '../ids.js';
import { MirroredRepositories } from './repository-mirrors.js';
import { repoCall } from '../internal/repo-call.js';
import { getRevision } from '../internal/revision.js';
import {
  resolvedFileInfo,
  resolveFile,
  type ResolvedFile,
  type ResolvedFileInfo,
  type ResolveOptions,
} from '../internal/resolve.js';
import type { RepoRefParams, RepoRevisionParams } from '../types.js';

/** Code repositories: list, inspect, create, update and delete them, and read their files, commits and branches. */
export class Codes extends MirroredRepositories<
  Code,
  CodeListParams,
  CodeCreateParams,
  CodeUpdateParams
> {
  constructor(transport: Transport, storage: Transport) {
    super(
      transport,
      storage,
      {
        list: ops.listCodes,
        get: ops.getCode,
        create: ops.createCode,
        update: ops.updateCode,
        delete: ops.deleteCode,
        listFiles: ops.listCodeFiles,
        getFile: ops.getCodeFile,
        download: ops.downloadCodeFile,
        getLastCommit: ops.getCodeLastCommit,
        listCommits: ops.listCodeCommits,
        listBranches: ops.listCodeBranches,
      },
      {
        createFile: ops.createCodeFile,
        updateFile: ops.updateCodeFile,
        deleteFile: ops.deleteCodeFile,
        uploadFiles: ops.uploadCodeFiles,
        preupload: ops.preuploadCodeFiles,
        commitFiles: ops.commitCodeFiles,
        lfsBatch: ops.createCodeLfsBatch,
        verifyLfsObject: ops.verifyCodeLfsObject,
      },
      {
        getMirror: ops.getCodeMirror,
        createMirror: ops.createCodeMirror,
        updateMirror: ops.updateCodeMirror,
        deleteMirror: ops.deleteCodeMirror,
        syncMirror: ops.syncCodeMirror,
      },
    );
  }

  /** The models related to a code repository (only `models` is ever filled). */
  getRelations(id: RepoId, options?: RequestOptions): APIPromise<ModelRelations> {
    return repoCall(this.transport, ops.getCodeRelations, { repo: id }, options);
  }

  /**
   * Every file of one revision of the code repository (all folders walked), from the SDK-compatible
   * listing; the revision defaults to `main`.
   */
  getRevision(
    id: RepoId,
    params?: RepoRevisionParams,
    options?: RequestOptions,
  ): APIPromise<SdkRepoRevision> {
    return getRevision(this.transport, ops.getCodeRevision, id, params, options);
  }

  /**
   * Streams one file of the code repository from the SDK download route (`ref` defaults to `main`):
   * git files from the hub, honouring `offset`; LFS files from storage after its redirect.
   */
  resolveFile(id: RepoId, path: string, options?: ResolveOptions): Promise<ResolvedFile> {
    return resolveFile(this.transport, ops.downloadCodeResolvedFile, id, path, options);
  }

  /** A file's size, git blob id and the revision's last commit, from the SDK route's HEAD. */
  getResolvedFileInfo(
    id: RepoId,
    path: string,
    params?: RepoRefParams,
    options?: RequestOptions,
  ): Promise<ResolvedFileInfo> {
    return resolvedFileInfo(this.transport, ops.getCodeResolvedFileInfo, id, path, params, options);
  }
}
