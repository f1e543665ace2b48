/**
 * CSGHub contract: the operations of the spec through the public client, against Prism with
 * request validation on. Areas run in order; the coverage check runs last.
 */
import { describe, expect, it } from 'vitest';
import { apps } from './csghub/apps.js';
import { recorder } from './csghub/context.js';
import { gateway } from './csghub/gateway.js';
import { modelsCompute } from './csghub/models-compute.js';
import { platform } from './csghub/platform.js';
import { repositories } from './csghub/repositories.js';

repositories();
modelsCompute();
apps();
platform();
gateway();

describe('coverage', () => {
  it('reached every operation of the CSGHub spec', () => {
    const missing = recorder.operations
      .map((op) => `${op.method.toUpperCase()} ${op.path}`)
      .filter((key) => !recorder.hits.has(key));
    expect(missing).toEqual([]);
    expect([...recorder.hits].filter((key) => key.startsWith('UNKNOWN'))).toEqual([]);
    expect(recorder.operations).toHaveLength(141);
  });
});
