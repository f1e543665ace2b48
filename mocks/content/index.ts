/** Repository contents for the CSGHub mock: generated files served on the hub's file routes. */
export {
  createContentHandler,
  LFS_STORAGE_PREFIX,
  type ContentHandler,
  type ContentOptions,
} from './handler.js';
export { parseSize } from './size.js';
export {
  DEFAULT_WEIGHTS_BYTES,
  REPO_KINDS,
  repoEntries,
  WEIGHTS_PATH,
  type RepoEntry,
  type RepoKey,
  type RepoKind,
} from './files.js';
export { sha256Of } from './bytes.js';
export { WriteStore } from './store.js';
export { DEFAULT_LFS_CHUNK_BYTES } from './writes.js';
