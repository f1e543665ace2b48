import { describe, expect, it } from 'vitest';
import { CfgpuPage } from '../../../src/cfgpu/index.js';
import { cfgpuWith } from '../../helpers/cfgpu.js';
import { ok } from '../../helpers/fake-fetch.js';

const instance = (n: number) => ({ instanceId: `instance-${n}`, statusCode: 'RUNNING' });

/** A server holding `total` instances, paged as CFGPU pages them. */
function pagedServer(total: number) {
  return cfgpuWith(async (request) => {
    const body = (await request.json()) as { currentPage?: number; pageSize?: number };
    const page = body.currentPage ?? 1;
    const size = body.pageSize ?? 10;
    const all = Array.from({ length: total }, (_, i) => instance(i + 1));
    const records = all.slice((page - 1) * size, page * size);
    return ok({
      total,
      pageSize: size,
      currentPage: page,
      pages: Math.ceil(total / size),
      empty: records.length === 0,
      notEmpty: records.length > 0,
      records,
    });
  });
}

describe('instances.list()', () => {
  it('resolves to the first page', async () => {
    const { cfgpu, seen } = pagedServer(5);
    const page = await cfgpu.instances.list({ pageSize: 2 });
    expect(page).toBeInstanceOf(CfgpuPage);
    expect(page.records.map((r) => r.instanceId)).toEqual(['instance-1', 'instance-2']);
    expect(page).toMatchObject({ total: 5, pages: 3, currentPage: 1, pageSize: 2 });
    expect(page.hasNextPage()).toBe(true);
    const next = await page.getNextPage();
    expect(next.items.map((r) => r.instanceId)).toEqual(['instance-3', 'instance-4']);
    expect(seen.map((s) => s.body)).toEqual([
      { pageSize: 2, currentPage: 1 },
      { pageSize: 2, currentPage: 2 },
    ]);
  });

  it('walks every instance of every page, keeping the filters', async () => {
    const { cfgpu, seen } = pagedServer(5);
    const ids: string[] = [];
    for await (const item of cfgpu.instances.list({
      pageSize: 2,
      status: 'RUNNING',
      keyWord: 'gpu',
    })) {
      ids.push(item.instanceId);
    }
    expect(ids).toEqual(['instance-1', 'instance-2', 'instance-3', 'instance-4', 'instance-5']);
    expect(seen.map((s) => s.body)).toEqual(
      [1, 2, 3].map((currentPage) => ({
        pageSize: 2,
        status: 'RUNNING',
        keyWord: 'gpu',
        currentPage,
      })),
    );
  });

  it('starts from the requested page', async () => {
    const { cfgpu } = pagedServer(5);
    const ids: string[] = [];
    for await (const item of cfgpu.instances.list({ pageSize: 2, currentPage: 2 }))
      ids.push(item.instanceId);
    expect(ids).toEqual(['instance-3', 'instance-4', 'instance-5']);
  });

  it('iterates pages with iterPages()', async () => {
    const { cfgpu } = pagedServer(4);
    const first = await cfgpu.instances.list({ pageSize: 3 });
    const sizes: number[] = [];
    for await (const page of first.iterPages()) sizes.push(page.items.length);
    expect(sizes).toEqual([3, 1]);
  });

  it('makes one request for an empty list', async () => {
    const { cfgpu, seen } = pagedServer(0);
    const items: unknown[] = [];
    for await (const item of cfgpu.instances.list()) items.push(item);
    expect(items).toEqual([]);
    expect(seen).toHaveLength(1);
  });

  it('stops after the announced pages when the service ignores currentPage', async () => {
    const { cfgpu, seen } = cfgpuWith(() =>
      ok({ total: 4, pageSize: 2, currentPage: 1, pages: 2, records: [instance(1), instance(2)] }),
    );
    const items: unknown[] = [];
    for await (const item of cfgpu.instances.list({ pageSize: 2 })) items.push(item);
    expect(items).toHaveLength(4);
    expect(seen).toHaveLength(2);
  });

  it('derives the page count when the service omits pages', async () => {
    const { cfgpu, seen } = cfgpuWith(async (request) => {
      const { currentPage } = (await request.json()) as { currentPage: number };
      return ok({
        total: 3,
        pageSize: 2,
        currentPage,
        records: currentPage === 1 ? [instance(1), instance(2)] : [instance(3)],
      });
    });
    const items: unknown[] = [];
    for await (const item of cfgpu.instances.list({ pageSize: 2 })) items.push(item);
    expect(items).toHaveLength(3);
    expect(seen).toHaveLength(2);
  });
});
