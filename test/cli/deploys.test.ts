/**
 * `csghub endpoints` and `csghub serverless`, run as a real process: against the spec's mock, against the data-backed
 * mock (deployed, followed to Running, stopped and deleted), and against a local server that
 * records what it is sent or answers with hostile log lines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataBackedCsghub } from '../helpers/data-mock.js';
import {
  recordingServer,
  type Recorded,
  type RecordingServer,
} from '../helpers/recording-server.js';
import { mockUrls, run } from './run.js';

const TOKEN = 'cli-test-token-5e1a7c3d';
const MODEL = 'OpenCSG/csg-wukong-1B';
const env = { CSGHUB_URL: mockUrls['csghub'] ?? '', CSGHUB_TOKEN: TOKEN };
const endpoints = (...args: string[]) => run('csghub', ['endpoints', ...args], { env });
const data = dataBackedCsghub({ statefulDelayMs: 100, streamIntervalMs: 50 });

/**
 * A local hub for one `describe`, started before its tests: `reply` gives each answer's body
 * (JSON unless `type` says otherwise); `run` runs `csghub endpoints …` against it.
 */
function localHub(reply: (request: Recorded) => { type?: string; body: string }) {
  let hub: RecordingServer | undefined;
  beforeAll(async () => {
    hub = await recordingServer((request, response) => {
      const { type = 'application/json', body } = reply(request);
      response.writeHead(200, { 'content-type': type });
      response.end(body);
    });
  });
  afterAll(() => hub?.close());
  return {
    /** The hub's address, once started. */
    base: () => hub?.base ?? '',
    /** What the hub was sent so far. */
    get seen(): Recorded[] {
      return hub?.seen ?? [];
    },
    run: (...args: string[]) =>
      run('csghub', ['--base-url', hub?.base ?? '', 'endpoints', ...args], {
        env: { CSGHUB_TOKEN: TOKEN },
      }),
  };
}

describe('csghub endpoints against the spec mock', () => {
  it('lists the inference frameworks and the hardware offers that create takes', async () => {
    const frameworks = await endpoints('frameworks', MODEL);
    expect([frameworks.code, frameworks.stderr]).toEqual([0, '']);
    const rows = frameworks.stdout.trimEnd().split('\n');
    expect(rows[0]).toMatch(/^ID\s+FRAMEWORK\s+VERSION\s+COMPUTE\s+ENABLED\s+IMAGE$/);
    expect(rows.slice(1).map((r) => r.split(/\s+/).slice(0, 3))).toEqual([
      ['12', 'vllm', 'v0.8.5'],
      ['14', 'sglang', 'v0.4.6'],
    ]);

    const resources = await endpoints('resources', '--available');
    expect(resources.code).toBe(0);
    expect(resources.stdout).toMatch(/^ID\s+NAME\s+TYPE\s+REGION\s+AVAILABLE\s+PRICE$/m);
    // The hub prices in cents of CNY.
    expect(resources.stdout).toMatch(/^12\s+NVIDIA A10 .*\s+yes\s+0\.012 CNY per minute$/m);
    const json = await endpoints('resources', '--json');
    expect(JSON.parse(json.stdout)).toMatchObject([{ id: 12, price: 1.2 }, { id: 4 }]);
  });

  it('lists, reads and reports the state of endpoints', async () => {
    const list = await endpoints('list', MODEL);
    expect(list.code).toBe(0);
    const [header, first] = list.stdout.trimEnd().split('\n');
    expect(header).toMatch(/^ID\s+NAME\s+STATUS\s+FRAMEWORK\s+REPLICAS\s+ENDPOINT$/);
    expect(first?.split(/\s+/)).toEqual(['3187', 'wukong-chat', 'Running', 'VLLM', '1–1']);

    const got = await endpoints('get', MODEL, '3187');
    expect(got.code).toBe(0);
    expect(got.stdout).toMatch(/^deploy_id\s+3187$/m);
    expect(got.stdout).toMatch(/^status\s+Running$/m);

    const status = await endpoints('status', MODEL, '3187', '--json');
    expect(status.code).toBe(0);
    // The first reading of the stream: the example's first state.
    expect(JSON.parse(status.stdout)).toEqual({
      status: 'Building',
      details: null,
      message: '',
      reason: '',
    });
  });

  it('prints the log lines the stream sends', async () => {
    const logs = await endpoints('logs', MODEL, '3187', '--since', '1hour');
    expect(logs.code).toBe(0);
    expect(logs.stdout).toContain('vLLM API server version 0.8.5');
    const refused = await endpoints('logs', MODEL, '3187', '--since', '3hours');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--since must be one of 10mins, 30mins, 1hour');
  });

  it('stops, starts and wakes, and deletes only with --yes when not on a terminal', async () => {
    for (const [verb, said] of [
      ['stop', 'stopped'],
      ['start', 'starting'],
      ['wakeup', 'waking'],
    ] as const) {
      const done = await endpoints(verb, MODEL, '3187');
      expect([done.code, done.stdout.trim()]).toEqual([0, `${said}  3187`]);
    }
    const refused = await endpoints('delete', MODEL, '3187');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('refusing without --yes');
    const deleted = await run('csghub', ['--yes', 'endpoints', 'delete', MODEL, '3187'], { env });
    expect([deleted.code, deleted.stdout.trim()]).toEqual([0, 'deleted  3187']);
  });
});

