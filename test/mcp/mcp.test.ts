/**
 * `csgkit-mcp` as an MCP client sees it: three servers (read-only from the built bin;
 * `--allow-writes` and `--allow-writes --max-spend 5` from the source) started once against the
 * mocks, driven by the SDK's own
 * `Client` over stdio. Every result is kept for the last test, which looks for the tokens.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalog as cfgpuCatalog } from '../../generated/cfgpu.catalog.js';
import { catalog as csghubCatalog } from '../../generated/csghub.catalog.js';
import { classify } from '../../cli/mcp/catalog.js';
import { CFGPU_TOKEN, CSGHUB_TOKEN, startServer, textOf, type Running } from './server.js';

let readOnly: Running;
let writes: Running;
let capped: Running;
const seen: string[] = [];

beforeAll(async () => {
  [readOnly, writes, capped] = await Promise.all([
    // The read-only one is the built bin, as an MCP client runs it.
    startServer([], { built: true }),
    startServer(['--allow-writes']),
    startServer(['--allow-writes', '--max-spend', '5']),
  ]);
}, 60_000);

afterAll(async () => {
  await Promise.all([readOnly, writes, capped].map((s) => s.close()));
});

interface Outcome {
  error: boolean;
  text: string;
}

async function call(
  server: Running,
  name: string,
  args: Record<string, unknown> = {},
): Promise<Outcome> {
  const result = await server.client.callTool({ name, arguments: args });
  const text = textOf(result);
  seen.push(text);
  return { error: result.isError === true, text };
}

/** The JSON a successful call answered. */
async function data(server: Running, name: string, args: Record<string, unknown> = {}) {
  const outcome = await call(server, name, args);
  expect(outcome.error, outcome.text).toBe(false);
  return JSON.parse(outcome.text) as unknown;
}

const REPO = { namespace: 'OpenCSG', name: 'csg-wukong-1B' };
const NEW_INSTANCE = {
  priceType: 'Usage',
  regionCode: 'hz',
  gpuType: 'qnid2x6c',
  gpuNum: 1,
  imageId: 'image_exc6f72b',
};

const CURATED = [
  'search_repositories',
  'get_repository',
  'read_file',
  'my_repositories',
  'deploy_inference',
  'get_inference',
  'chat',
  'balance',
  'bills',
  'cfgpu_regions',
  'cfgpu_gpus',
  'cfgpu_images',
  'cfgpu_list_instances',
  'cfgpu_get_instance',
  'cfgpu_create_instance',
  'cfgpu_start_instance',
  'cfgpu_stop_instance',
  'cfgpu_release_instance',
];

describe('tool list', () => {
  it('lists the curated tools and the generic ones, described from the spec', async () => {
    const { tools } = await readOnly.client.listTools();
    const names = tools.map((t) => t.name);
    expect(names).toEqual(
      expect.arrayContaining([...CURATED, 'search_operations', 'call_operation']),
    );
    const search = tools.find((t) => t.name === 'search_repositories');
    const listModels = csghubCatalog.operations.find((o) => o.id === 'listModels');
    expect(search?.description).toContain(listModels?.summary);
    const searchParam = listModels?.params.find((p) => p.name === 'search');
    const properties = search?.inputSchema.properties as Record<string, { description?: string }>;
    expect(properties['search']?.description).toBe(searchParam?.description.trim());
    const per = properties['per'] as { minimum?: number; maximum?: number } | undefined;
    expect([per?.minimum, per?.maximum]).toEqual([1, 100]);
    const release = tools.find((t) => t.name === 'cfgpu_release_instance');
    expect(release?.annotations?.readOnlyHint).toBe(false);
    expect(Object.keys(release?.inputSchema.properties ?? {})).toEqual(
      expect.arrayContaining(['instanceId', 'confirm']),
    );
    expect(tools.find((t) => t.name === 'cfgpu_gpus')?.annotations?.readOnlyHint).toBe(true);
    const generic = tools.find((t) => t.name === 'search_operations');
    expect(generic?.description).toContain(`CSGHub (${csghubCatalog.operations.length})`);
    expect(generic?.description).toContain(`CFGPU (${cfgpuCatalog.operations.length})`);
  });
});

