import * as ops from '../../../generated/csghub.operations.js';
import type { Transport } from '../../internal/transport.js';

import type { Space, SpaceListParams, SpaceCreateParams, SpaceUpdateParams } from '../types.js';
import { Repositories } from './repositories.js';

/** Spaces (AI apps): manage their repositories. */
export class Spaces extends Repositories<
  Space,
  SpaceListParams,
  SpaceCreateParams,
  SpaceUpdateParams
> {
  constructor(transport: Transport, storage: Transport) {
    super(transport, storage, {
      list: ops.listSpaces,
      get: ops.getSpace,
      create: ops.createSpace,
      update: ops.updateSpace,
      delete: ops.deleteSpace,
      listFiles: ops.listSpaceFiles,
      getFile: ops.getSpaceFile,
      download: ops.downloadSpaceFile,
      getLastCommit: ops.getSpaceLastCommit,
      listCommits: ops.listSpaceCommits,
      listBranches: ops.listSpaceBranches,
    });
  }
}
