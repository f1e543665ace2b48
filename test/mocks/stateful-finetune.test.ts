/**
 * `npm start -- --stateful`: a batch fine-tuning job's life through the public client, against
 * the CSGHub mock validating every request and response.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startMock, type MockServer } from '../../mocks/launcher.js';
import { CSGHub, InternalServerError } from '../../src/csghub/index.js';
import { ContractRecorder } from '../contract/recorder.js';
import { collect } from '../helpers/collect.js';

const DELAY_MS = 200;
const WAIT = { intervalMs: 40, timeoutMs: 5000 };

let mock: MockServer;
let recorder: ContractRecorder;

beforeAll(async () => {
  mock = await startMock({
    api: 'csghub',
    errors: true,
    stateful: true,
    statefulDelayMs: DELAY_MS,
  });
  recorder = await ContractRecorder.forApi('csghub');
});

afterAll(async () => {
  await mock.stop();
});

afterEach(() => {
  expect(recorder.takeViolations()).toEqual([]);
});

const jobs = () =>
  new CSGHub({ token: 'demo-token', baseUrl: mock.url, fetch: recorder.fetch }).finetunes.jobs;

const NEW_JOB = {
  task_name: 'stateful-sft',
  runtime_framework_id: 27,
  resource_id: 12,
  model_id: 'OpenCSG/csg-wukong-1B',
  dataset_id: 'OpenCSG/alpaca-zh',
  namespace: 'stateful-tuner',
};

describe('stateful CSGHub mock: fine-tuning jobs', () => {
  it('runs a job to Succeeded, its log growing, listed for its user until deleted', async () => {
    const created = await jobs().create(NEW_JOB);
    expect(created).toMatchObject({
      status: 'Pending',
      username: 'stateful-tuner',
      repo_ids: ['OpenCSG/csg-wukong-1B'],
      datasets: ['OpenCSG/alpaca-zh'],
    });
    const fresh = await jobs().get(created.id);
    expect(fresh).toMatchObject({ id: created.id, status: 'Pending', task_name: 'stateful-sft' });
    expect(await jobs().logs(created.id)).toBe('workflow submitted, waiting for resources');

    const listed = await jobs().list('stateful-tuner');
    expect(listed.items.map((j) => j.id)).toEqual([created.id]);
    expect(listed.total).toBe(1);

    const states: string[] = [];
    const done = await jobs().waitFor(created.id, { ...WAIT, onStatus: (s) => states.push(s) });
    expect(states.at(-1)).toBe('Succeeded');
    expect(done.end_time).not.toBe('0001-01-01T00:00:00Z');
    expect(done.result_url).toContain(created.task_id);
    // The mock keeps a log stream open (heartbeats) as the hub does: read the three lines.
    const lines = await collect(jobs().streamLogs(created.task_id), 3);
    expect(lines.map((l) => l.line)).toEqual([
      'workflow submitted, waiting for resources',
      'training started',
      'training finished, model uploaded',
    ]);

    await jobs().delete(created.id);
    await expect(jobs().get(created.id)).rejects.toBeInstanceOf(InternalServerError);
    await expect(jobs().delete(created.id)).rejects.toBeInstanceOf(InternalServerError);
    await expect(jobs().list('stateful-tuner')).resolves.toMatchObject({ items: [], total: 0 });
  });

  it('answers jobs it does not hold from the spec examples', async () => {
    await expect(jobs().get(498)).resolves.toMatchObject({ status: 'Succeeded' });
  });
});