describe('csghub endpoints create', () => {
  const hub = localHub(({ method, path }) => ({
    body: JSON.stringify(
      method === 'POST' && path.endsWith('/run') ? { msg: 'OK', data: { deploy_id: 77 } } : {},
    ),
  }));
  const required = ['--name', 'wukong-chat', '--framework', '12', '--resource', '27'];

  it('sends the settings from the flags: one replica and private by default', async () => {
    const created = await hub.run('create', MODEL, ...required);
    expect([created.code, created.stdout.trim()]).toEqual([0, 'deploy_id  77']);
    expect(created.stderr).toContain(`csghub endpoints status ${MODEL} 77 --wait`);
    const sent = hub.seen.at(-1);
    expect([sent?.method, sent?.path]).toEqual(['POST', `/api/v1/models/${MODEL}/run`]);
    expect(JSON.parse(sent?.body ?? '')).toEqual({
      deploy_name: 'wukong-chat',
      runtime_framework_id: 12,
      resource_id: 27,
      min_replica: 1,
      max_replica: 1,
      secure_level: 2,
    });

    const full = await hub.run(
      'create',
      MODEL,
      ...required,
      '--min-replicas',
      '0',
      '--max-replicas',
      '3',
      '--public',
      '--revision',
      'v1',
      '--engine-arg',
      'max-model-len=4096',
      '--engine-arg',
      'gpu-memory-utilization=0.9',
      '--env',
      'HF_HUB_OFFLINE=1',
      '--entrypoint',
      'model.gguf',
      '--owner',
      'OpenCSG',
      // The hub refuses a special character twice in a row, not two different ones.
      '--name',
      'wukong-_chat.v2',
      '--json',
    );
    expect(full.code).toBe(0);
    expect(JSON.parse(full.stdout)).toEqual({ deploy_id: 77 });
    const body = JSON.parse(hub.seen.at(-1)?.body ?? '') as Record<string, unknown>;
    expect(body).toMatchObject({
      deploy_name: 'wukong-_chat.v2',
      min_replica: 0,
      max_replica: 3,
      secure_level: 1,
      revision: 'v1',
      entrypoint: 'model.gguf',
      owner_namespace: 'OpenCSG',
    });
    // The hub takes both as JSON text.
    expect(JSON.parse(String(body['engine_args']))).toEqual({
      'max-model-len': '4096',
      'gpu-memory-utilization': '0.9',
    });
    expect(JSON.parse(String(body['env']))).toEqual({ HF_HUB_OFFLINE: '1' });
  });

  it.each([
    [['--name', 'my--chat'], '--name must be 2–64 letters'],
    [['--name', 'my..chat'], '--name must be 2–64 letters'],
    [['--name', '9lives'], '--name must be 2–64 letters'],
    [['--name', `a${'b'.repeat(64)}`], '--name must be 2–64 letters'],
    [['--min-replicas', '3', '--max-replicas', '2'], 'must not exceed --max-replicas (2)'],
    [['--max-replicas', '0', '--min-replicas', '0'], '--max-replicas must be 1 or more'],
    [['--min-replicas', '-1'], '--min-replicas must be a whole number'],
    [['--engine-arg', 'no-equals'], '--engine-arg must be key=value'],
    [['--env', '=1'], '--env must be key=value'],
    [['--framework', '1.5'], '--framework must be a whole number'],
  ])('refuses %j before sending anything', async (flags, message) => {
    const before = hub.seen.length;
    // Later flags win over the required ones for --name and --framework.
    const refused = await hub.run('create', MODEL, ...required, ...flags);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain(message);
    expect(hub.seen.length).toBe(before);
  });

  it('refuses a deploy id that is not a whole number, before sending', async () => {
    const before = hub.seen.length;
    for (const verb of ['get', 'status', 'logs', 'stop', 'delete']) {
      const refused = await hub.run(verb, MODEL, '12abc');
      expect([verb, refused.code]).toEqual([verb, 2]);
      expect(refused.stderr).toContain('deployId must be a whole number');
    }
    expect(hub.seen.length).toBe(before);
  });
});

