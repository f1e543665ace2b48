import { describe, expect, it } from 'vitest';
import { collect } from '../../helpers/collect.js';
import { csghubWith } from '../../helpers/csghub.js';
import { json } from '../../helpers/fake-fetch.js';

const route = (seen: { method: string; url: URL }[]) =>
  seen.map((s) => `${s.method} ${s.url.pathname}${s.url.search}`);

describe('users.listRuns', () => {
  it('pages the deploys of a kind, from an answer with message instead of msg', async () => {
    const { csghub, seen } = csghubWith((request) => {
      const page = Number(new URL(request.url).searchParams.get('page'));
      const data = page === 1 ? [{ deploy_id: 1 }, { deploy_id: 2 }] : [{ deploy_id: 3 }];
      return json({ message: 'OK', data, total: 3 });
    });
    const runs = await collect(
      csghub.users.listRuns('wanghh2000', 'model', { deploy_type: 2, per: 2 }),
    );
    expect(runs.map((r) => r.deploy_id)).toEqual([1, 2, 3]);
    expect(route(seen)).toEqual([
      'GET /api/v1/user/wanghh2000/run/model?deploy_type=2&per=2&page=1',
      'GET /api/v1/user/wanghh2000/run/model?deploy_type=2&per=2&page=2',
    ]);
  });

  it('reads data null as an empty page', async () => {
    const { csghub, seen } = csghubWith(() => json({ message: 'OK', data: null, total: 0 }));
    const page = await csghub.users.listRuns('wanghh2000', 'space');
    expect(page.items).toEqual([]);
    expect(page.hasNextPage()).toBe(false);
    expect(seen[0]?.url.pathname).toBe('/api/v1/user/wanghh2000/run/space');
  });

  it('encodes the user name as one path segment', async () => {
    const { csghub, seen } = csghubWith(() => json({ message: 'OK', data: null, total: 0 }));
    await csghub.users.listRuns('a b?c', 'model');
    expect(seen[0]?.url.pathname).toBe('/api/v1/user/a%20b%3Fc/run/model');
  });
});
