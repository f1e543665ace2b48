import { afterEach, expect, inject } from 'vitest';
import { CFGPU, type CfgpuOptions } from '../../../src/cfgpu/index.js';
import { ContractRecorder } from '../recorder.js';

export const recorder = await ContractRecorder.forApi('cfgpu');

const baseUrl = inject('mockUrls')['cfgpu'];
if (!baseUrl) throw new Error('the CFGPU mock did not start');

/** A client for the mock, as a real caller would build it, with Prism scenarios per call. */
export function client(options: CfgpuOptions = {}): CFGPU {
  return new CFGPU({ token: 'contract-test-token', baseUrl, fetch: recorder.fetch, ...options });
}

/** Selects one of the spec's named examples. */
export const example = (name: string) => ({ headers: { Prefer: `example=${name}` } });

afterEach(() => {
  expect(recorder.takeViolations()).toEqual([]);
});