describe('csghub endpoints update', () => {
  const hub = localHub(() => ({ body: JSON.stringify({ msg: 'OK' }) }));

  it('sends only the settings given', async () => {
    const updated = await hub.run(
      'update',
      MODEL,
      '3187',
      '--min-replicas',
      '0',
      '--max-replicas',
      '2',
      '--private',
      '--engine-arg',
      'max-model-len=8192',
    );
    expect([updated.code, updated.stdout.trim()]).toEqual([0, 'updated  3187']);
    const sent = hub.seen.at(-1);
    expect([sent?.method, sent?.path]).toEqual(['PUT', `/api/v1/models/${MODEL}/run/3187`]);
    expect(JSON.parse(sent?.body ?? '')).toEqual({
      min_replica: 0,
      max_replica: 2,
      secure_level: 2,
      engine_args: '{"max-model-len":"8192"}',
    });
  });

  it.each([
    [[], 'nothing to change'],
    [['--public', '--private'], '--public and --private cannot be given together'],
    [['--name', 'a--b'], '--name must be 2–64 letters'],
    [['--min-replicas', '2', '--max-replicas', '1'], 'must not exceed --max-replicas (1)'],
    [['--name', 'renamed', '--wait'], '--wait follows the restart'],
  ])('refuses %j before sending anything', async (flags, message) => {
    const before = hub.seen.length;
    const refused = await hub.run('update', MODEL, '3187', ...flags);
    expect([refused.code, refused.stdout]).toEqual([2, '']);
    expect(refused.stderr).toContain(message);
    expect(hub.seen.length).toBe(before);
  });
});