describe('curated reads', () => {
  it('searches and inspects models, datasets and spaces, trimmed to what an agent needs', async () => {
    const models = (await data(readOnly, 'search_repositories', {
      kind: 'models',
      search: 'wukong',
      per: 2,
    })) as Record<string, unknown>[];
    expect(models.length).toBeGreaterThan(0);
    expect(models[0]).toHaveProperty('path');
    // No envelope, no internal ids: only the listed fields.
    expect(models[0]).not.toHaveProperty('id');
    expect(models[0]).not.toHaveProperty('repository');
    for (const kind of ['datasets', 'spaces']) {
      const list = (await data(readOnly, 'search_repositories', { kind })) as unknown[];
      expect(Array.isArray(list)).toBe(true);
    }
    const model = (await data(readOnly, 'get_repository', { kind: 'models', ...REPO })) as Record<
      string,
      unknown
    >;
    expect(model['path']).toBe('OpenCSG/csg-wukong-1B');
    expect(model).toHaveProperty('default_branch');
  });

  it('reads a repository file with its text', async () => {
    const file = (await data(readOnly, 'read_file', {
      kind: 'models',
      ...REPO,
      file_path: 'config.json',
    })) as Record<string, unknown>;
    expect(typeof file['content']).toBe('string');
    expect(file).toHaveProperty('path');
  });

  it("lists the token owner's repositories", async () => {
    const mine = (await data(readOnly, 'my_repositories', { kind: 'models' })) as unknown[];
    expect(Array.isArray(mine)).toBe(true);
  });

  it('watches an inference endpoint', async () => {
    const run = (await data(readOnly, 'get_inference', { ...REPO, id: 1 })) as Record<
      string,
      unknown
    >;
    expect(run).toHaveProperty('status');
    expect(run).toHaveProperty('endpoint');
  });

  it('reads the balance and bills of the token owner', async () => {
    const balance = (await data(readOnly, 'balance')) as Record<string, unknown>;
    expect(typeof balance['balance']).toBe('number');
    const bills = (await data(readOnly, 'bills', {
      scene: 10,
      start_date: '2026-11-01',
      end_date: '2026-11-30',
    })) as Record<string, unknown>;
    expect(bills).toHaveProperty('total_value');
  });

  it('lists CFGPU regions, GPUs, images and instances, and reads one', async () => {
    const regions = (await data(readOnly, 'cfgpu_regions')) as Record<string, unknown>[];
    expect(regions.map((r) => r['code'])).toContain('hz');
    const gpus = (await data(readOnly, 'cfgpu_gpus')) as Record<string, unknown>[];
    expect(gpus.length).toBeGreaterThan(0);
    for (const which of ['system', 'private']) {
      expect(Array.isArray(await data(readOnly, 'cfgpu_images', { which }))).toBe(true);
    }
    const instances = (await data(readOnly, 'cfgpu_list_instances')) as Record<string, unknown>[];
    const first = instances[0];
    expect(first).toHaveProperty('instanceId');
    expect(first).toHaveProperty('statusCode');
    const status = (await data(readOnly, 'cfgpu_get_instance', {
      instanceId: first?.['instanceId'],
    })) as Record<string, unknown>;
    expect(status['instanceId']).toBe(first?.['instanceId']);
  });
});

