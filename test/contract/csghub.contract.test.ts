/**
 * CSGHub contract: the operations of the spec through the public client, against Prism with
 * request validation on. Areas run in order; the coverage check runs last.
 */
import { describe, expect, it } from 'vitest';
import { methods } from '../../generated/csghub.methods.js';
import { accounting } from './csghub/accounting.js';
import { agentSessions } from './csghub/agent-sessions.js';
import { agentTools } from './csghub/agent-tools.js';
import { finetuneJobs } from './csghub/finetune-jobs.js';
import { apps } from './csghub/apps.js';
import { recorder } from './csghub/context.js';
import { gateway } from './csghub/gateway.js';
import { mirrors } from './csghub/mirrors.js';
import { modelsCompute } from './csghub/models-compute.js';
import { organizationsAndCollections } from './csghub/organizations.js';
import { platform } from './csghub/platform.js';
import { repositories } from './csghub/repositories.js';
import { uploads } from './csghub/uploads.js';
import { modelRuntimeFrameworks, spaceResources } from './csghub/space-resources.js';
import { userRuns } from './csghub/user-runs.js';
import { users } from './csghub/users.js';

repositories();
uploads();
modelsCompute();
apps();
platform();
finetuneJobs();
spaceResources();
modelRuntimeFrameworks();
userRuns();
gateway();
users();
organizationsAndCollections();
accounting();
agentSessions();
agentTools();
mirrors();

describe('coverage', () => {
  it('reached every operation of the CSGHub spec', () => {
    const missing = recorder.operations
      .map((op) => `${op.method.toUpperCase()} ${op.path}`)
      .filter((key) => !recorder.hits.has(key));
    expect(missing).toEqual([]);
    expect([...recorder.hits].filter((key) => key.startsWith('UNKNOWN'))).toEqual([]);
    // The spec's operations, all of them: the generated method table lists each once.
    expect(recorder.operations.map((op) => op.operationId)).toEqual(Object.keys(methods));
  });
});
