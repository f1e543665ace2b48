import type { operations } from '../../generated/csghub.js';

/** The query parameters of an operation, all optional as the spec says. */
export type QueryOf<K extends keyof operations> = NonNullable<operations[K]['parameters']['query']>;

/** The JSON request body of an operation. */
export type BodyOf<K extends keyof operations> = operations[K] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;

/** Which directory of which revision to list. */
export interface RepoFileListParams {
  /** Directory inside the repository; the root when absent. */
  path?: string | undefined;
  /** Branch, tag or commit; the default branch when absent. */
  ref?: string | undefined;
}

/** Which revision to read. */
export interface RepoRefParams {
  /** Branch, tag or commit; the default branch when absent. */
  ref?: string | undefined;
}

export interface RepoCommitListParams extends RepoRefParams {
  page?: number | undefined;
  per?: number | undefined;
}

/** Which revision's files to list. */
export interface RepoRevisionParams {
  /** Branch, tag or commit. @default 'main' (as the Python SDK) */
  ref?: string | undefined;
  /** Also answer each file's blob id and size, and LFS files' SHA-256 (models only). */
  blobs?: boolean | undefined;
}
