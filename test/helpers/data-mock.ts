/**
 * A data-backed CSGHub mock for one test file: started once, with response violations turned
 * into errors, and clients whose every exchange the contract recorder checks against the spec
 * (a test fails on any `sl-violations`).
 */
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { RESET_PATH } from '../../mocks/config.js';
import { startMock, type MockServer } from '../../mocks/launcher.js';
import type { FetchLike } from '../../src/core/options.js';
import { CSGHub } from '../../src/csghub/index.js';
import { ContractRecorder } from '../contract/recorder.js';

export interface DataMock {
  /** The mock's address. */
  readonly url: () => string;
  /** A client with a token (any token is the token user's, `wanghh2000`). */
  readonly client: (token?: string) => CSGHub;
  /** A client without a token. */
  readonly anonymous: () => CSGHub;
  /** Back to the records the mock started with (`POST /__reset`). */
  readonly reset: () => Promise<void>;
}

/**
 * Registers the mock's hooks in the calling file; `resetEach` resets it before every test,
 * `statefulDelayMs` sets how long each transitional state lasts, `streamIntervalMs` how often a
 * live event stream sends.
 */
export function dataBackedCsghub({
  resetEach = false,
  statefulDelayMs,
  streamIntervalMs,
}: { resetEach?: boolean; statefulDelayMs?: number; streamIntervalMs?: number } = {}): DataMock {
  let mock: MockServer | undefined;
  let recorder: ContractRecorder | undefined;
  const url = () => {
    if (!mock) throw new Error('the mock is not started yet: use it inside a test');
    return mock.url;
  };
  const fetchRecorded: FetchLike = (input, init) => {
    if (!recorder) throw new Error('the recorder is not ready yet: use it inside a test');
    return recorder.fetch(input, init);
  };
  const reset = async () => {
    expect((await fetch(`${url()}${RESET_PATH}`, { method: 'POST' })).status).toBe(200);
  };
  beforeAll(async () => {
    [mock, recorder] = await Promise.all([
      startMock({
        api: 'csghub',
        errors: true,
        stateful: true,
        statefulDelayMs,
        ...(streamIntervalMs !== undefined && { streams: { intervalMs: streamIntervalMs } }),
      }),
      ContractRecorder.forApi('csghub'),
    ]);
  });
  afterAll(async () => {
    await mock?.stop();
  });
  if (resetEach) beforeEach(reset);
  afterEach(() => {
    expect(recorder?.takeViolations()).toEqual([]);
  });
  return {
    url,
    client: (token = 'demo-token') =>
      new CSGHub({ token, baseUrl: url(), fetch: fetchRecorded, maxRetries: 0 }),
    anonymous: () => new CSGHub({ baseUrl: url(), fetch: fetchRecorded, maxRetries: 0 }),
    reset,
  };
}
