/** Node-only additions to the clients (`csgkit/node`): nothing here runs in a browser. */
export { nodeFetch } from './fetch.js';
export { FileBlob, openFile } from './file.js';
export { compileGlob, selectPath, type Glob } from './glob.js';
export { nodeSha256 } from './sha256.js';
export { localPathOf, repoPathProblem, UnsafePathError } from './safe-path.js';
export {
  snapshotDownload,
  type SnapshotEvent,
  type SnapshotFile,
  type SnapshotOptions,
  type SnapshotRepoKind,
  type SnapshotResult,
} from './snapshot.js';
