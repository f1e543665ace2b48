/** The in-memory stores behind the data-backed mocks, one per API. */
import type { IHttpOperation } from '@stoplight/types';
import type { Fixtures } from '../data/fixtures.js';
import { DEFAULT_SEED } from '../data/random.js';
import { cfgpuStore } from './cfgpu.js';
import { csghubStore } from './csghub.js';
import { MAX_RECORDS } from './support.js';
import type { StatefulStore, StoreSetup } from './types.js';

export interface StoreOptions {
  /** How long each transitional state (CREATING, STOPPING, Building…) lasts. */
  delayMs: number;
  /** Most records created of each kind; further creates are refused. @default 10000 */
  maxRecords?: number | undefined;
  /** The PRNG seed of the generated dataset. @default 1 */
  seedValue?: number | undefined;
  /** Records from a `--seed` file that change or extend the generated ones. */
  fixtures?: Fixtures | undefined;
}

const STORES: Record<string, (operations: IHttpOperation[], setup: StoreSetup) => StatefulStore> = {
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
  return store(operations, {
    delayMs: options.delayMs,
    maxRecords: options.maxRecords ?? MAX_RECORDS,
    seedValue: options.seedValue ?? DEFAULT_SEED,
    fixtures: options.fixtures ?? {},
  });
}
