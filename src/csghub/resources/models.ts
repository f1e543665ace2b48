import * as ops from '../../../generated/csghub.operations.js';
import type { Transport } from '../../internal/transport.js';

import type { Model, ModelListParams, ModelCreateParams, ModelUpdateParams } from '../types.js';
import { Repositories } from './repositories.js';

/** Model repositories: list, inspect, create, update and delete them, and read their files, commits and branches. */
export class Models extends Repositories<
  Model,
  ModelListParams,
  ModelCreateParams,
  ModelUpdateParams
> {
  constructor(transport: Transport, storage: Transport) {
    super(transport, storage, {
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
    });
  }
}
