import { afterEach, expect, inject } from 'vitest';
import { CSGHub, type CsghubOptions } from '../../../src/csghub/index.js';
import { ContractRecorder } from '../recorder.js';

export const recorder = await ContractRecorder.forApi('csghub');

const baseUrl = inject('mockUrls')['csghub'];
if (!baseUrl) throw new Error('the CSGHub mock did not start');

/** A client for the mock, as a real caller would build it. */
export function client(options: CsghubOptions = {}): CSGHub {
  return new CSGHub({ token: 'contract-test-token', baseUrl, fetch: recorder.fetch, ...options });
}

/** A client without a token, for the reads the service allows anonymously. */
export function anonymous(): CSGHub {
  return new CSGHub({ token: undefined, baseUrl, fetch: recorder.fetch });
}

/** Selects one of the spec's named examples. */
export const example = (name: string) => ({ headers: { Prefer: `example=${name}` } });

/** Selects a response status. */
export const status = (code: number) => ({ headers: { Prefer: `code=${code}` } });

/** Selects a failure status with one of its named examples, without retries. */
export const failure = (code: number, name: string) => ({
  headers: { Prefer: `code=${code}, example=${name}` },
  maxRetries: 0,
});

afterEach(() => {
  expect(recorder.takeViolations()).toEqual([]);
});
