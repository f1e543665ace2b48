import * as ops from '../../../generated/csghub.operations.js';
import type {
  Code,
  CodeCreateParams,
  CodeListParams,
  CodeUpdateParams,
  ModelRelations,
} from '../../../generated/csghub.types.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/options.js';
import type { Transport } from '../../internal/transport.js';

import type { RepoId } from '../ids.js';
import { MirroredRepositories } from './repository-mirrors.js';
import { repoCall } from '../internal/repo-call.js';

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
        getRevision: ops.getCodeRevision,
        resolveFile: ops.downloadCodeResolvedFile,
        getResolvedFileInfo: ops.getCodeResolvedFileInfo,
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
}
