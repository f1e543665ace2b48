/**
 * The data-backed mocks (the default of `npm start`), through both public clients, against
 * mocks that validate every request and turn any response violation into an error; the recorder
 * also fails a test on any `sl-violations` report, so every stored answer is checked against the
 * spec's response schemas.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RESET_PATH, STATE_PATH } from '../../mocks/config.js';
import { generateRepositories, NAMESPACES, REPOSITORY_COUNTS } from '../../mocks/data/csghub.js';
import { parseFixtures } from '../../mocks/data/fixtures.js';
import { startMock, type MockServer } from '../../mocks/launcher.js';
import { CFGPU, INSTANCE_STATUS_CODES } from '../../src/cfgpu/index.js';
import { CSGHub, NotFoundError } from '../../src/csghub/index.js';
import { ContractRecorder } from '../contract/recorder.js';

let cfgpuMock: MockServer;
let csghubMock: MockServer;
const recorders: Record<string, ContractRecorder> = {};

beforeAll(async () => {
  const start = (api: string) => startMock({ api, errors: true, stateful: true });
  [cfgpuMock, csghubMock] = await Promise.all([start('cfgpu'), start('csghub')]);
  recorders['cfgpu'] = await ContractRecorder.forApi('cfgpu');
  recorders['csghub'] = await ContractRecorder.forApi('csghub');
});

afterAll(async () => {
  await Promise.all([cfgpuMock.stop(), csghubMock.stop()]);
});

afterEach(() => {
  for (const recorder of Object.values(recorders)) expect(recorder.takeViolations()).toEqual([]);
});

const cfgpuClient = () =>
  new CFGPU({ token: 'demo-token', baseUrl: cfgpuMock.url, fetch: recorders['cfgpu']?.fetch });
const csghubClient = () =>
  new CSGHub({ token: 'demo-token', baseUrl: csghubMock.url, fetch: recorders['csghub']?.fetch });

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

describe('data-backed CSGHub mock', () => {
  it('has files for the repositories it holds and none for others', async () => {
    const csghub = csghubClient();
    const [held] = (await csghub.datasets.list({ per: 1 })).items;
    expect(held).toBeDefined();
    const files = await csghub.datasets.listFiles(held?.path ?? '');
    expect(files.map((entry) => entry.path)).toContain('README.md');
    await expect(csghub.datasets.listFiles('nobody/no-such-dataset')).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('pages through every model: as many distinct items as the total says', async () => {
    const csghub = csghubClient();
    const first = await csghub.models.list({ per: 7 });
    const total = first.total ?? 0;
    const all = await collect(csghub.models.list({ per: 7 }));
    expect(total).toBeGreaterThanOrEqual(REPOSITORY_COUNTS.models);
    expect(all).toHaveLength(total);
    expect(new Set(all.map((m) => m.path)).size).toBe(total);
    expect(new Set(all.map((m) => m.id)).size).toBe(total);
    expect(new Set(all.map((m) => m.repository_id)).size).toBe(total);
    const second = await csghub.models.list({ per: 7, page: 2 });
    expect(second.items.map((m) => m.path)).toEqual(all.slice(7, 14).map((m) => m.path));
    expect(second.items.map((m) => m.path)).not.toEqual(first.items.map((m) => m.path));
  });

  it('holds every kind, in Chinese and English', async () => {
    const csghub = csghubClient();
    expect((await csghub.datasets.list({ per: 1 })).total).toBeGreaterThanOrEqual(30);
    expect((await csghub.spaces.list({ per: 1 })).total).toBeGreaterThanOrEqual(20);
    expect((await csghub.codes.list({ per: 1 })).total).toBeGreaterThanOrEqual(10);
    expect((await csghub.mcps.list({ per: 1 })).total).toBeGreaterThanOrEqual(10);
    const models = await collect(csghub.models.list({ per: 50 }));
    expect(models.some((m) => /[\u4e00-\u9fff]/.test(m.description))).toBe(true);
    expect(models.some((m) => m.description.startsWith('An open '))).toBe(true);
  });

  it('searches nicknames and descriptions, Chinese and English', async () => {
    const csghub = csghubClient();
    for (const word of ['对话', 'embedding']) {
      const found = await collect(csghub.models.list({ search: word, per: 5 }));
      expect(found.length).toBeGreaterThan(0);
      for (const model of found) {
        expect(`${model.nickname} ${model.description}`.toLowerCase()).toContain(word);
      }
      expect(found.length).toBeLessThan((await csghub.models.list({ per: 1 })).total ?? 0);
    }
    const none = await csghub.models.list({ search: 'zzz-nothing-matches' });
    expect([none.items, none.total]).toEqual([[], 0]);
  });

  it('sorts and filters by tag', async () => {
    const csghub = csghubClient();
    const downloads = (await csghub.models.list({ sort: 'most_download', per: 20 })).items.map(
      (m) => m.downloads,
    );
    expect(downloads).toEqual([...downloads].sort((a, b) => b - a));
    const likes = (await csghub.models.list({ sort: 'most_favorite', per: 20 })).items.map(
      (m) => m.likes,
    );
    expect(likes).toEqual([...likes].sort((a, b) => b - a));
    const mit = await collect(csghub.models.list({ tag_name: ['mit'], per: 10 }));
    expect(mit.length).toBeGreaterThan(0);
    for (const model of mit) expect(model.tags?.map((t) => t.name)).toContain('mit');
  });

  it('reads one model by path, and answers 404 for an unknown one', async () => {
    const csghub = csghubClient();
    const [listed] = (await csghub.models.list({ sort: 'most_download', per: 1 })).items;
    const read = await csghub.models.get(listed?.path ?? '');
    expect([read.path, read.id, read.downloads]).toEqual([
      listed?.path,
      listed?.id,
      listed?.downloads,
    ]);
    await expect(csghub.models.get('nobody/no-such-model')).rejects.toBeInstanceOf(NotFoundError);
    // The spec's own example repositories too, though their list items name no branch.
    expect((await csghub.models.get('OpenCSG/csg-wukong-1B')).default_branch).toBe('main');
    expect(read.default_branch).toBe('main');
  });

  it('creates, reads, lists and deletes, with distinct ids', async () => {
    const csghub = csghubClient();
    const one = await csghub.datasets.create({ namespace: 'acme', name: 'data-flow-one' });
    const two = await csghub.datasets.create({ namespace: 'acme', name: 'data-flow-two' });
    expect(one.id).not.toBe(two.id);
    expect(one.repository_id).not.toBe(two.repository_id);
    expect((await csghub.datasets.get('acme/data-flow-one')).id).toBe(one.id);
    const listed = await csghub.datasets.list({ search: 'data-flow-' });
    expect(listed.items.map((d) => d.path)).toEqual(['acme/data-flow-two', 'acme/data-flow-one']);
    await csghub.datasets.delete('acme/data-flow-one');
    await expect(csghub.datasets.get('acme/data-flow-one')).rejects.toBeInstanceOf(NotFoundError);
    expect((await csghub.datasets.list({ search: 'data-flow-' })).total).toBe(1);
  });
});

describe('data-backed CSGHub owner lists', () => {
  /** A GET through the recorder, so a response violation fails the test. */
  const read = async (path: string) => {
    const fetcher = recorders['csghub']?.fetch ?? fetch;
    const response = await fetcher(`${csghubMock.url}${path}`, {
      headers: { authorization: 'demo-token' },
    });
    expect(response.status).toBe(200);
    return (await response.json()) as { data: unknown; total?: number };
  };

  it('lists one organization or user’s repositories of each kind, paged', async () => {
    const all = await collect(csghubClient().models.list({ per: 50 }));
    const mine = all.filter((m) => m.path.startsWith('Qwen/'));
    expect(mine.length).toBeGreaterThan(1);
    const org = await read('/api/v1/organization/Qwen/models?per=1&page=2');
    expect(org.total).toBe(mine.length);
    expect((org.data as { path: string }[]).map((m) => m.path)).toEqual([mine[1]?.path]);
    const owner = all.find((m) => !NAMESPACES.includes(m.path.split('/')[0] ?? ''));
    const username = owner?.path.split('/')[0] ?? '';
    const theirs = all.filter((m) => m.path.startsWith(`${username}/`));
    const user = await read(`/api/v1/user/${username}/models?per=50`);
    expect((user.data as { path: string }[]).map((m) => m.path)).toEqual(theirs.map((m) => m.path));
    for (const kind of ['datasets', 'codes', 'spaces']) {
      const listed = await read(`/api/v1/organization/nobody-here/${kind}`);
      expect([listed.data, listed.total]).toEqual([[], 0]);
    }
    const mcps = await read('/api/v1/organization/OpenCSG/mcps');
    const page = mcps.data as { data: { path: string }[]; total: number };
    expect(page.data.every((m) => m.path.startsWith('OpenCSG/'))).toBe(true);
    expect(page.total).toBe(page.data.length);
  });
});

