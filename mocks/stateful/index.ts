/** The stateful stores behind `--stateful`, one per API. */
import type { IHttpOperation } from '@stoplight/types';
import { cfgpuStore } from './cfgpu.js';
import { csghubStore } from './csghub.js';
import { MAX_RECORDS } from './support.js';
import type { StatefulStore } from './types.js';

export interface StoreOptions {
  /** How long each transitional state (CREATING, STOPPING, Building…) lasts. */
  delayMs: number;
  /** Most records created of each kind; further creates are refused. @default 10000 */
  maxRecords?: number | undefined;
}

const STORES: Record<
  string,
  (operations: IHttpOperation[], delayMs: number, maxRecords: number) => StatefulStore
> = {
  cfgpu: cfgpuStore,
  csghub: csghubStore,
};

export function createStore(
  api: string,
  operations: IHttpOperation[],
  options: StoreOptions,
): StatefulStore {
  const store = STORES[api];
  if (!store) throw new Error(`no stateful mode for the ${api} API`);
  return store(operations, options.delayMs, options.maxRecords ?? MAX_RECORDS);
}