describe('guardrails', () => {
  it('refuses every write on a read-only server, naming --allow-writes', async () => {
    for (const [name, args] of [
      ['cfgpu_release_instance', { instanceId: 'instance-8f3kq2m1', confirm: true }],
      ['cfgpu_create_instance', { instance: NEW_INSTANCE, confirm: true }],
      [
        'deploy_inference',
        { ...REPO, deploy: { deploy_name: 'x1', runtime_framework_id: 1, resource_id: 1 } },
      ],
      ['chat', { model: 'm', messages: [{ role: 'user', content: 'hi' }] }],
      ['call_operation', { operationId: 'createCollection', body: { name: 'c' } }],
    ] as const) {
      const outcome = await call(readOnly, name, args);
      expect(outcome.error, name).toBe(true);
      expect(outcome.text).toContain('--allow-writes');
    }
  });

  it('without confirm, reports what it would do and the cost basis, and sends nothing', async () => {
    const before = (await data(writes, 'cfgpu_list_instances')) as unknown[];
    const preview = (await data(writes, 'cfgpu_create_instance', {
      instance: NEW_INSTANCE,
      hours: 3,
    })) as Record<string, unknown>;
    expect(preview['wouldCall']).toBe('POST /userapi/v1/instance/create');
    expect(preview['toProceed']).toContain('confirm: true');
    expect(JSON.stringify(preview['estimatedCost'])).toContain('3 h');
    expect(await data(writes, 'cfgpu_list_instances')).toEqual(before);

    const release = (await data(writes, 'cfgpu_release_instance', {
      instanceId: 'instance-8f3kq2m1',
    })) as Record<string, unknown>;
    expect(release['operation']).toBe('releaseInstance');
    expect(String(release['why'])).toContain('nothing was sent');
    const deploy = (await data(writes, 'deploy_inference', {
      ...REPO,
      deploy: { deploy_name: 'wukong-endpoint', runtime_framework_id: 1, resource_id: 2 },
    })) as Record<string, unknown>;
    expect(deploy['operation']).toBe('createModelRun');
  });

  it('with --allow-writes and confirm, runs the instance lifecycle and a deploy', async () => {
    const created = (await data(writes, 'cfgpu_create_instance', {
      instance: NEW_INSTANCE,
      confirm: true,
    })) as Record<string, unknown>;
    const instanceId = created['instanceId'];
    expect(typeof instanceId).toBe('string');
    for (const name of ['cfgpu_stop_instance', 'cfgpu_start_instance', 'cfgpu_release_instance']) {
      const outcome = await call(writes, name, { instanceId, confirm: true });
      expect(outcome.error, `${name}: ${outcome.text}`).toBe(false);
      expect(outcome.text).not.toContain('wouldCall');
    }
    const deploy = (await data(writes, 'deploy_inference', {
      ...REPO,
      deploy: { deploy_name: 'wukong-endpoint', runtime_framework_id: 1, resource_id: 2 },
      confirm: true,
    })) as Record<string, unknown>;
    expect(deploy).toHaveProperty('deploy_id');
  });

  it('chats through the gateway once writes are allowed', async () => {
    const reply = (await data(writes, 'chat', {
      model: 'Qwen/Qwen2.5-7B-Instruct',
      messages: [{ role: 'user', content: 'What is csg-wukong-1B?' }],
    })) as Record<string, unknown>;
    expect(typeof reply['reply']).toBe('string');
    expect(reply).toHaveProperty('usage');
  });

  it('under --max-spend, refuses a billed call it cannot price and lets a release through', async () => {
    const create = await call(capped, 'cfgpu_create_instance', {
      instance: NEW_INSTANCE,
      confirm: true,
    });
    expect(create.error).toBe(true);
    expect(create.text).toContain('--max-spend 5');
    const release = await call(capped, 'cfgpu_release_instance', {
      instanceId: 'instance-8f3kq2m1',
      confirm: true,
    });
    expect(release.error, release.text).toBe(false);
  });

  it('classifies operations by a documented rule', () => {
    const risk = (id: string, method: string, idempotent = method !== 'POST') =>
      classify(id, method, idempotent).risk;
    expect(risk('listInstances', 'POST', true)).toBe('read');
    expect(risk('getModel', 'GET')).toBe('read');
    expect(risk('createChatCompletion', 'POST')).toBe('write');
    expect(risk('updateModel', 'PUT')).toBe('write');
    expect(risk('createInstance', 'POST')).toBe('confirm');
    expect(risk('releaseInstance', 'POST')).toBe('confirm');
    expect(risk('startInstance', 'POST')).toBe('confirm');
    expect(risk('deleteModel', 'DELETE')).toBe('confirm');
    expect(risk('createModelRun', 'POST')).toBe('confirm');
    expect(risk('createServerlessDeploy', 'POST', true)).toBe('confirm');
    expect(risk('deployMcpServer', 'POST')).toBe('confirm');
    expect(risk('createRechargeOrder', 'POST')).toBe('confirm');
    expect(risk('changeSubscription', 'PUT')).toBe('confirm');
  });
});

