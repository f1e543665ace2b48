import { describe, expect, it } from 'vitest';
import {
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
} from '../../../src/csghub/index.js';
import { anonymous, client, example, failure, status } from './context.js';
import { collect } from '../../helpers/collect.js';

/** Contract tests of this area; see csghub.contract.test.ts. */
export function organizationsAndCollections(): void {
  describe('organizations: reads', () => {
    it('lists organizations with filters, anonymously (page nested in data)', async () => {
      const page = await anonymous().organizations.list({
        search: 'opencsg',
        org_type: 'company',
        verify_status: 'approved',
        tag: 'technology',
        per: 10,
      });
      expect(page.items.map((o) => o.path)).toEqual(['OpenCSG', 'THUDM']);
      expect(page.items[0]).toMatchObject({ verified: true, verify_status: 'approved' });
      expect(page.total).toBe(2);
      expect(page.hasNextPage()).toBe(false);
      expect(await collect(client().organizations.list({}, example('noMatch')))).toEqual([]);
    });

    it('reads one organization, and an unknown one as NotFoundError', async () => {
      const org = await anonymous().organizations.get('OpenCSG');
      expect(org).toMatchObject({ path: 'OpenCSG', org_type: 'company', verified: true });
      expect(org.tags?.map((t) => t.name)).toEqual(['technology']);
      const minimal = await client().organizations.get('csg-lab', example('minimal'));
      expect(minimal.name).toBeUndefined();
      await expect(client().organizations.get('no-such-org', status(404))).rejects.toMatchObject({
        constructor: NotFoundError,
        code: 'SYS-ERR-3',
      });
    });

    // These four answer `message` instead of `msg`, with `data` and `total` beside it.
    it('pages the models, datasets, code repositories and spaces, anonymously', async () => {
      const models = await anonymous().organizations.listModels('OpenCSG', { per: 10 });
      expect(models.items.map((m) => m.path)).toEqual([
        'OpenCSG/csg-wukong-1B-chat-v0.1',
        'OpenCSG/csg-wukong-1B',
      ]);
      expect(models.total).toBe(2);
      expect(models.hasNextPage()).toBe(false);
      const datasets = await collect(anonymous().organizations.listDatasets('OpenCSG'));
      expect(datasets.map((d) => d.path)).toEqual(['OpenCSG/chinese-fineweb-edu']);
      const codes = await client().organizations.listCodes('OpenCSG', { page: 1, per: 5 });
      expect(codes.items.map((c) => c.repository_id)).toEqual([5311]);
      expect(codes.total).toBe(1);
      const spaces = await client().organizations.listSpaces('OpenCSG');
      expect(spaces.items[0]).toMatchObject({ path: 'OpenCSG/csg-wukong-chat', status: 'Running' });
    });

    it('reads an empty repository page (data: null) as no items', async () => {
      const none = await client().organizations.listModels('csg-lab', {}, example('empty'));
      expect(none).toMatchObject({ items: [], total: 0 });
      expect(none.hasNextPage()).toBe(false);
      expect(
        await collect(client().organizations.listDatasets('csg-lab', {}, example('empty'))),
      ).toEqual([]);
      expect(
        await collect(client().organizations.listCodes('csg-lab', {}, example('empty'))),
      ).toEqual([]);
      expect(
        await collect(client().organizations.listSpaces('csg-lab', {}, example('empty'))),
      ).toEqual([]);
      await expect(
        client().organizations.listSpaces('OpenCSG', {}, { ...status(500), maxRetries: 0 }),
      ).rejects.toMatchObject({ constructor: InternalServerError, code: 'SYS-ERR-0' });
    });

    it('pages the MCP servers (page nested in data), anonymously', async () => {
      const page = await anonymous().organizations.listMcpServers('OpenCSG', { per: 10 });
      expect(page.items.map((s) => s.path)).toEqual(['OpenCSG/mcp-server-fetch']);
      expect(page.items[0]).toMatchObject({
        tools_num: 1,
        github_path: 'modelcontextprotocol/servers',
      });
      expect(page.total).toBe(1);
      const none = await client().organizations.listMcpServers('csg-lab', {}, example('empty'));
      expect(none).toMatchObject({ items: [], total: 0 });
    });
  });

  describe('organizations: members', () => {
    it('lists members with roles as a member, without them anonymously', async () => {
      const page = await client().organizations.members.list('OpenCSG', { per: 10 });
      expect(page.items.map((m) => [m.username, m.role])).toEqual([
        ['wanghh2000', 'admin'],
        ['zhangsan', 'write'],
      ]);
      expect(page.total).toBe(2);
      expect(page.hasNextPage()).toBe(false);
      const seen = await anonymous().organizations.members.list(
        'OpenCSG',
        {},
        example('anonymous'),
      );
      expect(seen.items.map((m) => m.role)).toEqual([undefined, undefined]);
      const past = await client().organizations.members.list(
        'OpenCSG',
        { page: 2, per: 50 },
        example('pastLastPage'),
      );
      expect(past).toMatchObject({ items: [], total: 2, page: 2 });
      await expect(
        client().organizations.members.list('no-such-org', {}, status(404)),
      ).rejects.toBeInstanceOf(NotFoundError);
    });

    it('adds members; a refusal is a 500, an InternalServerError with its code', async () => {
      const members = client().organizations.members;
      await expect(
        members.add('OpenCSG', { users: 'zhangsan,lisi', role: 'write' }),
      ).resolves.toBeUndefined();
      await expect(
        members.add('OpenCSG', { users: 'wangwu', role: 'read' }, failure(500, 'notAdmin')),
      ).rejects.toMatchObject({ constructor: InternalServerError, code: 'AUTH-ERR-2' });
      const noCode = await members
        .add('OpenCSG', { users: 'wangwu', role: 'read' }, failure(500, 'callerNotMember'))
        .catch((e: unknown) => e);
      expect(noCode).toBeInstanceOf(InternalServerError);
      expect((noCode as InternalServerError).code).toBeUndefined();
      expect(String(noCode)).toContain('failed to get op user membership');
    });

    it('changes a role, and self-promotion as InternalServerError (SYS-ERR-7)', async () => {
      const members = client().organizations.members;
      await expect(
        members.changeRole('OpenCSG', 'zhangsan', { old_role: 'read', new_role: 'write' }),
      ).resolves.toBeUndefined();
      await expect(
        members.changeRole(
          'OpenCSG',
          'zhangsan',
          { old_role: 'write', new_role: 'admin' },
          failure(500, 'promoteSelf'),
        ),
      ).rejects.toMatchObject({ constructor: InternalServerError, code: 'SYS-ERR-7' });
    });

    it('removes a member (JSON body on DELETE), and the last admin as ConflictError', async () => {
      const members = client().organizations.members;
      await expect(
        members.remove('OpenCSG', 'zhangsan', { role: 'write' }),
      ).resolves.toBeUndefined();
      await expect(
        members.remove('OpenCSG', 'wanghh2000', { role: 'admin' }, failure(409, 'lastAdmin')),
      ).rejects.toMatchObject({ constructor: ConflictError, code: 'SYS-ERR-6' });
      await expect(
        members.remove('OpenCSG', 'lisi', { role: 'read' }, failure(500, 'unknownOrganization')),
      ).rejects.toMatchObject({ constructor: InternalServerError, code: 'SYS-ERR-3' });
    });
  });

  describe('collections: reads', () => {
    // This list answers `data` and `total` without `msg`.
    it('lists public collections, anonymously, and walks them', async () => {
      const page = await anonymous().collections.list({
        search: 'llm',
        sort: 'most_favorite',
        per: 10,
      });
      expect(page.items.map((c) => c.id)).toEqual([27, 31]);
      expect(page.total).toBe(2);
      expect(page.hasNextPage()).toBe(false);
      expect(page.items[0]?.repositories?.map((r) => r.path)).toEqual([
        'OpenCSG/chinese-fineweb-edu',
        'OpenCSG/csg-wukong-1B',
      ]);
      expect(page.items[1]?.repositories).toBeNull();
      expect((await collect(client().collections.list())).map((c) => c.name)).toEqual([
        'chinese-llm-starter',
        'mcp-toolbox',
      ]);
      const none = await client().collections.list({ search: 'zzz' }, example('noMatch'));
      expect(none).toMatchObject({ items: [], total: 0 });
      await expect(
        client().collections.list({ sort: 'trending' }, failure(400, 'badSort')),
      ).rejects.toMatchObject({ constructor: BadRequestError, code: 'REQ-ERR-6' });
    });

    it('reads a collection as its owner and anonymously', async () => {
      const owned = await client().collections.get(27);
      expect(owned).toMatchObject({ id: 27, username: 'wanghh2000', can_manage: true });
      expect(owned.repositories?.map((r) => [r.id, r.repository_type])).toEqual([
        [5120, 'space'],
        [4521, 'model'],
      ]);
      expect(owned.repositories?.[1]?.remark).toBe('Base model for our chat demos.');
      const empty = await anonymous().collections.get(31, example('emptyAnonymous'));
      expect(empty).toMatchObject({ namespace: 'OpenCSG', repositories: null, can_write: false });
    });

    it('reads a private collection as a 500 (AUTH-ERR-0), an unknown one as 404', async () => {
      await expect(
        anonymous().collections.get(33, failure(500, 'privateCollection')),
      ).rejects.toMatchObject({ constructor: InternalServerError, code: 'AUTH-ERR-0' });
      await expect(client().collections.get(9999, status(404))).rejects.toMatchObject({
        constructor: NotFoundError,
        code: 'SYS-ERR-3',
      });
    });
  });

  describe('collections: writes', () => {
    it('creates a personal and an organization collection', async () => {
      const mine = await client().collections.create({
        theme: '#fde68a',
        name: 'chinese-llm-starter',
        nickname: 'Chinese LLM starter kit',
        description: 'Small Chinese language models and the datasets to fine-tune them.',
        private: false,
      });
      expect(mine).toMatchObject({ id: 27, username: 'wanghh2000', repositories: null });
      const org = await client().collections.create(
        { namespace: 'OpenCSG', name: 'internal-evals', private: true },
        example('organization'),
      );
      expect(org).toMatchObject({ id: 33, namespace: 'OpenCSG', username: '', private: true });
    });

    it('updates a collection, and someone else’s as PermissionDeniedError', async () => {
      const body = {
        theme: '#bfdbfe',
        name: 'chinese-llm-starter',
        nickname: 'Chinese LLM starter kit (2025)',
        description: 'Small Chinese language models, with datasets and demo spaces.',
        private: false,
      };
      const updated = await client().collections.update(27, body);
      expect(updated).toMatchObject({ id: 27, theme: '#bfdbfe', user_id: 1024 });
      expect(updated.repositories?.[0]?.path).toBe('OpenCSG/csg-wukong-1B');
      await expect(client().collections.update(31, body, status(403))).rejects.toMatchObject({
        constructor: PermissionDeniedError,
        code: 'AUTH-ERR-2',
      });
    });

    it('deletes a collection; what was not deleted is an InternalServerError', async () => {
      await expect(client().collections.delete(27)).resolves.toBeUndefined();
      const error = await client()
        .collections.delete(9999, failure(500, 'notDeleted'))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InternalServerError);
      expect(String(error)).toContain('affected 0 row(s)');
    });

    it('adds repositories with notes; a duplicate is a 500 (COLL-ERR-0)', async () => {
      await expect(
        client().collections.addRepos(27, {
          repo_ids: [4521, 6033],
          remarks: { '4521': 'Base model for our chat demos.' },
        }),
      ).resolves.toBeUndefined();
      await expect(
        client().collections.addRepos(
          27,
          { repo_ids: [4521] },
          failure(500, 'alreadyInCollection'),
        ),
      ).rejects.toMatchObject({ constructor: InternalServerError, code: 'COLL-ERR-0' });
    });

    it('removes repositories (JSON body on DELETE)', async () => {
      await expect(
        client().collections.removeRepos(27, { repo_ids: [6033] }),
      ).resolves.toBeUndefined();
      await expect(
        client().collections.removeRepos(27, { repo_ids: [6033] }, failure(500, 'notCreator')),
      ).rejects.toBeInstanceOf(InternalServerError);
    });

    it('changes and clears the note on a repository', async () => {
      await expect(
        client().collections.updateRepo(27, 4521, {
          remark: 'Base model for our chat demos; use the chat variant for demos.',
        }),
      ).resolves.toBeUndefined();
      await expect(
        client().collections.updateRepo(27, 4521, { remark: '' }),
      ).resolves.toBeUndefined();
      await expect(
        client().collections.updateRepo(27, 8802, { remark: 'x' }, failure(500, 'notInCollection')),
      ).rejects.toMatchObject({ constructor: InternalServerError, code: 'SYS-ERR-2' });
      await expect(
        client().collections.updateRepo(27, 4521, { remark: 'x' }, failure(400, 'sensitive')),
      ).rejects.toMatchObject({ constructor: BadRequestError, code: 'SENSITIVE-ERR-0' });
    });
  });
}
