import { describe, expect, it } from 'vitest';
import {
  BadRequestError,
  InternalServerError,
  InvalidArgumentError,
  NotFoundError,
  PermissionDeniedError,
} from '../../../src/csghub/index.js';
import { client, example, failure, recorder, status } from './context.js';
import { collect } from '../../helpers/collect.js';

const CONTENT_ID = '3f6c1e2a-8b7d-4c5e-9a1f-2d3b4c5e6f70';

/** A client whose requests are kept, to assert on what was sent and how often. */
function watched() {
  const sent: { method: string; url: URL; body: unknown }[] = [];
  const csghub = client({
    fetch: (input, init) => {
      const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
      sent.push({ method: init.method ?? 'GET', url: new URL(input), body });
      return recorder.fetch(input, init);
    },
  });
  return { csghub, sent };
}

/** Contract tests of this area; see csghub.contract.test.ts. */
export function agentTools(): void {
  describe('agents (tools): knowledge bases', () => {
    it('lists own and public knowledge bases, and none as empty', async () => {
      const kbs = client().agents.knowledgeBases;
      const page = await kbs.list({ search: 'docs', public: true, editable: true, per: 10 });
      expect(page.items.map((kb) => [kb.id, kb.name])).toEqual([
        [42, 'csghub-docs'],
        [17, 'opencsg-model-cards'],
      ]);
      expect(page.total).toBe(2);
      expect(page.hasNextPage()).toBe(false);
      expect(await collect(kbs.list({}, example('noMatch')))).toEqual([]);
    });

    it('creates, reads, updates and deletes a knowledge base', async () => {
      const kbs = client().agents.knowledgeBases;
      const created = await kbs.create({
        name: 'csghub-docs',
        description: 'User guide and API notes of CSGHub.',
        public: false,
      });
      expect(created).toMatchObject({ id: 42, content_id: CONTENT_ID, public: false });
      const kb = await kbs.get(42);
      expect(kb).toMatchObject({ id: 42, owner: 'wanghh2000', editable: true, is_pinned: true });
      await expect(
        kbs.update(42, { name: 'csghub-user-guide', public: true }),
      ).resolves.toBeUndefined();
      await expect(kbs.delete(42)).resolves.toBeUndefined();
    });

    it('updates and deletes by content id', async () => {
      const kbs = client().agents.knowledgeBases;
      await expect(
        kbs.updateByContentId(CONTENT_ID, {
          description: 'User guide of CSGHub, English and Chinese.',
        }),
      ).resolves.toBeUndefined();
      await expect(kbs.deleteByContentId(CONTENT_ID)).resolves.toBeUndefined();
    });

    it('maps an unknown id to 500, a taken name to AGENT-ERR-2, a stranger to 403', async () => {
      const kbs = client().agents.knowledgeBases;
      const unknown = await kbs.get(999, failure(500, 'unknownId')).catch((e: unknown) => e);
      expect(unknown).toBeInstanceOf(InternalServerError);
      expect(String(unknown)).toContain('not found');
      await expect(
        kbs.create({ name: 'csghub-docs' }, failure(500, 'nameTaken')),
      ).rejects.toMatchObject({ constructor: InternalServerError, code: 'AGENT-ERR-2' });
      await expect(kbs.deleteByContentId(CONTENT_ID, status(403))).rejects.toMatchObject({
        constructor: PermissionDeniedError,
        code: 'AUTH-ERR-2',
      });
    });
  });

  describe('agents (tools): templates', () => {
    it('lists templates and the instances of one', async () => {
      const templates = client().agents.templates;
      const page = await templates.list({ search: 'support', type: 'langflow', per: 20 });
      expect(page.items.map((t) => [t.id, t.type])).toEqual([
        [7, 'langflow'],
        [3, 'code'],
      ]);
      expect(page.total).toBe(2);
      expect(page.items[0]?.content).toBeUndefined();
      expect((await templates.list({}, example('noMatch'))).items).toEqual([]);
      const instances = await templates.listInstances(7, { search: 'OpenCSG', type: 'langflow' });
      expect(instances.items.map((i) => [i.id, i.template_id, i.is_running])).toEqual([
        [315, 7, true],
      ]);
      expect(instances.total).toBe(1);
      expect(instances.hasNextPage()).toBe(false);
      expect(await collect(templates.listInstances(8, {}, example('none')))).toEqual([]);
    });

    it('creates, reads, updates and deletes a template', async () => {
      const templates = client().agents.templates;
      const created = await templates.create({
        type: 'langflow',
        name: 'Customer support triage',
        content: '{"nodes":[],"edges":[]}',
        public: false,
      });
      expect(created).toMatchObject({ id: 7, content: '{"nodes":[],"edges":[]}' });
      const template = await templates.get(7);
      expect(template.content).toContain('ChatInput-1');
      const updated = await templates.update(7, {
        type: 'langflow',
        name: 'Customer support triage v2',
        public: true,
      });
      expect(updated).toMatchObject({ id: 7, name: 'Customer support triage v2' });
      expect(updated.created_at).toBe('0001-01-01T00:00:00Z');
      await expect(templates.delete(7)).resolves.toBeUndefined();
    });

    it('maps an unknown id to 500 SYS-ERR-3 and refused kinds and bodies', async () => {
      const templates = client().agents.templates;
      await expect(templates.get(999, failure(500, 'unknownId'))).rejects.toMatchObject({
        constructor: InternalServerError,
        code: 'SYS-ERR-3',
      });
      await expect(
        templates.create({ type: 'csgclaw', name: 'Claw', content: '{}' }, failure(500, 'csgclaw')),
      ).rejects.toMatchObject({ constructor: InternalServerError, code: 'AGENT-ERR-17' });
      const bad = await templates
        .create({ type: 'langflow', name: 'x', content: '{}' }, failure(400, 'missingContent'))
        .catch((e: unknown) => e);
      expect(bad).toBeInstanceOf(BadRequestError);
      expect(String(bad)).toContain('content is required');
      await expect(templates.delete(7, status(403))).rejects.toBeInstanceOf(PermissionDeniedError);
    });
  });

  describe('agents (tools): prompts', () => {
    it('lists own prompts, and none as empty', async () => {
      const prompts = client().agents.prompts;
      const page = await prompts.list({ search: 'review', per: 10 });
      expect(page.items.map((p) => p.path)).toEqual([
        'wanghh2000/code-review-prompts',
        'wanghh2000/sql-helper',
      ]);
      expect(page.total).toBe(2);
      expect((await prompts.list({}, example('noMatch'))).items).toEqual([]);
    });

    it('rewrites a prompt, and a failure is not retried', async () => {
      const { csghub, sent } = watched();
      const result = await csghub.agents.prompts.optimize({
        prompt: 'write a summary of this model card',
      });
      expect(result.optimized_prompt).toMatch(/^You are a technical writer\./);
      await expect(
        csghub.agents.prompts.optimize({ prompt: 'x' }, { ...status(500), maxRetries: 2 }),
      ).rejects.toMatchObject({ constructor: InternalServerError, code: 'SYS-ERR-0' });
      expect(sent).toHaveLength(2);
    });
  });

  describe('agents (tools): tasks', () => {
    it('lists tasks, and none as empty', async () => {
      const tasks = client().agents.tasks;
      const page = await tasks.list({
        search: 'wukong',
        task_type: 'finetuneJob',
        status: 'in_progress',
        instance_id: 315,
        session_uuid: '0e8a5c2d-6b1f-4a7e-9c3d-5f2a1b0c9d8e',
        per: 10,
      });
      expect(page.items.map((t) => [t.id, t.task_type, t.task_status])).toEqual([
        [92, 'inference', 'in_progress'],
        [91, 'finetuneJob', 'completed'],
      ]);
      expect(page.total).toBe(2);
      expect(await collect(tasks.list({}, example('noTasks')))).toEqual([]);
      await expect(tasks.list({ instance_id: 316 }, status(403))).rejects.toBeInstanceOf(
        PermissionDeniedError,
      );
    });

    it('reads a task, and an unknown one as NotFoundError', async () => {
      const tasks = client().agents.tasks;
      const task = await tasks.get(91);
      expect(task).toMatchObject({ id: 91, status: 'completed', backend: 'argo_workflow' });
      expect(task.metadata?.['job_id']).toBe('5120');
      await expect(tasks.get(999, failure(404, 'notFound'))).rejects.toMatchObject({
        constructor: NotFoundError,
        code: 'SYS-ERR-3',
      });
    });
  });

  describe('agents (tools): MCP servers', () => {
    it('lists built-in and own servers, and none as empty', async () => {
      const servers = client().agents.mcpServers;
      const page = await servers.list({
        search: 'git',
        built_in: true,
        protocol: 'streamable',
        need_install: false,
        status: 'connected',
        installed: true,
        per: 10,
      });
      expect(page.items.map((s) => [s.id, s.built_in, s.status])).toEqual([
        ['builtin:3', true, 'connected'],
        ['user:17', false, 'error'],
      ]);
      expect(page.total).toBe(2);
      expect(page.items[0]?.capabilities?.tools?.[0]?.['name']).toBe('fetch');
      expect(await collect(servers.list({}, example('noMatch')))).toEqual([]);
    });

    it('adds, reads, updates and deletes a server', async () => {
      const servers = client().agents.mcpServers;
      const created = await servers.create({
        name: 'github-tools',
        protocol: 'streamable',
        url: 'https://mcp.example.com/github/mcp',
        headers: { Authorization: 'Bearer ghp_exampletoken000000000000000000000' },
      });
      expect(created).toMatchObject({ id: 17, name: 'github-tools', protocol: 'streamable' });
      const server = await servers.get(`user:${created.id}`);
      expect(server).toMatchObject({ id: 'user:17', installed: true, status: 'connected' });
      await expect(
        servers.update('user:17', { url: 'https://mcp.example.com/github/v2/mcp' }),
      ).resolves.toBeUndefined();
      await expect(
        servers.update('builtin:3', { headers: { 'X-Api-Key': 'sk-example-000000000000' } }),
      ).resolves.toBeUndefined();
      await expect(servers.delete('user:17')).resolves.toBeUndefined();
    });

    it('maps an unknown id to 500 SYS-ERR-3 and refuses a malformed id unsent', async () => {
      const servers = client().agents.mcpServers;
      await expect(servers.get('user:999', failure(500, 'unknownId'))).rejects.toMatchObject({
        constructor: InternalServerError,
        code: 'SYS-ERR-3',
      });
      await expect(
        servers.create(
          { name: 'github-tools', protocol: 'sse', url: 'https://mcp.example.com/sse' },
          failure(500, 'nameTaken'),
        ),
      ).rejects.toMatchObject({ code: 'AGENT-ERR-3' });
      await expect(servers.delete('user:18', status(403))).rejects.toBeInstanceOf(
        PermissionDeniedError,
      );
      await expect(servers.get('17')).rejects.toBeInstanceOf(InvalidArgumentError);
    });

    it('inspects an endpoint, unreachable as status error', async () => {
      const servers = client().agents.mcpServers;
      const params = {
        protocol: 'streamable',
        url: 'https://mcp.example.com/github/mcp',
        headers: { Authorization: 'Bearer ghp_exampletoken000000000000000000000' },
      } as const;
      const connected = await servers.inspect(params);
      expect(connected.status).toBe('connected');
      expect(connected.capabilities?.tools?.map((t) => t['name'])).toEqual(['list_issues']);
      const unreachable = await servers.inspect(params, example('unreachable'));
      expect(unreachable).toEqual({ status: 'error' });
    });

    it('sets a monitor and streams readings of the followed servers', async () => {
      const servers = client().agents.mcpServers;
      const monitorId = '6a1f0c3e-2b7d-4e9a-8c5f-3d2e1b0a9f87';
      await expect(
        servers.setMonitor({ monitor_id: monitorId, mcp_server_ids: ['builtin:3', 'user:17'] }),
      ).resolves.toBeUndefined();
      const events = await collect(servers.streamStatus(monitorId), 2);
      expect(events).toEqual([
        { id: 'builtin:3', status: 'connected' },
        { id: 'user:17', status: 'error', error: 'connect: connection refused' },
      ]);
    });

    it('watches servers: registers a monitor, then yields its readings', async () => {
      const { csghub, sent } = watched();
      const servers = csghub.agents.mcpServers;
      for await (const event of servers.watchStatus(['builtin:3', 'user:17'])) {
        expect(event).toEqual({ id: 'builtin:3', status: 'connected' });
        break;
      }
      const [register, stream] = sent;
      const body = register?.body as { monitor_id: string; mcp_server_ids: string[] };
      expect(body.mcp_server_ids).toEqual(['builtin:3', 'user:17']);
      expect(body.monitor_id).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      expect(stream?.url.pathname).toBe('/api/v1/agent/mcp-servers/status');
      expect(stream?.url.searchParams.get('monitor_id')).toBe(body.monitor_id);
      await expect(
        collect(servers.watchStatus(['builtin:3'], { ...status(400), maxRetries: 0 })),
      ).rejects.toMatchObject({ constructor: BadRequestError, code: 'REQ-ERR-6' });
    });
  });
}