describe('data-backed CFGPU mock', () => {
  it('pages through every instance', async () => {
    const cfgpu = cfgpuClient();
    const first = await cfgpu.instances.list({ pageSize: 4 });
    const all = await collect(cfgpu.instances.list({ pageSize: 4 }));
    expect(first.total).toBeGreaterThanOrEqual(25);
    expect(all).toHaveLength(first.total);
    expect(new Set(all.map((i) => i.instanceId)).size).toBe(first.total);
    const second = await cfgpu.instances.list({ pageSize: 4, currentPage: 2 });
    expect(second.items.map((i) => i.instanceId)).toEqual(all.slice(4, 8).map((i) => i.instanceId));
    expect(new Set(all.map((i) => i.regionCode)).size).toBeGreaterThan(1);
    expect(new Set(all.map((i) => i.gpuType)).size).toBeGreaterThan(1);
  });

  it('has an instance in every state, and filters by state', async () => {
    const cfgpu = cfgpuClient();
    const all = await collect(cfgpu.instances.list({ pageSize: 50 }));
    expect(new Set(all.map((i) => i.statusCode))).toEqual(new Set(INSTANCE_STATUS_CODES));
    for (const state of INSTANCE_STATUS_CODES) {
      const found = await collect(cfgpu.instances.list({ status: state, pageSize: 50 }));
      expect(found.length).toBe(all.filter((i) => i.statusCode === state).length);
      expect(found.every((i) => i.statusCode === state)).toBe(true);
    }
  });
});