describe('generic tools', () => {
  it('search_operations finds operations of both APIs by words', async () => {
    const found = (await data(readOnly, 'search_operations', {
      query: 'release instance',
    })) as Record<string, unknown>[];
    expect(found[0]?.['id']).toBe('releaseInstance');
    expect(found[0]?.['needs']).toBe('--allow-writes and confirm: true');
    const hub = (await data(readOnly, 'search_operations', {
      query: 'space logs',
      api: 'csghub',
    })) as Record<string, unknown>[];
    expect(hub.map((o) => o['id'])).toContain('streamSpaceLogs');
    expect(hub.every((o) => o['api'] === 'csghub')).toBe(true);
  });

  it('call_operation runs a read of either API through the client', async () => {
    const spaces = (await data(readOnly, 'call_operation', {
      operationId: 'listSpaces',
      params: { per: 1 },
    })) as unknown[];
    expect(Array.isArray(spaces)).toBe(true);
    const status = (await data(readOnly, 'call_operation', {
      operationId: 'getInstanceStatus',
      params: { instanceId: 'instance-8f3kq2m1' },
    })) as Record<string, unknown>;
    expect(status).toHaveProperty('statusCode');
  });

  it('call_operation checks arguments against the spec before sending', async () => {
    const bad = await call(readOnly, 'call_operation', {
      operationId: 'listModels',
      params: { per: 1000, colour: 'red' },
    });
    expect(bad.error).toBe(true);
    expect(bad.text).toContain('params.per: must be ≤ 100');
    expect(bad.text).toContain('params.colour: not a parameter of listModels');
    const missing = await call(writes, 'call_operation', {
      operationId: 'createInstance',
      body: { priceType: 'Hourly' },
      confirm: true,
    });
    expect(missing.error).toBe(true);
    expect(missing.text).toContain('body.priceType: must be one of');
    expect(missing.text).toContain('body.regionCode: required');
    const unknown = await call(readOnly, 'call_operation', { operationId: 'launchRocket' });
    expect(unknown.error).toBe(true);
    expect(unknown.text).toContain('search_operations');
  });

  it('call_operation needs confirm for a release and runs it with confirm', async () => {
    const preview = (await data(writes, 'call_operation', {
      operationId: 'releaseInstance',
      params: { instanceId: 'instance-8f3kq2m1' },
    })) as Record<string, unknown>;
    expect(preview['toProceed']).toContain('confirm: true');
    const done = await call(writes, 'call_operation', {
      operationId: 'releaseInstance',
      params: { instanceId: 'instance-8f3kq2m1' },
      confirm: true,
    });
    expect(done.error, done.text).toBe(false);
    expect(done.text).not.toContain('wouldCall');
  });
});

describe('credentials', () => {
  it('never shows a token in a tool result or on stderr', async () => {
    // The token lookup carries the token in its path and the answer may echo it.
    await call(readOnly, 'call_operation', {
      operationId: 'getTokenInfo',
      params: { token_value: CSGHUB_TOKEN },
    });
    await call(readOnly, 'call_operation', {
      operationId: 'getTokenInfo',
      params: { token_value: CFGPU_TOKEN },
    });
    // Arguments the server quotes back in its own refusals.
    const unknown = await call(readOnly, 'call_operation', { operationId: CSGHUB_TOKEN });
    expect(unknown.text).toContain('no operation [REDACTED]');
    const param = await call(readOnly, 'call_operation', {
      operationId: 'listModels',
      params: { [CFGPU_TOKEN]: 1 },
    });
    expect(param.text).toContain('params.[REDACTED]: not a parameter');
    expect(seen.length).toBeGreaterThan(30);
    const everything = [...seen, readOnly.stderr(), writes.stderr(), capped.stderr()].join('\n');
    expect(everything).toContain('csgkit-mcp: ready');
    expect(everything).not.toContain(CSGHUB_TOKEN);
    expect(everything).not.toContain(CFGPU_TOKEN);
  });
});
