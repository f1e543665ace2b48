import type { components, operations } from '../../generated/csghub.js';

type Schemas = components['schemas'];

/** The query parameters of an operation, all optional as the spec says. */
export type QueryOf<K extends keyof operations> = NonNullable<operations[K]['parameters']['query']>;

/** The JSON request body of an operation. */
export type BodyOf<K extends keyof operations> = operations[K] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;

export type Model = Schemas['Model'];
export type Dataset = Schemas['Dataset'];
export type Code = Schemas['Code'];
export type Space = Schemas['Space'];
export type McpServer = Schemas['McpServer'];
/** A file or directory entry of a repository. */
export type RepoFile = Schemas['RepoFile'];
export type RepoCommit = Schemas['RepoCommit'];
export type RepoBranch = Schemas['RepoBranch'];

export type ModelListParams = QueryOf<'listModels'>;
export type ModelCreateParams = BodyOf<'createModel'>;
export type ModelUpdateParams = BodyOf<'updateModel'>;
export type DatasetListParams = QueryOf<'listDatasets'>;
export type DatasetCreateParams = BodyOf<'createDataset'>;
export type DatasetUpdateParams = BodyOf<'updateDataset'>;
export type CodeListParams = QueryOf<'listCodes'>;
export type CodeCreateParams = BodyOf<'createCode'>;
export type CodeUpdateParams = BodyOf<'updateCode'>;
export type SpaceListParams = QueryOf<'listSpaces'>;
export type SpaceCreateParams = BodyOf<'createSpace'>;
export type SpaceUpdateParams = BodyOf<'updateSpace'>;
export type McpServerListParams = QueryOf<'listMcpServers'>;
export type McpServerCreateParams = BodyOf<'createMcpServer'>;
export type McpServerUpdateParams = BodyOf<'updateMcpServer'>;

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