describe('seeding, inspecting and resetting', () => {
  const seeded: Record<string, MockServer> = {};
  const override = generateRepositories(7).models[0]?.path ?? '';
  const get = async (url: string) => (await fetch(url)).json() as Promise<Record<string, unknown>>;

  beforeAll(async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'mock-seed-'));
    const seedFile = path.join(dir, 'seed.json');
    await writeFile(
      seedFile,
      JSON.stringify({
        csghub: {
          models: [
            { path: 'acme/fixture-model', nickname: '演示模型', downloads: 7 },
            { path: override, downloads: 42 },
          ],
          users: [{ username: 'fixture-user', nickname: '测试用户' }],
          // Fields of the wrong kind take their defaults.
          organizations: [{ path: 'Qwen', name: 'Qwen Team', members: 'none', created_at: 1 }],
          collections: [
            {
              name: 'fixture-set',
              repositories: [{ kind: 'models', path: 'acme/fixture-model' }, 42, { kind: 'x' }],
            },
          ],
        },
        cfgpu: {
          replace: true,
          instances: [{ instanceId: 'instance-fixture1', statusCode: 'ERROR', gpus: 2 }],
        },
      }),
    );
    const start = (api: string) =>
      startMock({ api, errors: true, stateful: true, seedFile, seedValue: 7 });
    [seeded['csghub'], seeded['cfgpu']] = await Promise.all([start('csghub'), start('cfgpu')]);
  });

  afterAll(async () => {
    await Promise.all(Object.values(seeded).map((mock) => mock.stop()));
  });

  it('dumps the store, the same for the same seed', async () => {
    const state = await get(`${csghubMock.url}${STATE_PATH}`);
    const models = (state['repositories'] as Record<string, { path: string }[]>)['models'] ?? [];
    const paths = models.map((m) => m.path);
    for (const model of generateRepositories(1).models) expect(paths).toContain(model.path);
    const other = await get(`${seeded['csghub']?.url ?? ''}${STATE_PATH}`);
    expect(other['seedValue']).toBe(7);
    expect(other).not.toEqual(state);
  });

  it('applies the fixtures: a record added, a generated one changed, a fleet replaced', async () => {
    const csghub = new CSGHub({ token: 't', baseUrl: seeded['csghub']?.url ?? '' });
    const added = await csghub.models.get('acme/fixture-model');
    expect([added.nickname, added.downloads]).toEqual(['演示模型', 7]);
    expect((await csghub.models.get(override)).downloads).toBe(42);
    expect((await csghub.users.get('fixture-user')).nickname).toBe('测试用户');
    expect((await csghub.organizations.get('Qwen')).name).toBe('Qwen Team');
    expect((await csghub.organizations.members.list('Qwen')).total).toBe(0);
    expect((await csghub.organizations.list({ per: 100 })).items.map((o) => o.path)).toContain(
      'Qwen',
    );
    const sets = await csghub.collections.list({ search: 'fixture-set' });
    const set = await csghub.collections.get(sets.items[0]?.id ?? 0);
    expect(set.repositories?.map((r) => r.path)).toEqual(['acme/fixture-model']);
    const cfgpu = new CFGPU({ token: 't', baseUrl: seeded['cfgpu']?.url ?? '' });
    const fleet = await cfgpu.instances.list({ pageSize: 50 });
    expect(fleet.items.map((i) => [i.instanceId, i.statusCode, i.gpus])).toEqual([
      ['instance-fixture1', 'ERROR', 2],
    ]);
  });

  it('restores the initial records on reset', async () => {
    const url = seeded['csghub']?.url ?? '';
    const initial = await get(`${url}${STATE_PATH}`);
    const csghub = new CSGHub({ token: 't', baseUrl: url });
    await csghub.models.create({ namespace: 'acme', name: 'made-then-reset' });
    await csghub.models.delete('acme/fixture-model');
    expect(await get(`${url}${STATE_PATH}`)).not.toEqual(initial);
    const reset = await fetch(`${url}${RESET_PATH}`, { method: 'POST' });
    expect(reset.status).toBe(200);
    expect(await get(`${url}${STATE_PATH}`)).toEqual(initial);
    await expect(csghub.models.get('acme/made-then-reset')).rejects.toBeInstanceOf(NotFoundError);
    // Ids start over too: the same create gets the same id as before the reset.
    const again = await csghub.models.create({ namespace: 'acme', name: 'made-then-reset' });
    const first = await (async () => {
      await fetch(`${url}${RESET_PATH}`, { method: 'POST' });
      return csghub.models.create({ namespace: 'acme', name: 'made-then-reset' });
    })();
    expect([first.id, first.created_at]).toEqual([again.id, again.created_at]);
  });
});

describe('fixtures files', () => {
  it('reads the documented shape and names what is wrong', () => {
    expect(parseFixtures('{"csghub":{"models":[{"path":"a/b"}]}}', 'f.json')).toEqual({
      csghub: { replace: false, kinds: { models: [{ path: 'a/b' }] } },
    });
    expect(() => parseFixtures('{', 'f.json')).toThrow(/^f\.json: not JSON/);
    expect(() => parseFixtures('{"hub":{}}', 'f.json')).toThrow(/unknown API "hub"/);
    expect(() => parseFixtures('{"csghub":{"members":[]}}', 'f.json')).toThrow(/csghub\.members/);
    expect(() => parseFixtures('{"csghub":{"users":[{"path":"x"}]}}', 'f.json')).toThrow(
      /csghub\.users\[0\]" needs a string "username"/,
    );
    expect(() => parseFixtures('{"cfgpu":{"instances":[{}]}}', 'f.json')).toThrow(
      /cfgpu\.instances\[0\]" needs a string "instanceId"/,
    );
  });

  it('generates the same dataset for a seed, and another for another seed', () => {
    expect(generateRepositories(3)).toEqual(generateRepositories(3));
    expect(generateRepositories(3)).not.toEqual(generateRepositories(4));
  });
});
