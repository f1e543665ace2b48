import { describe, expect, it } from 'vitest';
import {
  BadRequestError,
  InternalServerError,
  PermissionDeniedError,
} from '../../../src/csghub/index.js';
import { collect } from '../../helpers/collect.js';
import { client, example, status } from './context.js';

/** Contract tests of this area; see csghub.contract.test.ts. */
export function finetuneJobs(): void {
  describe('fine-tuning jobs', () => {
    const jobs = () => client().finetunes.jobs;

    it('submits a job', async () => {
      const job = await jobs().create({
        task_name: 'wukong-sft',
        runtime_framework_id: 27,
        resource_id: 12,
        model_id: 'OpenCSG/csg-wukong-1B',
        dataset_id: 'OpenCSG/alpaca-zh',
        epochs: 3,
        swift_command: 'sft',
      });
      expect(job).toMatchObject({ id: 512, status: 'Pending', task_type: 'finetune' });
      await expect(
        jobs().create(
          { runtime_framework_id: 27, resource_id: 12, model_id: 'a/b', dataset_id: 'c/d' },
          status(400),
        ),
      ).rejects.toBeInstanceOf(BadRequestError);
    });

    it('reads a job in each state and waits for it to succeed', async () => {
      const done = await jobs().get(498);
      expect(done.result_url).toMatch(/^https:\/\/hub\.opencsg\.com\/models\//);
      const running = await jobs().get(512, example('running'));
      expect(running).toMatchObject({ status: 'Running', end_time: '0001-01-01T00:00:00Z' });
      const waited = await jobs().waitFor(498, { timeoutMs: 10_000, intervalMs: 10 });
      expect(waited.status).toBe('Succeeded');
    });

    it('reads the log as text and as an event stream', async () => {
      await expect(jobs().logs(512, { since: '1hour' })).resolves.toContain('llamafactory.train');
      const lines = await collect(jobs().streamLogs('1n9f3k2mzq8rt', { since: '10mins' }));
      expect(lines).toEqual([
        { source: 'Container', line: "{'loss': 1.8213, 'learning_rate': 9.8e-05, 'epoch': 0.1}" },
      ]);
      await expect(jobs().logs(512, {}, status(403))).rejects.toBeInstanceOf(PermissionDeniedError);
    });

    it("pages a user's jobs (data and total without msg)", async () => {
      const page = await jobs().list('wanghh2000', { per: 10 });
      expect(page.items.map((j) => j.task_id)).toEqual(['1n9f3k2mzq8rt']);
      expect(page.total).toBe(1);
      const none = await jobs().list('wanghh2000', {}, example('empty'));
      expect(none).toMatchObject({ items: [], total: 0 });
    });

    it('deletes a job', async () => {
      await expect(jobs().delete(512)).resolves.toBeUndefined();
      await expect(jobs().delete(512, status(500))).rejects.toBeInstanceOf(InternalServerError);
    });
  });
}
