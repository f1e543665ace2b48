import { describe, expect, it } from 'vitest';
import {
  APIError,
  BadRequestError,
  InternalServerError,
  NotFoundError,
} from '../../../src/csghub/index.js';
import { anonymous, client, example, failure, status } from './context.js';
import { collect } from '../../helpers/collect.js';

const SPACE = 'OpenCSG/csg-wukong-demo';
const MCP = 'OpenCSG/fetch-mcp';
const DATASET = 'OpenCSG/GSM8K_zh';

/** Contract tests of this area; see csghub.contract.test.ts. */
export function apps(): void {
  describe('spaces: deployments', () => {
    it('runs, stops and wakes a space', async () => {
      await expect(client().spaces.run(SPACE)).resolves.toBeUndefined();
      await expect(client().spaces.stop(SPACE)).resolves.toBeUndefined();
      await expect(anonymous().spaces.wakeup(SPACE)).resolves.toBeUndefined();
    });

    it('reports why a space cannot run or stop', async () => {
      const error = await client()
        .spaces.run(SPACE, status(400))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BadRequestError);
      expect(error).toMatchObject({ status: 400, code: 'TASK-ERR-0' });
      await expect(client().spaces.stop(SPACE, status(404))).rejects.toBeInstanceOf(NotFoundError);
      await expect(client().spaces.wakeup(SPACE, status(400))).rejects.toBeInstanceOf(
        BadRequestError,
      );
    });

    // Prism drops the closing blank line of the spec's `|+` stream examples, so their last
    // event is never terminated and, as EventSource does, never dispatched: `Running` of
    // `startingUp`, the whole `readFailure` and the logs' final heartbeat are lost on the mock.
    it('streams the status, anonymously', async () => {
      const events = await collect(anonymous().spaces.streamStatus(SPACE));
      expect(events.map((event) => event.status).slice(0, 2)).toEqual(['Building', 'Deploying']);
    });

    it('streams build and container log lines without heartbeats', async () => {
      const lines = await collect(
        client().spaces.streamLogs(SPACE, { since: '1hour', instance: 'pod-1' }),
      );
      expect(lines).toEqual([
        {
          source: 'Build',
          line: 'Step 4/9 : RUN pip install --no-cache-dir -r requirements.txt',
        },
        { source: 'Build', line: 'Successfully built 3f9c2a7d1e4b' },
        { source: 'Container', line: '* Running on local URL:  http://0.0.0.0:7860' },
      ]);
    });

    it('waits on the status stream for a state', async () => {
      await expect(
        client().spaces.waitFor(SPACE, 'Deploying', { timeoutMs: 10_000, intervalMs: 10 }),
      ).resolves.toEqual({ status: 'Deploying' });
    });

    it('lists the CUDA versions per accelerator kind', async () => {
      await expect(anonymous().spaces.listCudaVersions()).resolves.toEqual(['11.8.0', '12.1.0']);
      await expect(
        client().spaces.listCudaVersions({ resource_type: 'cpu' }, example('cpu')),
      ).resolves.toEqual(['']);
      await expect(
        client().spaces.listCudaVersions({ resource_type: 'tpu' }, example('none')),
      ).resolves.toEqual([]);
    });
  });

  describe('mcps: tools and deploys', () => {
    it('lists a page of tools and walks every page', async () => {
      const page = await anonymous().mcps.listTools({ search: 'fetch', per: 20 });
      expect(page.items.map((tool) => tool.name)).toEqual(['fetch', 'fetch_repo_readme']);
      expect(page.items[0]).toMatchObject({ repo_path: 'OpenCSG/fetch-mcp', kind: 'tool' });
      expect(page).toMatchObject({ total: 2, page: 1, per: 20 });
      expect(page.hasNextPage()).toBe(false);
      const all = await collect(client().mcps.listTools());
      expect(all).toHaveLength(2);
    });

    it('reads an empty tool page (data: null) as no tools', async () => {
      const page = await client().mcps.listTools({ search: 'nothing' }, example('empty'));
      expect(page.items).toEqual([]);
      expect(page.total).toBe(0);
      expect(await collect(client().mcps.listTools({}, example('empty')))).toEqual([]);
    });

    it('deploys an MCP server as a space', async () => {
      const space = await client().mcps.deploy(MCP, {
        namespace: 'OpenCSG',
        name: 'fetch-mcp-demo',
        nickname: 'Fetch MCP demo',
        private: false,
        env: '{"LOG_LEVEL":"debug"}',
        resource_id: 3,
        cluster_id: '5d3c2b1a-7f6e-4d8c-9b0a-1e2f3a4b5c6d',
      });
      expect(space).toMatchObject({
        id: 2817,
        path: 'OpenCSG/fetch-mcp-demo',
        sdk: 'mcp_server',
        status: '',
      });
      const error = await client()
        .mcps.deploy(MCP, { namespace: 'OpenCSG', name: 'fetch-mcp', resource_id: 3 }, status(400))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BadRequestError);
      expect(error).toMatchObject({ code: 'REQ-ERR-0' });
    });
  });

  describe('datasets.viewer', () => {
    it('reads the catalog, converted or still converting', async () => {
      const catalog = await client().datasets.viewer.getCatalog(DATASET);
      expect(catalog.configs?.[0]?.config_name).toBe('default');
      expect(catalog.dataset_info?.[0]?.splits?.map((split) => split.name)).toEqual([
        'train',
        'test',
      ]);
      expect(catalog).toMatchObject({ status: 2, rows_num: 8792 });
      const converting = await client().datasets.viewer.getCatalog(DATASET, example('converting'));
      expect(converting).toMatchObject({ configs: null, dataset_info: null, status: 1 });
    });

    it('reports viewer failures as 500 with their code', async () => {
      const error = await client()
        .datasets.viewer.getCatalog(DATASET, failure(500, 'datasetNotFound'))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InternalServerError);
      expect(error).toMatchObject({ code: 'SYS-ERR-3' });
    });

    it('lists a page of rows with its columns, and walks the next pages', async () => {
      const rows = client().datasets.viewer.listRows(DATASET, {
        config: 'default',
        split: 'train',
        per: 2,
      });
      const page = await rows;
      expect(page.columns).toEqual(['question', 'answer', 'id']);
      expect(page.columns_type).toEqual(['BYTE_ARRAY', 'BYTE_ARRAY', 'INT64']);
      expect(page.items).toHaveLength(2);
      expect(page.items[1]?.[2]).toBe('1');
      expect(page).toMatchObject({ total: 7473, page: 1, per: 2 });
      const next = await page.getNextPage();
      expect(next.page).toBe(2);
      expect(next.columns).toEqual(page.columns);
      expect(await collect(rows, 5)).toHaveLength(5);
    });

    it('filters and sorts rows, and stops after the last page', async () => {
      const all = await collect(
        client().datasets.viewer.listRows(
          DATASET,
          { config: 'default', split: 'train', where: 'id < 2 AND id > 0', orderby: 'id DESC' },
          example('filtered'),
        ),
      );
      expect(all).toHaveLength(1);
      expect(all[0]?.[2]).toBe(1);
    });

    it('refuses rows requests the viewer cannot serve', async () => {
      await expect(
        client().datasets.viewer.listRows(
          DATASET,
          { config: 'default', split: 'train', per: 20 },
          status(400),
        ),
      ).rejects.toBeInstanceOf(BadRequestError);
      const error = await client()
        .datasets.viewer.listRows(
          DATASET,
          { config: 'default', split: 'validation' },
          failure(500, 'noParquet'),
        )
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InternalServerError);
      expect(error).toMatchObject({ code: 'DAT-ERR-2' });
    });

    it('previews a Parquet file a page at a time', async () => {
      const page = await client().datasets.viewer.previewFile(
        DATASET,
        'train-00000-of-00001.parquet',
        { per: 1 },
      );
      expect(page.columns_type).toEqual(['VARCHAR', 'VARCHAR', 'BIGINT']);
      expect(page.items).toHaveLength(1);
      expect(page.items[0]?.[2]).toBe(0);
      expect(page).toMatchObject({ total: 7473, per: 1 });
      const error = await client()
        .datasets.viewer.previewFile(DATASET, 'README.txt', {}, failure(500, 'notLfsFile'))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InternalServerError);
      expect(error).toMatchObject({ code: 'SYS-ERR-5' });
      expect(error).toBeInstanceOf(APIError);
    });
  });
}
