import { describe, expect, it } from 'vitest';
import { BadRequestError } from '../../../src/csghub/index.js';
import { collect } from '../../helpers/collect.js';
import { csghubWith } from '../../helpers/csghub.js';
import { json } from '../../helpers/fake-fetch.js';

const route = (seen: { method: string; url: URL }[]) =>
  seen.map((s) => `${s.method} ${s.url.pathname}${s.url.search}`);

describe('spaceResources.list', () => {
  it('sends the filters, each cluster as its own cluster_id, and walks the pages', async () => {
    const { csghub, seen } = csghubWith((request) => {
      const page = Number(new URL(request.url).searchParams.get('page'));
      return json({
        msg: 'OK',
        data: page === 1 ? [{ id: 12 }, { id: 4 }] : [{ id: 5 }],
        total: 3,
      });
    });
    const offers = await collect(
      csghub.spaceResources.list({ deploy_type: 2, cluster_id: ['c1', 'c2'], per: 2 }),
    );
    expect(offers.map((o) => o.id)).toEqual([12, 4, 5]);
    expect(route(seen)).toEqual(
      [
        '/api/v1/space_resources?deploy_type=2&cluster_id=c1&cluster_id=c2&per=2&page=1',
        '/api/v1/space_resources?deploy_type=2&cluster_id=c1&cluster_id=c2&per=2&page=2',
      ].map((path) => `GET ${path}`),
    );
  });

  it('reads an answer without data or total as an empty last page', async () => {
    const { csghub } = csghubWith(() => json({ msg: 'OK' }));
    const page = await csghub.spaceResources.list({ deploy_type: 1 });
    expect(page.items).toEqual([]);
    expect(page.total).toBeUndefined();
    expect(page.hasNextPage()).toBe(false);
  });

  it('surfaces the service refusal of an unknown resource type', async () => {
    const { csghub } = csghubWith(() =>
      json({ msg: "Key: 'SpaceResourceIndexReq.ResourceType' Error" }, { status: 400 }),
    );
    await expect(csghub.spaceResources.list({ resource_type: 'gpu' })).rejects.toBeInstanceOf(
      BadRequestError,
    );
  });
});

describe('runtimeFrameworks.listForModel', () => {
  it('asks for the model and the use, and reads data null as no frameworks', async () => {
    const { csghub, seen } = csghubWith(() => json({ msg: 'OK', data: null }));
    await expect(
      csghub.runtimeFrameworks.listForModel('OpenCSG/csg-wukong-1B', { deploy_type: 2 }),
    ).resolves.toEqual([]);
    expect(route(seen)).toEqual([
      'GET /api/v1/models/OpenCSG/csg-wukong-1B/runtime_framework_v2?deploy_type=2',
    ]);
  });

  it('refuses a model id without a namespace before sending', async () => {
    const { csghub, seen } = csghubWith(() => json({ msg: 'OK', data: [] }));
    await expect(csghub.runtimeFrameworks.listForModel('no-namespace')).rejects.toThrow(
      /namespace/,
    );
    expect(seen).toHaveLength(0);
  });
});