describe('csghub endpoints on the data-backed mock', () => {
  const onData = (...args: string[]) =>
    run('csghub', ['endpoints', ...args], {
      env: { CSGHUB_URL: data.url(), CSGHUB_TOKEN: TOKEN },
    });

  it('deploys, waits until it runs, stops and deletes one endpoint', async () => {
    const created = await onData(
      'create',
      MODEL,
      '--name',
      'cli-chat',
      '--framework',
      '12',
      '--resource',
      '12',
      '--wait',
      '--timeout',
      '15',
    );
    expect(created.code).toBe(0);
    const id = /^deploy_id\s+(\d+)$/m.exec(created.stdout)?.[1] ?? '';
    expect(id).not.toBe('');
    expect(created.stdout).toMatch(/^status\s+Running$/m);
    expect(created.stdout).toMatch(/^endpoint\s+\S+\.space\.opencsg\.com$/m);
    // The id comes first, then each state it passes through.
    expect(created.stderr).toMatch(
      new RegExp(
        `created endpoint ${id}; waiting until it runs\\n(.*\\n)*endpoint ${id} is Running`,
      ),
    );

    const listed = await onData('list', MODEL, '--json');
    expect(JSON.parse(listed.stdout)).toMatchObject([{ deploy_id: Number(id), status: 'Running' }]);

    expect((await onData('stop', MODEL, id)).code).toBe(0);
    const stopped = await onData('status', MODEL, id);
    expect(stopped.stdout).toMatch(/^status\s+Stopped$/m);

    const deleted = await run('csghub', ['--yes', 'endpoints', 'delete', MODEL, id], {
      env: { CSGHUB_URL: data.url(), CSGHUB_TOKEN: TOKEN },
    });
    expect(deleted.code).toBe(0);
    const gone = await onData('get', MODEL, id);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toContain('404');
    expect(gone.stderr).toContain('getModelRun');
    expect(gone.stderr).not.toContain(TOKEN);
  });

  it('changes a running endpoint: a rename at once, replicas only stopped or with --restart', async () => {
    const created = await onData(
      'create',
      MODEL,
      '--name',
      'cli-scale',
      '--framework',
      '12',
      '--resource',
      '12',
      '--wait',
    );
    const id = /^deploy_id\s+(\d+)$/m.exec(created.stdout)?.[1] ?? '';
    expect(created.stdout).toMatch(/^status\s+Running$/m);

    const renamed = await onData('update', MODEL, id, '--name', 'cli-scaled');
    expect([renamed.code, renamed.stdout.trim()]).toEqual([0, `updated  ${id}`]);

    const refused = await onData('update', MODEL, id, '--max-replicas', '2');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('DEPLOY-ERR-1');
    expect(refused.stderr).toContain(
      `stop it first (csghub endpoints stop ${MODEL} ${id}), or add --restart`,
    );

    const restarted = await onData(
      'update',
      MODEL,
      id,
      '--max-replicas',
      '2',
      '--restart',
      '--wait',
    );
    expect([restarted.code, restarted.stdout.trim()]).toEqual([0, `updated  ${id}`]);
    // Stopped, changed, started, and followed until it runs again.
    expect(restarted.stderr).toMatch(
      new RegExp(
        `stopping it to change it\\n(.*\\n)*endpoint ${id} is Stopped\\n(.*\\n)*endpoint ${id} is Running`,
      ),
    );
    const after = JSON.parse((await onData('get', MODEL, id, '--json')).stdout) as Record<
      string,
      unknown
    >;
    expect(after).toMatchObject({ deploy_name: 'cli-scaled', max_replica: 2, status: 'Running' });
  });

  it('lists the inference frameworks; a fine-tuning form gets its own', async () => {
    const frameworks = await onData('frameworks', MODEL, '--json');
    const ids = (frames: { versions: { id: number }[] | null }[]) =>
      frames.flatMap((f) => (f.versions ?? []).map((v) => v.id));
    expect(ids(JSON.parse(frameworks.stdout) as { versions: { id: number }[] }[])).toEqual([
      12, 14,
    ]);
    const finetune = await data.client().runtimeFrameworks.listForModel(MODEL, { deploy_type: 2 });
    expect(ids(finetune)).toEqual([27, 31]);
    const unknown = await onData('frameworks', 'nobody/no-such-model');
    expect([unknown.code, unknown.stdout]).toEqual([1, '']);
    expect(unknown.stderr).toContain('404');
  });
});

describe('csghub endpoints logs from a hostile server', () => {
  const hub = localHub(() => ({
    type: 'text/event-stream',
    body: 'event:Container\ndata:ready \x1b]0;pwned\x07\x1b[2J\u202e\n\nevent:Heartbeat\ndata:keep-alive\n\n',
  }));

  it('neutralises escape sequences in log lines and asks for the instance given', async () => {
    const logs = await hub.run('logs', MODEL, '3187', '--instance', 'pod-1', '--since', '10mins');
    expect(logs.code).toBe(0);
    expect(logs.stdout).toBe('ready \\x1b]0;pwned\\x07\\x1b[2J\\u202e\n');
    const sent = hub.seen.at(-1);
    expect(sent?.path).toBe(`/api/v1/models/${MODEL}/run/3187/logs`);
    expect(sent?.query.get('instance')).toBe('pod-1');
    expect(sent?.query.get('since')).toBe('10mins');
  });
});

