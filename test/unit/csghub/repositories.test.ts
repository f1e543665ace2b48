import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, CsghubPage } from '../../../src/csghub/index.js';
import { csghubWith, envelope } from '../../helpers/csghub.js';

describe('repository ids and file paths', () => {
  it.each(['', 'OpenCSG', 'a/b/c', '/name', 'ns/', '../x', 'ns/na me', 'ns/..'])(
    'refuses the id %j before any request',
    async (id) => {
      const { csghub, seen } = csghubWith(() => envelope({}));
      await expect(csghub.models.get(id)).rejects.toThrow(InvalidArgumentError);
      expect(seen).toHaveLength(0);
    },
  );

  it('names the refused id as it was given, in either form', async () => {
    const { csghub } = csghubWith(() => envelope({}));
    await expect(csghub.models.get('a/b/c')).rejects.toThrow(
      'repository "a/b/c" is not "namespace/name"',
    );
    await expect(csghub.models.get({ namespace: 'ns', name: 'na me' })).rejects.toThrow(
      'repository "ns/na me" is not "namespace/name"',
    );
  });

  it('keeps / between file path segments and encodes each segment', async () => {
    const { csghub, seen } = csghubWith(() => envelope({ name: 'a b#.txt' }));
    await csghub.datasets.getFile('OpenCSG/chinese-fineweb-edu', 'data/train/a b#?.txt', {
      ref: 'v1.0',
    });
    expect(seen[0]?.url.pathname).toBe(
      '/api/v1/datasets/OpenCSG/chinese-fineweb-edu/blob/data/train/a%20b%23%3F.txt',
    );
    expect(seen[0]?.url.search).toBe('?ref=v1.0');
  });

  it.each(['../secret', 'a/../../b', 'a//b', './a', 'a/'])(
    'refuses the file path %j',
    async (path) => {
      const { csghub, seen } = csghubWith(() => envelope({}));
      await expect(csghub.models.getFile('OpenCSG/csg-wukong-1B', path)).rejects.toThrow(
        /file path .* has an empty, "\." or "\.\." segment/,
      );
      expect(seen).toHaveLength(0);
    },
  );
});

describe('paged lists', () => {
  const server = (total: number, nested: false | 'data' | 'commits' = false) =>
    csghubWith((request) => {
      const url = new URL(request.url);
      const page = Number(url.searchParams.get('page'));
      const per = Number(url.searchParams.get('per'));
      const items = Array.from({ length: total }, (_, i) => ({ id: i + 1 })).slice(
        (page - 1) * per,
        page * per,
      );
      return nested ? envelope({ [nested]: items, total }) : envelope(items, { total });
    });

  it('walks every page with the envelope total', async () => {
    const { csghub, seen } = server(5);
    const ids: unknown[] = [];
    for await (const model of csghub.models.list({ per: 2, search: 'qwen' }))
      ids.push((model as { id: number }).id);
    expect(ids).toEqual([1, 2, 3, 4, 5]);
    expect(seen.map((s) => Object.fromEntries(s.url.searchParams))).toEqual(
      [1, 2, 3].map((page) => ({ search: 'qwen', page: String(page), per: '2' })),
    );
  });

  it('reads nested pages (MCP servers, commits)', async () => {
    const mcp = server(3, 'data');
    const first = await mcp.csghub.mcps.list({ per: 2 });
    expect(first).toBeInstanceOf(CsghubPage);
    expect(first).toMatchObject({ total: 3, page: 1, per: 2 });
    expect(first.hasNextPage()).toBe(true);
    const commits = server(3, 'commits');
    const all: unknown[] = [];
    for await (const commit of commits.csghub.codes.listCommits('OpenCSG/csghub-sdk', { per: 2 }))
      all.push(commit);
    expect(all).toHaveLength(3);
  });

  it('asks for 50 a page by default', async () => {
    const { csghub, seen } = server(0);
    await csghub.spaces.list();
    expect(seen[0]?.url.searchParams.get('per')).toBe('50');
  });
});
