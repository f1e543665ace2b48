import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
} from '../../../src/csghub/index.js';
import { anonymous, client, example, failure, status } from './context.js';
import { collect } from '../../helpers/collect.js';

const ME = 'wanghh2000';
const UUID = '9c2b6a41-3f7e-4a8d-b1c5-6e0d2f4a7b93';
const SECRET = '3f9a1c7e52b84d0fa6e2b1c9d8e7f605';
const LAPTOP_KEY =
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKq3w7m8Jd2bGQ0c9pYyX1n8s3R6fT4hE5vL2kW9aZ0u wanghh2000@laptop';

/** Contract tests of this area; see csghub.contract.test.ts. */
export function users(): void {
  describe('users: profiles', () => {
    it('reads the whole profile, by name or by uuid', async () => {
      const self = await client().users.get(ME);
      expect(self).toMatchObject({ id: 1024, username: ME, uuid: UUID, roles: ['personal_user'] });
      expect(self.orgs?.[0]).toMatchObject({ path: 'OpenCSG', role: 'write' });
      const byUuid = await client().users.get(UUID, { type: 'uuid' });
      expect(byUuid.username).toBe(ME);
    });

    it('reads the public part anonymously', async () => {
      const profile = await anonymous().users.get(ME, {}, example('public'));
      expect(profile.username).toBe(ME);
      expect(profile.uuid).toBeUndefined();
      expect(profile.namespaces?.[0]?.Path).toBe(ME);
    });

    it('maps an unknown user to NotFoundError with its code', async () => {
      await expect(
        anonymous().users.get('no-such-user', {}, failure(404, 'byName')),
      ).rejects.toMatchObject({ constructor: NotFoundError, code: 'SYS-ERR-3' });
    });

    it('updates a profile by uuid, sets labels and deletes a user', async () => {
      await expect(
        client().users.update(UUID, {
          name: 'Wang Hui',
          bio: 'Working on small bilingual language models.',
          tag_ids: [231],
        }),
      ).resolves.toBeUndefined();
      await expect(
        client().users.update(UUID, { new_username: 'wanghui' }, failure(500, 'renameTwice')),
      ).rejects.toBeInstanceOf(InternalServerError);
      await expect(
        client().users.setLabels({ id: UUID, labels: ['vip'] }),
      ).resolves.toBeUndefined();
      await expect(
        client().users.setLabels({ id: UUID, labels: [] }, status(403)),
      ).rejects.toMatchObject({ constructor: PermissionDeniedError, code: 'AUTH-ERR-6' });
      await expect(client().users.delete('lizhen')).resolves.toBeUndefined();
      await expect(
        client().users.delete('lizhen', failure(400, 'ownsOrganizations')),
      ).rejects.toMatchObject({ constructor: BadRequestError, code: 'USER-ERR-15' });
    });
  });

  describe("users: a user's repositories", () => {
    it('pages the models of a message-keyed answer, anonymously', async () => {
      const page = await anonymous().users.listModels(ME, { per: 10 });
      expect(page.items.map((m) => m.path)).toEqual([
        'wanghh2000/wukong-1B-lora',
        'wanghh2000/wukong-1B-gguf',
      ]);
      expect(page.total).toBe(2);
      expect(page.hasNextPage()).toBe(false);
      const first = await client().users.listModels(ME, {
        search: 'wukong',
        sort: 'recently_update',
        per: 1,
      });
      expect(first.hasNextPage()).toBe(true);
      expect((await first.getNextPage()).page).toBe(2);
      const none = await client().users.listModels(ME, {}, example('empty'));
      expect(none).toMatchObject({ items: [], total: 0 });
      expect(none.hasNextPage()).toBe(false);
    });

    it('pages datasets, code repositories and spaces', async () => {
      const datasets = await client().users.listDatasets(ME, { per: 20 });
      expect(datasets.items.map((d) => d.path)).toEqual(['wanghh2000/customer-service-zh']);
      expect(datasets.total).toBe(1);
      const codes = await collect(anonymous().users.listCodes(ME));
      expect(codes.map((c) => c.repository_id)).toEqual([16310]);
      const spaces = await client().users.listSpaces(ME, { per: 5 });
      expect(spaces.items[0]).toMatchObject({ path: 'wanghh2000/csg-wukong-chat', sdk: 'gradio' });
      expect(spaces.total).toBe(1);
      expect(await collect(client().users.listSpaces(ME, {}, example('empty')))).toEqual([]);
    });

    it('pages MCP servers nested in data', async () => {
      const page = await anonymous().users.listMcpServers(ME, { per: 10 });
      expect(page.items.map((m) => m.path)).toEqual(['wanghh2000/mcp-weather']);
      expect(page.total).toBe(1);
      expect(page.hasNextPage()).toBe(false);
      const none = await client().users.listMcpServers(ME, {}, example('empty'));
      expect(none).toMatchObject({ items: [], total: 0 });
    });

    it('pages collections (an answer without msg)', async () => {
      const page = await anonymous().users.listCollections(ME, { per: 10 });
      expect(page.items.map((c) => c.name)).toEqual(['wukong-family']);
      expect(page.items[0]?.repositories?.map((r) => r.path)).toEqual([
        'OpenCSG/chinese-fineweb-edu',
        'OpenCSG/csg-wukong-1B',
      ]);
      expect(page.total).toBe(1);
      expect(await collect(client().users.listCollections(ME, {}, example('empty')))).toEqual([]);
    });

    it('answers 500 for an unknown user', async () => {
      const error = await client()
        .users.listDatasets('no-such-user', {}, failure(500, 'unknownUser'))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InternalServerError);
      expect(String(error)).toContain('user not exists');
    });
  });

  describe('users: likes', () => {
    it('pages what the token user liked', async () => {
      const likes = client().users.likes;
      const models = await likes.listModels(ME, { per: 10 }, example('liked'));
      expect(models.items.map((m) => m.path)).toEqual(['OpenCSG/csg-wukong-1B']);
      expect(models.total).toBe(1);
      const datasets = await collect(likes.listDatasets(ME, {}, example('liked')));
      expect(datasets.map((d) => d.path)).toEqual(['OpenCSG/chinese-fineweb-edu']);
      const codes = await collect(likes.listCodes(ME, {}, example('liked')));
      expect(codes.map((c) => c.path)).toEqual(['OpenCSG/csghub-sdk']);
      const spaces = await likes.listSpaces(ME, {}, example('liked'));
      expect(spaces.items.map((s) => s.status)).toEqual(['Sleeping']);
      const mcps = await likes.listMcpServers(ME, { per: 10 }, example('liked'));
      expect(mcps.items.map((m) => m.path)).toEqual(['OpenCSG/mcp-server-fetch']);
      expect(mcps.total).toBe(1);
      const collections = await likes.listCollections(ME, {}, example('liked'));
      expect(collections.items.map((c) => c.id)).toEqual([12]);
      expect(collections.total).toBe(1);
      const none = await likes.listMcpServers(ME, {}, example('empty'));
      expect(none.items).toEqual([]);
    });

    it('likes and unlikes repositories and collections', async () => {
      const likes = client().users.likes;
      await expect(likes.add(ME, 4521)).resolves.toBeUndefined();
      await expect(likes.remove(ME, 4521)).resolves.toBeUndefined();
      await expect(likes.addCollection(ME, 37)).resolves.toBeUndefined();
      await expect(likes.removeCollection(ME, 37)).resolves.toBeUndefined();
      await expect(likes.add(ME, 9999, failure(500, 'notVisible'))).rejects.toBeInstanceOf(
        InternalServerError,
      );
      await expect(likes.addCollection(ME, 41, failure(500, 'private'))).rejects.toBeInstanceOf(
        InternalServerError,
      );
    });
  });

  describe('users: SSH keys', () => {
    it('lists keys without a total, and none as empty', async () => {
      const page = await client().users.sshKeys.list(ME, { per: 2 });
      expect(page.items.map((k) => k.name)).toEqual(['workstation', 'laptop']);
      expect(page.total).toBeUndefined();
      // A full page without a total suggests more.
      expect(page.hasNextPage()).toBe(true);
      const none = await client().users.sshKeys.list(ME, {}, example('none'));
      expect(none.items).toEqual([]);
      expect(none.hasNextPage()).toBe(false);
      await expect(
        client().users.sshKeys.list('lizhen', {}, failure(401, 'otherUser')),
      ).rejects.toMatchObject({ constructor: AuthenticationError, code: 'AUTH-ERR-7' });
    });

    it('adds and deletes a key', async () => {
      const key = await client().users.sshKeys.create(ME, { name: 'laptop', content: LAPTOP_KEY });
      expect(key).toMatchObject({ id: 58, name: 'laptop', user: null });
      await expect(client().users.sshKeys.delete(ME, 'laptop')).resolves.toBeUndefined();
      await expect(
        client().users.sshKeys.create(
          ME,
          { name: 'laptop', content: 'x' },
          failure(500, 'notAKey'),
        ),
      ).rejects.toBeInstanceOf(InternalServerError);
    });
  });

  describe('users: access tokens', () => {
    it('lists tokens, and none as empty', async () => {
      const tokens = await client().users.tokens.list(ME, { app: 'git' });
      expect(tokens.map((t) => t.token_name)).toEqual([
        'sdk-ci',
        '6a1f0c3e-8d2b-4b7a-9e15-0c4d3f2a1b98',
      ]);
      await expect(
        client().users.tokens.list(ME, { app: 'mirror' }, example('none')),
      ).resolves.toEqual([]);
    });

    it('creates, refreshes and deletes a token', async () => {
      const tokens = client().users.tokens;
      const created = await tokens.create('git', 'sdk-ci');
      expect(created).toMatchObject({
        id: 7781,
        name: 'sdk-ci',
        token: SECRET,
        application: 'git',
      });
      const expiring = await tokens.create('git', 'sdk-ci', { expired_at: '2025-12-31T23:59:59Z' });
      expect(expiring.expired_at).toBe('2025-12-31T23:59:59Z');
      await expect(
        tokens.create('git', 'sdk-ci', {}, failure(500, 'nameTaken')),
      ).rejects.toBeInstanceOf(InternalServerError);
      const refreshed = await tokens.refresh('git', 'sdk-ci');
      expect(refreshed).toMatchObject({ token_name: 'sdk-ci', user_name: ME });
      expect(refreshed.token).not.toBe(SECRET);
      await expect(tokens.delete('git', 'sdk-ci')).resolves.toBeUndefined();
      await expect(tokens.delete('git', 'gone', status(404))).rejects.toBeInstanceOf(NotFoundError);
    });

    it('looks a token up, anonymously', async () => {
      const info = await anonymous().users.tokens.lookup(SECRET, { app: 'git' });
      expect(info).toMatchObject({ user_name: ME, user_uuid: UUID, token_name: 'sdk-ci' });
      await expect(anonymous().users.tokens.lookup('0000', {}, status(404))).rejects.toBeInstanceOf(
        NotFoundError,
      );
    });
  });
}