describe('csghub serverless', () => {
  const hub = localHub(({ method, path }) => ({
    body: JSON.stringify(
      method === 'POST' && path.endsWith('/serverless')
        ? { msg: 'OK', data: { deploy_id: 42 } }
        : { msg: 'OK' },
    ),
  }));
  const serverless = (...args: string[]) =>
    run('csghub', ['--base-url', hub.base(), 'serverless', ...args], {
      env: { CSGHUB_TOKEN: TOKEN },
    });

  it('creates a public deploy, follows its logs from a limit, and stops it by force', async () => {
    const created = await serverless(
      'create',
      MODEL,
      '--name',
      'wukong-sl',
      '--framework',
      '12',
      '--resource',
      '12',
      '--max-replicas',
      '4',
      '--min-replicas',
      '0',
    );
    expect([created.code, created.stdout.trim()]).toEqual([0, 'deploy_id  42']);
    expect(created.stderr).toContain(`csghub serverless status ${MODEL} 42 --wait`);
    // The hub makes every serverless deploy public; the client says so rather than relying on it.
    expect(JSON.parse(hub.seen.at(-1)?.body ?? '')).toMatchObject({
      deploy_name: 'wukong-sl',
      min_replica: 0,
      max_replica: 4,
      secure_level: 1,
    });

    await serverless('logs', MODEL, '42', '--limit', '200');
    expect(hub.seen.at(-1)?.path).toBe(`/api/v1/models/${MODEL}/serverless/42/logs`);
    expect(hub.seen.at(-1)?.query.get('limit')).toBe('200');

    const stopped = await serverless('stop', MODEL, '42', '--force');
    expect([stopped.code, stopped.stdout.trim()]).toEqual([0, 'stopped  42']);
    expect(hub.seen.at(-1)?.path).toBe(`/api/v1/models/${MODEL}/serverless/42/stop`);
    expect(hub.seen.at(-1)?.query.get('force')).toBe('true');
    await serverless('stop', MODEL, '42');
    expect(hub.seen.at(-1)?.query.has('force')).toBe(false);
  });

  it('deletes the model’s deploy only with --yes when not on a terminal', async () => {
    const before = hub.seen.length;
    const refused = await serverless('delete', MODEL);
    expect(refused.code).toBe(2);
    expect(hub.seen.length).toBe(before);
    const deleted = await run(
      'csghub',
      ['--base-url', hub.base(), '--yes', 'serverless', 'delete', MODEL],
      { env: { CSGHUB_TOKEN: TOKEN } },
    );
    expect([deleted.code, deleted.stdout.trim()]).toEqual([
      0,
      `deleted  ${MODEL} serverless deploy`,
    ]);
    expect([hub.seen.at(-1)?.method, hub.seen.at(-1)?.path]).toEqual([
      'DELETE',
      `/api/v1/models/${MODEL}/serverless`,
    ]);
  });

  it('changes a running deploy with --restart on the data-backed mock', async () => {
    const onData = (...args: string[]) =>
      run('csghub', ['serverless', ...args], {
        env: { CSGHUB_URL: data.url(), CSGHUB_TOKEN: TOKEN },
      });
    const created = await onData(
      'create',
      MODEL,
      '--name',
      'sl',
      '--framework',
      '12',
      '--resource',
      '12',
      '--wait',
    );
    expect(created.code).toBe(0);
    const id = /^deploy_id\s+(\d+)$/m.exec(created.stdout)?.[1] ?? '';
    const refused = await onData('update', MODEL, id, '--max-replicas', '8');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      `stop it first (csghub serverless stop ${MODEL} ${id}), or add --restart`,
    );
    const restarted = await onData(
      'update',
      MODEL,
      id,
      '--max-replicas',
      '8',
      '--restart',
      '--wait',
    );
    expect([restarted.code, restarted.stdout.trim()]).toEqual([0, `updated  ${id}`]);
    expect(restarted.stderr).toContain(`serverless deploy ${id} is Stopped`);
    expect(restarted.stderr).toMatch(new RegExp(`serverless deploy ${id} is Running\n$`));
  });
});

describe('csghub serverless get', () => {
  const empty = localHub(() => ({ body: JSON.stringify({ msg: 'OK', data: null }) }));

  it("shows the model's serverless deploy, whose id status takes, or says it has none", async () => {
    const got = await run('csghub', ['serverless', 'get', MODEL], { env });
    expect(got.code).toBe(0);
    expect(got.stdout).toMatch(/^deploy_id\s+2954$/m);
    expect(got.stdout).toMatch(/^status\s+Running$/m);

    const none = await run('csghub', ['--base-url', empty.base(), 'serverless', 'get', MODEL], {
      env: { CSGHUB_TOKEN: TOKEN },
    });
    expect([none.code, none.stdout]).toEqual([0, `${MODEL} has no serverless deploy\n`]);
    const json = await run(
      'csghub',
      ['--base-url', empty.base(), 'serverless', 'get', MODEL, '--json'],
      { env: { CSGHUB_TOKEN: TOKEN } },
    );
    expect([json.code, JSON.parse(json.stdout)]).toEqual([0, null]);
    expect(empty.seen.map((r) => r.path)).toEqual([
      `/api/v1/models/${MODEL}/serverless`,
      `/api/v1/models/${MODEL}/serverless`,
    ]);
  });
});
