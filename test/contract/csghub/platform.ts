import { describe, expect, it } from 'vitest';
import {
  BadRequestError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
} from '../../../src/csghub/index.js';
import type { RepoKind } from '../../../src/csghub/resources/discussions.js';
import { anonymous, client, example, failure, status } from './context.js';
import { collect } from '../../helpers/collect.js';

const CLUSTER = '8f6a4b0e-2d47-4c8e-9a51-3f1d7b2c6e90';
const CSV_HEADER =
  'ClusterID,ClusterRegion,DeployName,Username,Resource,CreateTime,Status,TotalTimeInMin,TotalFeeInCents';

/** Contract tests of this area; see csghub.contract.test.ts. */
export function platform(): void {
  describe('discussions', () => {
    // The mock's `{repo_type}` enum has `mcpserver`, not `mcps`: a wrong mapping is a 422.
    it.each<RepoKind>(['models', 'datasets', 'codes', 'spaces', 'mcps'])(
      'lists the discussions of %s, anonymously',
      async (kind) => {
        const page = await anonymous().discussions.list(kind, 'OpenCSG/csg-wukong-1B', {
          per: 10,
        });
        expect(page.items.map((d) => d.id)).toEqual([91, 87]);
        expect(page.total).toBe(2);
        expect(page.items[1]?.user.name).toBe('wanghh2000');
        expect(page.hasNextPage()).toBe(false);
      },
    );

    it('walks every discussion, reads none as empty, and a 404 as NotFoundError', async () => {
      const all = await collect(client().discussions.list('spaces', 'OpenCSG/wukong-chat'));
      expect(all.map((d) => d.title)).toContain('Does csg-wukong-1B support a 4k context?');
      const none = await client().discussions.list(
        'codes',
        'OpenCSG/csghub-sdk',
        {},
        example('none'),
      );
      expect(none.items).toEqual([]);
      await expect(
        client().discussions.list('models', 'OpenCSG/missing', {}, status(404)),
      ).rejects.toBeInstanceOf(NotFoundError);
    });

    it('opens, reads, renames and deletes a discussion', async () => {
      const created = await client().discussions.create('mcps', 'OpenCSG/mcp-fetch', {
        title: 'Does csg-wukong-1B support a 4k context?',
      });
      expect(created).toMatchObject({ id: 87, comment_count: 0 });
      const detail = await anonymous().discussions.get(87, { page: 1, per: 50 });
      expect(detail.title).toBe('Does csg-wukong-1B support a 4k context?');
      expect(detail.comments?.total).toBe(2);
      expect(detail.comments?.data.map((c) => c.id)).toEqual([306, 305]);
      await expect(
        client().discussions.update(87, { title: 'Does csg-wukong-1B support 8k?' }),
      ).resolves.toBeUndefined();
      await expect(client().discussions.delete(87)).resolves.toBeUndefined();
      await expect(client().discussions.delete(87, status(403))).rejects.toMatchObject({
        constructor: PermissionDeniedError,
        code: 'AUTH-ERR-2',
      });
    });

    it('lists, posts, edits and deletes comments', async () => {
      const page = await anonymous().discussions.listComments(87, { per: 20 });
      expect(page.items.map((c) => c.content)).toEqual([
        'Yes — the model was trained with a 4096-token context window.',
        'I get garbled output past ~2,000 tokens. Is that expected?',
      ]);
      expect(page.total).toBe(2);
      const empty = await client().discussions.listComments(87, {}, example('empty'));
      expect(empty.items).toEqual([]);
      await expect(client().discussions.listComments(86, {}, status(404))).rejects.toBeInstanceOf(
        NotFoundError,
      );
      const posted = await client().discussions.createComment(87, {
        content: 'Yes — the model was trained with a 4096-token context window.',
      });
      expect(posted).toMatchObject({ id: 306, commentable_id: 87, commentable_type: 'discussion' });
      await expect(
        client().discussions.updateComment(305, { content: 'Yes — 4096 tokens.' }),
      ).resolves.toBeUndefined();
      await expect(client().discussions.deleteComment(305)).resolves.toBeUndefined();
    });
  });

  describe('tags', () => {
    it('lists tags with repeated filters, anonymously, and walks them', async () => {
      const page = await anonymous().tags.list({
        scope: ['model'],
        category: ['task', 'license'],
        built_in: true,
        search: 'text',
        per: 10,
      });
      expect(page.items.map((t) => t.name)).toEqual(['text-to-image', 'text-generation']);
      expect(page.total).toBe(2);
      expect(await collect(client().tags.list({}, example('noMatch')))).toEqual([]);
    });

    // These answers carry `data` without `msg` (and delete answers `null`).
    it('creates, reads, updates and deletes a tag', async () => {
      const created = await client().tags.create({
        name: 'text-to-video',
        category: 'task',
        group: 'multimodal',
        scope: 'model',
        built_in: true,
        i18n_key: 'text-to-video',
      });
      expect(created).toMatchObject({ id: 236, name: 'text-to-video', scope: 'model' });
      const tag = await client().tags.get(12);
      expect(tag).toMatchObject({ id: 12, name: 'text-generation', show_name: '文本生成' });
      const { data: updated, response } = await client()
        .tags.update(12, {
          name: 'text-generation',
          category: 'task',
          group: 'natural_language_processing',
          scope: 'model',
        })
        .withResponse();
      expect(updated.created_at).toBe('0001-01-01T00:00:00Z');
      expect(response.status).toBe(200);
      await expect(client().tags.delete(12)).resolves.toBeUndefined();
    });

    it('reports errors of the bare-answer operations as usual', async () => {
      await expect(
        client().tags.create({ name: 'x', category: 'task', scope: 'model' }, status(403)),
      ).rejects.toMatchObject({ constructor: PermissionDeniedError, code: 'AUTH-ERR-2' });
      await expect(client().tags.get(12, { ...status(500), maxRetries: 0 })).rejects.toMatchObject({
        constructor: InternalServerError,
        code: 'SYS-ERR-0',
      });
    });

    it('lists, creates, updates and deletes categories', async () => {
      const categories = await anonymous().tags.listCategories();
      expect(categories.map((c) => c.name)).toEqual(['task', 'framework', 'license']);
      const created = await client().tags.createCategory({
        name: 'industry',
        scope: 'dataset',
        show_name: 'Industry',
        enabled: true,
      });
      expect(created).toMatchObject({ id: 17, name: 'industry', enabled: true });
      const updated = await client().tags.updateCategory(17, {
        name: 'industry',
        scope: 'dataset',
        enabled: false,
      });
      expect(updated.enabled).toBe(false);
      await expect(client().tags.deleteCategory(17)).resolves.toBeUndefined();
    });
  });

  describe('runtime frameworks', () => {
    it('lists the frameworks, for one use too (an answer without msg)', async () => {
      const evaluation = await client().runtimeFrameworks.list({ deploy_type: 4 });
      expect(evaluation.map((f) => f.frame_name)).toEqual(['opencompass', 'evalscope']);
      const inference = await client().runtimeFrameworks.list({}, example('inference'));
      expect(inference[0]).toMatchObject({ id: 6, frame_name: 'vllm', type: 1 });
    });

    it('pages the models the frameworks can run (data and total without msg)', async () => {
      const page = await client().runtimeFrameworks.listModels({
        deploy_type: 4,
        search: 'wukong',
        sort: 'most_download',
        per: 10,
      });
      expect(page.items.map((m) => m.path)).toEqual([
        'OpenCSG/csg-wukong-1B',
        'OpenCSG/csg-wukong-chat-v0.1',
      ]);
      expect(page.total).toBe(2);
      expect(page.hasNextPage()).toBe(false);
      const none = await client().runtimeFrameworks.listModels({}, example('none'));
      expect(none).toMatchObject({ items: [], total: 0 });
      const forVllm = await collect(client().runtimeFrameworks.listModelsFor(6, { per: 5 }));
      expect(forVllm.map((m) => m.repository_id)).toEqual([2201]);
    });

    it('attaches and detaches models, resolving to the paths that failed', async () => {
      const models = ['OpenCSG/csg-wukong-1B', 'OpenCSG/csg-wukong-chat-v0.1'];
      await expect(
        client().runtimeFrameworks.addModels(6, { models, deploy_type: 1 }),
      ).resolves.toEqual([]);
      await expect(
        client().runtimeFrameworks.addModels(6, { models }, example('oneFailed')),
      ).resolves.toEqual(['OpenCSG/csg-wukong-chat-v0.1']);
      await expect(
        client().runtimeFrameworks.removeModels(6, { models: models.slice(1), deploy_type: 4 }),
      ).resolves.toEqual([]);
    });
  });

  describe('clusters', () => {
    it('lists clusters, their usage and the public summary', async () => {
      const clusters = await client().clusters.list({ scope: 'all' });
      expect(clusters.map((c) => c.cluster_id)).toEqual([CLUSTER]);
      const summary = await anonymous().clusters.getPublicSummary({ scope: 'all' });
      expect(summary.region).toEqual(['region-0']);
      expect(summary.hardware?.map((h) => h.xpu_model)).toEqual(['A10', 'H100']);
      const usages = await client().clusters.listUsages();
      expect(usages[0]).toMatchObject({ total_gpu: 32, available_gpu: 11, enable: true });
    });

    it('reads one cluster with its nodes', async () => {
      const cluster = await client().clusters.get(CLUSTER);
      expect(cluster.resources?.[0]?.node_name).toBe('gpu-node-03');
    });

    it('pages the deploys', async () => {
      const page = await client().clusters.listDeploys({
        status: 'running',
        search: 'wukong',
        per: 10,
      });
      expect(page.total).toBe(1);
      expect(page.items[0]).toMatchObject({
        deploy_name: 'wukong-chat-endpoint',
        status: 'Running',
      });
      expect(await collect(client().clusters.listDeploys({}, example('none')))).toEqual([]);
    });

    it('downloads the deploys report as CSV text, and a bad range as BadRequestError', async () => {
      const csv = await client().clusters.downloadDeploysReport({
        status: 'all',
        start_time: '2026-06-01',
        end_time: '2026-06-30 23:59:59',
      });
      const lines = csv.trimEnd().split('\n');
      expect(lines[0]).toBe(CSV_HEADER);
      expect(lines).toHaveLength(3);
      expect(lines[2]).toContain(',sd-demo,lizhen,');
      const empty = await client().clusters.downloadDeploysReport({}, example('empty'));
      expect(empty.trimEnd()).toBe(CSV_HEADER);
      const error = await client()
        .clusters.downloadDeploysReport({ start_time: '2026-06-01' }, failure(400, 'halfRange'))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BadRequestError);
      expect(String(error)).toContain('start_time and end_time must be provided together');
    });

    it('administers nodes, deploy records and workflows', async () => {
      const admin = client().clusters.admin;
      const deploys = await admin.listDeploys({
        cluster_id: CLUSTER,
        cluster_node: 'gpu-node-03',
        status: 23,
        resource_id: 12,
        start_time: '2026-06-01',
        end_time: '2026-06-30',
        per: 10,
      });
      expect(deploys.items.map((d) => d.id)).toEqual([4821]);
      expect(deploys.total).toBe(1);
      const nodes = await admin.listNodes();
      expect(nodes.length).toBeGreaterThan(0);
      expect(nodes[0]?.cluster_id).toBe(CLUSTER);
      const node = await admin.getNode(12);
      expect(node).toMatchObject({ id: 12, name: 'gpu-node-03', exclusive: false });
      await expect(
        admin.setNodeAccessMode(12, { namespace: 'OpenCSG', exclusive: true }),
      ).resolves.toBeUndefined();
      expect((await admin.enableNodeVxpu(12)).enable_vxpu).toBe(true);
      expect((await admin.disableNodeVxpu(12)).enable_vxpu).toBe(false);
      const workflows = await collect(
        admin.listWorkflows({ status: 'Succeeded', search: 'ceval', per: 5 }),
      );
      expect(workflows.map((w) => w.task_id)).toEqual(['1n5t0a8ktcjk0']);
      await expect(admin.listNodes(status(403))).rejects.toBeInstanceOf(PermissionDeniedError);
    });
  });

  describe('evaluations', () => {
    it('starts an evaluation', async () => {
      const job = await client().evaluations.create({
        task_name: 'wukong-ceval',
        task_desc: 'C-Eval on the 1B base model',
        runtime_framework_id: 21,
        resource_id: 12,
        model_id: 'OpenCSG/csg-wukong-1B',
        datasets: ['OpenCSG/ceval-exam'],
      });
      expect(job).toMatchObject({ id: 318, status: 'Pending', task_id: '1n5t0a8ktcjk0' });
    });

    it('reads an evaluation in each state', async () => {
      const done = await client().evaluations.get(318);
      expect(done.status).toBe('Succeeded');
      expect(done.result_url).toMatch(/summary\.json$/);
      const claw = await client().evaluations.get(342, example('clawEval'));
      expect(claw.summary?.avg_score).toBe(0.61);
      const running = await client().evaluations.get(319, example('running'));
      expect(running.datasets?.[0]).toMatchObject({ repo_id: 'haonan-li/cmmlu', deleted: true });
    });

    it('waits for an evaluation to succeed', async () => {
      const done = await client().evaluations.waitFor(318, { timeoutMs: 10_000, intervalMs: 10 });
      expect(done.download_url).toMatch(/results\.zip$/);
    });

    it('deletes an evaluation', async () => {
      await expect(client().evaluations.delete(318)).resolves.toBeUndefined();
      await expect(client().evaluations.delete(318, status(403))).rejects.toBeInstanceOf(
        PermissionDeniedError,
      );
    });
  });
}
