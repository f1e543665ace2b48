import * as ops from '../../../generated/csghub.operations.js';
import type { Transport } from '../../internal/transport.js';

import type {
  Dataset,
  DatasetListParams,
  DatasetCreateParams,
  DatasetUpdateParams,
} from '../types.js';
import { Repositories } from './repositories.js';

/** Dataset repositories: list, inspect, create, update and delete them, and read their files, commits and branches. */
export class Datasets extends Repositories<
  Dataset,
  DatasetListParams,
  DatasetCreateParams,
  DatasetUpdateParams
> {
  constructor(transport: Transport, storage: Transport) {
    super(transport, storage, {
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
    });
  }
}
