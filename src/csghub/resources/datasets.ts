import * as ops from '../../../generated/csghub.operations.js';
import type {
  Dataset,
  DatasetCreateParams,
  DatasetListParams,
  DatasetUpdateParams,
} from '../../../generated/csghub.types.js';
import type { Transport } from '../../internal/transport.js';
import { DatasetViewer } from './dataset-viewer.js';
import { MirroredRepositories } from './repository-mirrors.js';

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
        getRevision: ops.getDatasetRevision,
        resolveFile: ops.downloadDatasetResolvedFile,
        getResolvedFileInfo: ops.getDatasetResolvedFileInfo,
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
}
