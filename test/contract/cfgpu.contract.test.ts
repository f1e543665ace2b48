/**
 * CFGPU contract: every operation of the spec, through the public client, against Prism with
 * request validation on. Resources run in order; the coverage check runs last.
 */
import { describe, expect, it } from 'vitest';
import { methods } from '../../generated/cfgpu.methods.js';
import { images } from './cfgpu/images.js';
import { instances } from './cfgpu/instances.js';
import { recorder } from './cfgpu/context.js';
import { regionsAndGpus } from './cfgpu/regions-gpus.js';

regionsAndGpus();
images();
instances();

describe('coverage', () => {
  it('reached every operation of the CFGPU spec', () => {
    const missing = recorder.operations
      .map((op) => `${op.method.toUpperCase()} ${op.path}`)
      .filter((key) => !recorder.hits.has(key));
    expect(missing).toEqual([]);
    expect([...recorder.hits].filter((key) => key.startsWith('UNKNOWN'))).toEqual([]);
    // The spec's operations, all of them: the generated method table lists each once.
    expect(recorder.operations.map((op) => op.operationId)).toEqual(Object.keys(methods));
  });
});
