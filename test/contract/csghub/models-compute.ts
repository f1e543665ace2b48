import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  InvalidArgumentError,
  NotFoundError,
  PermissionDeniedError,
} from '../../../src/csghub/index.js';
import { anonymous, client, example, failure, status } from './context.js';
import { collect } from '../../helpers/collect.js';

const MODEL = 'OpenCSG/csg-wukong-1B';
const CODE = 'OpenCSG/csghub-sdk';

/**
 * A failure status on a stream: error answers are JSON, and Prism only picks one when the
 * request accepts it.
 */
const streamFailure = (prefer: string) => ({
  headers: { accept: 'text/event-stream, application/json', Prefer: prefer },
  maxRetries: 0,
});

export function modelsCompute(): void {
  describe('model relations and quantizations', () => {
    it('reads a model’s relations, anonymously too', async () => {
      const relations = await anonymous().models.getRelations(MODEL);
      expect(relations.datasets?.[0]?.path).toBe('OpenCSG/chinese-fineweb-edu');
      expect(relations.spaces?.[0]).toMatchObject({ sdk: 'gradio', status: 'Running' });
      expect(await client().models.getRelations(MODEL, example('none'))).toEqual({});
      await expect(
        client().models.getRelations('OpenCSG/missing', status(404)),
      ).rejects.toBeInstanceOf(NotFoundError);
    });

    it('sets, adds and removes related datasets', async () => {
      const models = client().models;
      await expect(
        models.setRelations(MODEL, {
          datasets: ['OpenCSG/chinese-fineweb-edu', 'OpenCSG/smoltalk-chinese'],
        }),
      ).resolves.toBeUndefined();
      await expect(models.setRelations(MODEL, { datasets: [] })).resolves.toBeUndefined();
      await expect(
        models.setRelations(MODEL, { datasets: [] }, status(403)),
      ).rejects.toBeInstanceOf(PermissionDeniedError);
      const dataset = { dataset: 'OpenCSG/chinese-fineweb-edu' };
      await expect(models.addDatasetRelation(MODEL, dataset)).resolves.toBeUndefined();
      await expect(models.addDatasetRelation(MODEL, dataset, status(401))).rejects.toBeInstanceOf(
        AuthenticationError,
      );
      await expect(models.removeDatasetRelation(MODEL, dataset)).resolves.toBeUndefined();
    });

    it('reads a code repository’s related models', async () => {
      const relations = await anonymous().codes.getRelations(CODE);
      expect(relations.models?.[0]).toMatchObject({ path: MODEL, downloads: 48213 });
      expect(await client().codes.getRelations(CODE, example('none'))).toEqual({});
      await expect(client().codes.getRelations(CODE, status(403))).rejects.toMatchObject({
        status: 403,
        code: 'AUTH-ERR-2',
      });
    });

    it('lists GGUF quantizations, [] when there are none', async () => {
      const files = await anonymous().models.listQuantizations(MODEL);
      expect(files.map((file) => file.name)).toEqual([
        'csg-wukong-1B-Q4_K_M.gguf',
        'csg-wukong-1B-Q8_0.gguf',
      ]);
      expect(files[0]).toMatchObject({ lfs: true, path: 'gguf/csg-wukong-1B-Q4_K_M.gguf' });
      expect(await client().models.listQuantizations(MODEL, example('none'))).toEqual([]);
    });
  });

  describe('serverless inference', () => {
    it('reads the model’s serverless deploy, or null', async () => {
      const deploy = await anonymous().models.serverless.getForModel(MODEL);
      expect(deploy).toMatchObject({ deploy_id: 2954, status: 'Running', max_replica: 4 });
      expect(await client().models.serverless.getForModel(MODEL, example('none'))).toBeNull();
    });

    it('creates, reads, changes, starts, stops and deletes', async () => {
      const serverless = client().models.serverless;
      const created = await serverless.create(MODEL, {
        deploy_name: 'csg-wukong-1B-serverless',
        runtime_framework_id: 12,
        resource_id: 27,
        min_replica: 0,
        max_replica: 4,
        engine_args: '{"gpu-memory-utilization":"0.9"}',
      });
      expect(created.deploy_id).toBe(2954);
      const deploy = await serverless.get(MODEL, created.deploy_id);
      expect(deploy).toMatchObject({ type: 3, endpoint: 'q7w3e9r1t5y2.space.opencsg.com' });
      await expect(
        serverless.update(MODEL, 2954, { min_replica: 0, max_replica: 8 }),
      ).resolves.toBeUndefined();
      await expect(serverless.start(MODEL, 2954)).resolves.toBeUndefined();
      await expect(serverless.stop(MODEL, 2954, { force: true })).resolves.toBeUndefined();
      await expect(serverless.stop(MODEL, 2954)).resolves.toBeUndefined();
      await expect(serverless.delete(MODEL)).resolves.toBeUndefined();
    });

    it('surfaces the service’s refusals as typed errors with their codes', async () => {
      const serverless = client().models.serverless;
      const body = { deploy_name: 'wukong-q4km', runtime_framework_id: 18, resource_id: 3 };
      await expect(
        serverless.create(MODEL, body, failure(500, 'deployNameExists')),
      ).rejects.toMatchObject({ status: 500, code: 'DEPLOY-ERR-0' });
      await expect(
        serverless.update(MODEL, 2954, { resource_id: 28 }, failure(500, 'stopFirst')),
      ).rejects.toMatchObject({ code: 'DEPLOY-ERR-1' });
      await expect(
        serverless.start(MODEL, 2954, failure(500, 'alreadyRunning')),
      ).rejects.toBeInstanceOf(InternalServerError);
      await expect(serverless.delete(MODEL, failure(500, 'noDeploy'))).rejects.toThrow(
        'no deploy found for serverless type',
      );
      await expect(serverless.get(MODEL, 2954, status(403))).rejects.toBeInstanceOf(
        PermissionDeniedError,
      );
    });

    it('streams status readings and log lines', async () => {
      const serverless = client().models.serverless;
      const events = await collect(serverless.streamStatus(MODEL, 2954));
      expect(events.map((event) => event.status)).toEqual(['Deploying', 'Running']);
      expect(events[0]).toMatchObject({ message: '', reason: '' });
      expect(events[0]?.details?.[0]).toEqual({
        name: 'q7w3e9r1t5y2-00003-deployment-5c8d7f9b6-m4k2p',
        status: 'Pending',
      });
      expect(await collect(serverless.streamStatus(MODEL, 2954, example('failed')))).toEqual([
        {
          status: 'DeployFailed',
          details: null,
          message: 'Back-off pulling image "opencsghq/vllm:v0.8.5"',
          reason: 'ImagePullBackOff',
        },
      ]);
      const lines = await collect(
        serverless.streamLogs(MODEL, 2954, {
          since: '1hour',
          limit: 200,
          instance: 'q7w3e9r1t5y2-00003-deployment-5c8d7f9b6-m4k2p',
        }),
      );
      expect(lines.map((line) => line.source)).toEqual(['Container', 'Container', 'Container']);
      expect(lines[0]?.line).toBe(
        'INFO 03-12 08:26:41 api_server.py:912] vLLM API server version 0.8.5',
      );
      await expect(
        collect(
          serverless.streamLogs(
            MODEL,
            2954,
            { limit: 1 },
            streamFailure('code=400, example=badLimit'),
          ),
        ),
      ).rejects.toThrow('limit must be a positive integer');
      await expect(
        collect(serverless.streamStatus(MODEL, 2954, streamFailure('code=403'))),
      ).rejects.toBeInstanceOf(PermissionDeniedError);
    });

    it('waits for Running', async () => {
      const running = await client().models.serverless.waitFor(MODEL, 2954, 'Running', {
        timeoutMs: 10_000,
      });
      expect(running.details?.[0]?.status).toBe('Running');
    });
  });

  describe('dedicated inference', () => {
    it('lists your deploys of a model, [] when there are none', async () => {
      const runs = await client().models.runs.list(MODEL);
      expect(runs.map((run) => [run.deploy_id, run.status])).toEqual([
        [3187, 'Running'],
        [3102, 'Stopped'],
      ]);
      expect(await client().models.runs.list(MODEL, example('none'))).toEqual([]);
      await expect(client().models.runs.list(MODEL, status(401))).rejects.toBeInstanceOf(
        AuthenticationError,
      );
    });

    it('creates an endpoint, reads, changes, starts, stops, wakes and deletes it', async () => {
      const runs = client().models.runs;
      const created = await runs.create(MODEL, {
        deploy_name: 'wukong-chat',
        runtime_framework_id: 12,
        resource_id: 27,
        min_replica: 1,
        max_replica: 1,
        secure_level: 2,
        revision: 'main',
      });
      expect(created).toMatchObject({ deploy_id: 3187, status: '' });
      const run = await runs.get(MODEL, 3187);
      expect(run).toMatchObject({ type: 1, endpoint: 'kx8m2b1q0z7c.space.opencsg.com' });
      const finetune = await runs.get(MODEL, 3102, example('finetuneInstance'));
      expect(finetune).toMatchObject({ type: 2, proxy_endpoint: '/proxy/7860/' });
      await expect(
        runs.update(MODEL, 3187, { deploy_name: 'wukong-chat-v2' }),
      ).resolves.toBeUndefined();
      await expect(runs.stop(MODEL, 3187)).resolves.toBeUndefined();
      await expect(runs.start(MODEL, 3187)).resolves.toBeUndefined();
      await expect(runs.wakeup(MODEL, 3187)).resolves.toBeUndefined();
      await expect(runs.delete(MODEL, 3187)).resolves.toBeUndefined();
    });

    it('surfaces refusals as typed errors', async () => {
      const runs = client().models.runs;
      const body = { deploy_name: 'wukong-chat', runtime_framework_id: 12, resource_id: 27 };
      const badName = await runs
        .create(MODEL, body, failure(400, 'badName'))
        .catch((e: unknown) => e);
      expect(badName).toBeInstanceOf(BadRequestError);
      expect(badName).toMatchObject({ code: 'REQ-ERR-0', body: { context: { name: '1-wukong' } } });
      await expect(runs.create(MODEL, body, status(409))).rejects.toBeInstanceOf(ConflictError);
      await expect(
        runs.start(MODEL, 3187, failure(500, 'insufficientBalance')),
      ).rejects.toMatchObject({ code: 'ACT-ERR-0' });
      await expect(runs.stop(MODEL, 99999, failure(500, 'deployNotFound'))).rejects.toMatchObject({
        code: 'SYS-ERR-3',
      });
    });

    it('streams status readings and log lines', async () => {
      const runs = client().models.runs;
      const events = await collect(runs.streamStatus(MODEL, 3187));
      expect(events.map((event) => event.status)).toEqual(['Building', 'Deploying', 'Running']);
      await expect(
        collect(runs.streamStatus(MODEL, 3187, example('readingFailed'))),
      ).rejects.toThrow(
        'status stream error: failed to get deploy status: context deadline exceeded',
      );
      await expect(
        collect(runs.streamStatus(MODEL, 3187, streamFailure('code=404'))),
      ).rejects.toBeInstanceOf(NotFoundError);
      const lines = await collect(runs.streamLogs(MODEL, 3187, { since: '10mins' }));
      expect(lines).toHaveLength(2);
      expect(lines[1]).toMatchObject({ source: 'Container' });
      expect(lines[1]?.line).toContain('Uvicorn running');
    });

    it('waits for Running, refusing a malformed deploy id first', async () => {
      const runs = client().models.runs;
      await expect(
        runs.waitFor(MODEL, 3187, 'Running', { timeoutMs: 10_000 }),
      ).resolves.toMatchObject({ status: 'Running' });
      await expect(runs.waitFor(MODEL, 0, 'Running')).rejects.toBeInstanceOf(InvalidArgumentError);
    });
  });

  describe('fine-tuning', () => {
    it('creates an instance, changes, starts, stops and deletes it', async () => {
      const finetunes = client().models.finetunes;
      const created = await finetunes.create(MODEL, {
        deploy_name: 'wukong-ft',
        runtime_framework_id: 31,
        resource_id: 27,
        revision: 'main',
      });
      expect(created.deploy_id).toBe(3102);
      await expect(finetunes.update(MODEL, 3102, { resource_id: 31 })).resolves.toBeUndefined();
      await expect(finetunes.start(MODEL, 3102)).resolves.toBeUndefined();
      await expect(finetunes.stop(MODEL, 3102)).resolves.toBeUndefined();
      await expect(finetunes.delete(MODEL, 3102)).resolves.toBeUndefined();
      await expect(
        finetunes.create(
          MODEL,
          { deploy_name: 'wukong-ft', runtime_framework_id: 31, resource_id: 27 },
          failure(500, 'notEnoughResource'),
        ),
      ).rejects.toMatchObject({ code: 'TASK-ERR-4' });
    });

    it('streams an instance’s log lines', async () => {
      const lines = await collect(
        client().models.finetunes.streamLogs(MODEL, 3102, { since: '1day' }),
      );
      expect(lines).toEqual([
        {
          source: 'Container',
          line: '[INFO|2025-03-05 11:04:02] llamafactory.webui: Running on local URL:  http://0.0.0.0:7860',
        },
      ]);
    });
  });
}
