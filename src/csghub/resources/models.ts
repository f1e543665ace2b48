import * as ops from '../../../generated/csghub.operations.js';
import type {
  Model,
  ModelAddDatasetRelationParams,
  ModelCreateParams,
  ModelListParams,
  ModelRelations,
  ModelRemoveDatasetRelationParams,
  ModelSetRelationsParams,
  ModelUpdateParams,
  QuantizationFile,
  SdkModelRevision,
} from '../../../generated/csghub.types.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/options.js';
import type { Transport } from '../../internal/transport.js';
import type { RepoId } from '../ids.js';
import { Finetunes } from './finetunes.js';
import { MirroredRepositories } from './repository-mirrors.js';
import { repoCall, repoSend } from '../internal/repo-call.js';
import { Runs } from './runs.js';
import { orEmpty } from '../../internal/payload.js';
import { Serverless } from './serverless.js';

/**
 * Model repositories: list, inspect, create, update and delete them, read their files, commits
 * and branches, their relations and quantizations, and run them (`serverless`, `runs`,
 * `finetunes`).
 */
export class Models extends MirroredRepositories<
  Model,
  ModelListParams,
  ModelCreateParams,
  ModelUpdateParams,
  SdkModelRevision
> {
  /** The model's serverless deploy (administrators). */
  readonly serverless: Serverless;
  /** Your dedicated inference endpoints of a model, and your other deploys of it. */
  readonly runs: Runs;
  /** Your interactive fine-tuning instances of a model. */
  readonly finetunes: Finetunes;

  constructor(transport: Transport, storage: Transport) {
    super(
      transport,
      storage,
      {
        list: ops.listModels,
        get: ops.getModel,
        create: ops.createModel,
        update: ops.updateModel,
        delete: ops.deleteModel,
        listFiles: ops.listModelFiles,
        getFile: ops.getModelFile,
        download: ops.downloadModelFile,
        getLastCommit: ops.getModelLastCommit,
        listCommits: ops.listModelCommits,
        listBranches: ops.listModelBranches,
        getRevision: ops.getModelRevision,
        resolveFile: ops.downloadModelResolvedFile,
        getResolvedFileInfo: ops.getModelResolvedFileInfo,
      },
      {
        createFile: ops.createModelFile,
        updateFile: ops.updateModelFile,
        deleteFile: ops.deleteModelFile,
        uploadFiles: ops.uploadModelFiles,
        preupload: ops.preuploadModelFiles,
        commitFiles: ops.commitModelFiles,
        lfsBatch: ops.createModelLfsBatch,
        verifyLfsObject: ops.verifyModelLfsObject,
      },
      {
        getMirror: ops.getModelMirror,
        createMirror: ops.createModelMirror,
        updateMirror: ops.updateModelMirror,
        deleteMirror: ops.deleteModelMirror,
        syncMirror: ops.syncModelMirror,
      },
    );
    this.serverless = new Serverless(transport);
    this.runs = new Runs(transport);
    this.finetunes = new Finetunes(transport);
  }

  /** The datasets, code repositories, spaces and prompts related to a model. */
  getRelations(id: RepoId, options?: RequestOptions): APIPromise<ModelRelations> {
    return repoCall(this.transport, ops.getModelRelations, { repo: id }, options);
  }

  /** Replaces the model's related datasets (README metadata); `[]` clears them. */
  setRelations(
    id: RepoId,
    params: ModelSetRelationsParams,
    options?: RequestOptions,
  ): APIPromise<undefined> {
    const op = ops.setModelRelations;
    return repoSend(this.transport, op, { repo: id, body: params }, options);
  }

  /** Adds one dataset to the model's related datasets. Not retried automatically. */
  addDatasetRelation(
    id: RepoId,
    params: ModelAddDatasetRelationParams,
    options?: RequestOptions,
  ): APIPromise<undefined> {
    const op = ops.addModelDatasetRelation;
    return repoSend(this.transport, op, { repo: id, body: params }, options);
  }

  /** Removes one dataset from the model's related datasets. */
  removeDatasetRelation(
    id: RepoId,
    params: ModelRemoveDatasetRelationParams,
    options?: RequestOptions,
  ): APIPromise<undefined> {
    const op = ops.removeModelDatasetRelation;
    return repoSend(this.transport, op, { repo: id, body: params }, options);
  }

  /** The model's GGUF files on its default branch, one per quantization (`[]` when none). */
  listQuantizations(id: RepoId, options?: RequestOptions): APIPromise<QuantizationFile[]> {
    const op = ops.listModelQuantizations;
    return repoCall(this.transport, op, { repo: id, map: orEmpty<QuantizationFile> }, options);
  }
}
