import { describe, expect, it } from 'vitest';
import {
  APIError,
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
} from '../../../src/csghub/index.js';
import type { FetchLike } from '../../../src/core/options.js';
import { collect } from '../../helpers/collect.js';
import { anonymous, client, example, failure, recorder, status } from './context.js';

const SESSION = '3f1b2c9e-8d4a-4e6f-9a7b-2c5d8e1f0a34';
const RESPONSE_MSG = '9b2e4f6a-1c3d-4e5f-8a7b-6c5d4e3f2a1b';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Contract tests of this area; see csghub.contract.test.ts. */
export function agentSessions(): void {
  describe('agents (sessions): instances', () => {
    it('lists instances, pinned first, and an empty page as []', async () => {
      const page = await client().agents.instances.list({
        search: 'review',
        type: 'code',
        built_in: false,
        public: true,
        editable: true,
        per: 20,
      });
      expect(page.items.map((i) => i.id)).toEqual([128, 1]);
      expect(page.items[0]).toMatchObject({
        is_pinned: true,
        config: { model: 'Qwen/Qwen2.5-7B-Instruct' },
      });
      expect(page.total).toBe(2);
      expect(page.hasNextPage()).toBe(false);
      const none = await client().agents.instances.list({}, example('noMatch'));
      expect(none.items).toEqual([]);
      expect(await collect(client().agents.instances.list({}, example('noMatch')))).toEqual([]);
      await expect(client().agents.instances.list({}, status(401))).rejects.toBeInstanceOf(
        AuthenticationError,
      );
    });

    it('creates, reads, updates and deletes an instance', async () => {
      const instances = client().agents.instances;
      const created = await instances.create({
        type: 'langflow',
        name: 'Invoice assistant',
        template_id: 42,
        public: false,
      });
      expect(created).toMatchObject({ id: 133, template_id: 42, is_running: false });
      const own = await instances.get(128);
      expect(own).toMatchObject({ content_id: 'wanghh2000/code-review-helper', editable: true });
      await expect(
        instances.update(128, { name: 'Code review helper (beta)', public: true }),
      ).resolves.toBeUndefined();
      await expect(instances.update(128, { metadata: { tags: null } })).resolves.toBeUndefined();
      await expect(instances.delete(128)).resolves.toBeUndefined();
    });

    it('maps the 500s an unknown id, a quota and a refusal answer', async () => {
      const instances = client().agents.instances;
      await expect(instances.get(99999, failure(500, 'instanceNotFound'))).rejects.toMatchObject({
        constructor: InternalServerError,
        code: 'SYS-ERR-3',
      });
      await expect(
        instances.create({ type: 'langflow', name: 'x' }, failure(500, 'quotaExceeded')),
      ).rejects.toMatchObject({ constructor: InternalServerError, code: 'AGENT-ERR-0' });
      await expect(
        instances.update(131, { metadata: { a: 1 } }, failure(400, 'metadataImmutable')),
      ).rejects.toMatchObject({ constructor: BadRequestError, code: 'AGENT-ERR-16' });
      await expect(instances.delete(1, failure(500, 'builtIn'))).rejects.toThrow(
        'cannot delete built-in instance',
      );
      await expect(instances.get(131, status(403))).rejects.toBeInstanceOf(PermissionDeniedError);
    });

    it('shares an instance and reads the share anonymously', async () => {
      const share = await client().agents.instances.share(131);
      expect(share).toEqual({
        share_uuid: '0e4f8a2c-6b1d-4c3e-9f7a-5d2b8c1e4a60',
        share_name: 'k7f3q9xz',
        type: 'instance',
      });
      const shared = await anonymous().agents.instances.getShared(share.share_uuid);
      expect(shared).toMatchObject({ instance_id: 131, shared_sandbox_name: 'k7f3q9xz' });
      await expect(
        anonymous().agents.instances.getShared('missing', failure(404, 'unknownShare')),
      ).rejects.toMatchObject({ constructor: NotFoundError, code: 'SYS-ERR-3' });
    });

    it('watches instance states: registers a fresh monitor, then streams it', async () => {
      const sent: { url: URL; body: unknown }[] = [];
      const spy: FetchLike = async (input, init) => {
        const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
        sent.push({ url: new URL(input), body });
        return recorder.fetch(input, init);
      };
      let first;
      for await (const event of client({ fetch: spy }).agents.instances.watchStatus([128, 131])) {
        first = event;
        break;
      }
      expect(first).toEqual({
        id: 128,
        type: 'code',
        content_id: 'wanghh2000/code-review-helper',
        status: 'Running',
      });
      expect(sent.map((s) => s.url.pathname)).toEqual([
        '/api/v1/agent/instances/monitor',
        '/api/v1/agent/instances/status',
      ]);
      const monitor = sent[0]?.body as { monitor_id: string; instance_ids: number[] };
      expect(monitor.monitor_id).toMatch(UUID);
      expect(monitor.instance_ids).toEqual([128, 131]);
      expect(sent[1]?.url.searchParams.get('monitor_id')).toBe(monitor.monitor_id);
    });

    it('reaches the two steps separately; a failed check carries `error`', async () => {
      const instances = client().agents.instances;
      const id = '5d0c3a7e-2b41-4f8e-b6a9-0e7f1c2d3b4a';
      await expect(
        instances.setMonitor({ monitor_id: id, instance_ids: [128, 131] }),
      ).resolves.toBeUndefined();
      const events = await collect(instances.streamStatus(id), 5);
      expect(events.map((e) => e.id)).toEqual([128, 131]);
      expect(events[1]).toEqual({
        id: 131,
        type: 'csgclaw',
        content_id: 'csgclaw-release-notes-agent-k7f3q9',
        error: 'sandbox not found',
      });
      await expect(
        instances.setMonitor({ monitor_id: id, instance_ids: [] }, failure(400, 'missingType')),
      ).rejects.toBeInstanceOf(BadRequestError);
    });
  });

  describe('agents (sessions): sessions', () => {
    it('lists the sessions of an instance, and none as []', async () => {
      const page = await client().agents.sessions.list(128, { search: 'PR 1377', per: 10 });
      expect(page.items.map((s) => s.session_uuid)).toEqual([
        SESSION,
        'a8d1f3e5-7b9c-4d2e-8f0a-1b3c5d7e9f02',
      ]);
      expect(page.total).toBe(2);
      expect(page.hasNextPage()).toBe(false);
      const none = await client().agents.sessions.list(128, {}, example('none'));
      expect(none.items).toEqual([]);
    });

    it('creates (with or without params), reads, renames and deletes a session', async () => {
      const sessions = client().agents.sessions;
      await expect(sessions.create(128)).resolves.toEqual({ session_uuid: SESSION });
      await expect(
        sessions.create(128, { session_uuid: SESSION, name: 'Review of PR 1377' }),
      ).resolves.toEqual({ session_uuid: SESSION });
      const session = await sessions.get(128, SESSION);
      expect(session).toMatchObject({ id: 5021, instance_id: 128, last_turn: 4 });
      await expect(
        sessions.update(128, SESSION, { name: 'Review of PR 1377 (follow-up)' }),
      ).resolves.toBeUndefined();
      await expect(sessions.delete(128, SESSION)).resolves.toBeUndefined();
    });

    it('maps an unknown session and a private instance to 500s', async () => {
      const sessions = client().agents.sessions;
      await expect(
        sessions.get(128, SESSION, failure(500, 'sessionNotFound')),
      ).rejects.toMatchObject({ constructor: InternalServerError, code: 'SYS-ERR-3' });
      await expect(sessions.create(131, {}, failure(500, 'createForbidden'))).rejects.toMatchObject(
        { constructor: InternalServerError, code: 'AUTH-ERR-2' },
      );
      await expect(
        sessions.update(128, SESSION, { name: 'x' }, status(403)),
      ).rejects.toBeInstanceOf(PermissionDeniedError);
    });

    it('shares a session and reads the snapshot anonymously', async () => {
      const share = await client().agents.sessions.share(128, SESSION);
      expect(share).toEqual({
        share_uuid: 'c2a7e9f1-4b3d-4a6e-8c5f-1d0e9b8a7c6d',
        expires_at: 1782972000,
      });
      const snapshot = await anonymous().agents.sessions.getShared(share.share_uuid);
      expect(snapshot.session).toMatchObject({ session_uuid: SESSION, max_turn: 1 });
      expect(snapshot.histories.map((m) => m.request)).toEqual([true, false]);
      const empty = await anonymous().agents.sessions.getShared('x', example('noMessages'));
      expect(empty.histories).toEqual([]);
      await expect(
        anonymous().agents.sessions.getShared('x', failure(404, 'invalidShare')),
      ).rejects.toMatchObject({ constructor: NotFoundError, code: 'AGENT-ERR-5' });
      await expect(
        anonymous().agents.sessions.getShared('x', failure(410, 'expired')),
      ).rejects.toMatchObject({ constructor: APIError, status: 410, code: 'AGENT-ERR-6' });
    });
  });

  describe('agents (sessions): messages', () => {
    it('lists the messages of a session, and none as []', async () => {
      const messages = await client().agents.messages.list(128, SESSION, { max_turn: 2 });
      expect(messages.map((m) => m.msg_uuid)).toEqual([
        '4a8c2e6f-0b1d-4f3e-9a5c-7e6d5c4b3a21',
        RESPONSE_MSG,
      ]);
      expect(messages[1]).toMatchObject({ request: false, feedback: 'like' });
      await expect(
        client().agents.messages.list(128, SESSION, {}, example('empty')),
      ).resolves.toEqual([]);
    });

    it('records, rates and rewrites messages', async () => {
      const messages = client().agents.messages;
      const created = await messages.create(128, SESSION, {
        messages: [
          { request: true, content: 'Please review the handler changes in PR 1377.' },
          { request: false, content: 'The change looks good.' },
        ],
      });
      expect(created.msg_uuids).toHaveLength(2);
      expect(created.msg_uuids[1]).toBe(RESPONSE_MSG);
      await expect(
        messages.setFeedback(128, SESSION, RESPONSE_MSG, {
          feedback: 'dislike',
          reason: 'The suggested fix does not compile.',
        }),
      ).resolves.toBeUndefined();
      await expect(
        messages.rewrite(128, SESSION, RESPONSE_MSG, { content: 'Add a test first.' }),
      ).resolves.toEqual({ msg_uuid: 'e1d2c3b4-a5f6-4708-9a1b-2c3d4e5f6a7b' });
    });

    it('maps a refused rating and an unknown session', async () => {
      const messages = client().agents.messages;
      await expect(
        messages.setFeedback(
          128,
          SESSION,
          RESPONSE_MSG,
          { feedback: 'like' },
          failure(400, 'badFeedback'),
        ),
      ).rejects.toBeInstanceOf(BadRequestError);
      await expect(messages.list(128, SESSION, {}, failure(500, 'otherInstance'))).rejects.toThrow(
        'does not belong to the specified instance',
      );
    });
  });

  describe('agents (sessions): preferences', () => {
    const pin = { entity_type: 'agent_instance', entity_id: '128', preference: 'pin' } as const;

    it('pins, configures and unpins an instance', async () => {
      const preferences = client().agents.preferences;
      await expect(preferences.set(pin)).resolves.toBeUndefined();
      await expect(
        preferences.set({
          ...pin,
          preference: 'config-instance',
          value: { model: 'Qwen/Qwen2.5-7B-Instruct' },
        }),
      ).resolves.toBeUndefined();
      await expect(preferences.remove(pin)).resolves.toBeUndefined();
    });

    it('maps a sixth pin to InternalServerError', async () => {
      await expect(
        client().agents.preferences.set(pin, failure(500, 'pinLimit')),
      ).rejects.toMatchObject({ constructor: InternalServerError, code: 'AGENT-ERR-4' });
      await expect(client().agents.preferences.remove(pin, status(403))).rejects.toBeInstanceOf(
        PermissionDeniedError,
      );
    });
  });
}
