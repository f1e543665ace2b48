/**
 * The token's user's account settings in memory, in front of the other CSGHub stores: SSH keys
 * and access tokens. They start as the spec's examples (the owner's fields from the dataset) and
 * keep what a UI adds, refreshes and deletes; every refusal is the service's. Any token the mock
 * is sent is the token's user's (`CURRENT_USER`), so a token the store never issued is looked up
 * as theirs, and only a deleted token, or the old value of a refreshed one, is unknown.
 */
import { createHash } from 'node:crypto';
import type { IHttpOperation } from '@stoplight/types';
import { CURRENT_USER, type UserRecord } from '../data/csghub-people.js';
import { EPOCH, iso } from '../data/random.js';
import {
  answer,
  example,
  fullMessage,
  isObject,
  layered,
  minuteClock,
  overlay,
  paged,
  type Call,
  type Handler,
} from './support.js';
import type { StatefulStore } from './types.js';

type Row = Record<string, unknown>;

interface SshKeyRecord {
  id: number;
  name: string;
  content: string;
  fingerprint: string;
  created_at: string;
}

interface TokenRecord {
  id: number;
  name: string;
  app: string;
  value: string;
  permission: string;
  expired_at: string;
  created_at: string;
}

const ZERO_TIME = '0001-01-01T00:00:00Z';
/** Key types an OpenSSH public key line may start with. */
const KEY_TYPES = new Set([
  'ssh-rsa',
  'ssh-dss',
  'ssh-ed25519',
  'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp521',
  'sk-ssh-ed25519@openssh.com',
  'sk-ecdsa-sha2-nistp256@openssh.com',
]);
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const number = (value: unknown) => (typeof value === 'number' ? value : 0);
const rows = (value: unknown): Row[] => {
  const list = isObject(value) ? value['data'] : undefined;
  return Array.isArray(list) ? list.filter(isObject) : [];
};

/**
 * The SHA-256 fingerprint of an OpenSSH public key line (`<type> <base64> [comment]`), as the
 * hub stores it (base64, no padding, no `SHA256:`), or undefined when the line is not a key:
 * the base64 must decode to a blob that names the same type.
 */
export function sshFingerprint(content: string): string | undefined {
  const [type = '', data = ''] = content.trim().split(/\s+/);
  if (!KEY_TYPES.has(type) || !BASE64.test(data)) return undefined;
  const blob = Buffer.from(data, 'base64');
  if (blob.length < 4 + type.length) return undefined;
  const length = blob.readUInt32BE(0);
  if (length !== type.length || blob.subarray(4, 4 + length).toString('latin1') !== type) {
    return undefined;
  }
  return createHash('sha256').update(blob).digest('base64').replace(/=+$/, '');
}

/**
 * `inner` with the account routes answered first; the state and the reset cover both.
 * `userNamed` reads the dataset's users (with fixtures), for the owner's fields.
 */
export function accountStore(
  operation: (id: string) => IHttpOperation,
  setup: { seedValue: number; maxRecords: number },
  inner: StatefulStore,
  userNamed: (username: string) => UserRecord | undefined,
): StatefulStore {
  const { seedValue, maxRecords } = setup;
  const keyList = example(operation('listUserSshKeys'), '200', 'twoKeys');
  const keyRow = rows(keyList)[0] ?? {};
  const keyUser = isObject(keyRow['user']) ? keyRow['user'] : {};
  const keyCreated = example(operation('createUserSshKey'));
  const tokenList = example(operation('listUserAccessTokens'), '200', 'twoTokens');
  const tokenRow = rows(tokenList)[0] ?? {};
  const tokenCreated = example(operation('createAccessToken'));
  const otherUser = example(operation('listUserSshKeys'), '401', 'otherUser');
  const tokenMissing = example(operation('deleteAccessToken'), '404');

  let keys: SshKeyRecord[] = [];
  let tokens: TokenRecord[] = [];
  /** Values that no longer work: deleted tokens and the old values of refreshed ones. */
  let retired = new Set<string>();
  let nextId = 0;
  let created = 0;
  const clock = minuteClock();
  const tick = clock.tick;

  const reset = () => {
    keys = rows(keyList).map((row) => ({
      id: number(row['id']),
      name: text(row['name']),
      content: text(row['content']),
      fingerprint: sshFingerprint(text(row['content'])) ?? text(row['fingerprint_sha256']),
      created_at: text(row['created_at']),
    }));
    tokens = rows(tokenList).map((row) => ({
      id: number(row['id']),
      name: text(row['token_name']),
      app: text(row['application']),
      value: text(row['token']),
      permission: '',
      expired_at: text(row['expire_at']) || ZERO_TIME,
      created_at: text(row['created_at']),
    }));
    retired = new Set();
    nextId = 100_001;
    created = 0;
    clock.reset();
  };
  reset();

  const me = () => userNamed(CURRENT_USER);
  /** The answer to a request naming another user than the token's: 401 `AUTH-ERR-7`. */
  const notMine = (call: Call) =>
    call.params['username'] === CURRENT_USER ? undefined : answer(401, otherUser);
  const full = () =>
    created >= maxRecords
      ? answer(500, { msg: fullMessage(maxRecords, 'SSH keys and access tokens') })
      : undefined;
  /** A new secret value: 32 hexadecimal characters, the same for the same seed and id. */
  const secret = (id: number) =>
    createHash('sha256')
      .update(`csgkit-mock-token\n${String(seedValue)}\n${String(id)}`)
      .digest('hex')
      .slice(0, 32);

  /** A key as the hub answers it: with its owner's record in lists, `user: null` once created. */
  const keyOut = (key: SshKeyRecord, withUser: boolean) => {
    const owner = me();
    const row = overlay(keyRow, {
      id: key.id,
      name: key.name,
      content: key.content,
      user_id: owner?.id ?? number(keyRow['user_id']),
      user: overlay(keyUser, {
        id: owner?.id,
        username: CURRENT_USER,
        name: owner?.nickname,
        email: owner?.email,
        uuid: owner?.uuid,
      }),
      fingerprint_sha256: key.fingerprint,
      created_at: key.created_at,
      updated_at: key.created_at,
    }) as Row;
    if (!withUser) row['user'] = null;
    return row;
  };
  const tokenOut = (token: TokenRecord, id = token.id) =>
    overlay(tokenRow, {
      id,
      token: token.value,
      token_name: token.name,
      application: token.app,
      user_name: CURRENT_USER,
      user_uuid: me()?.uuid ?? text(tokenRow['user_uuid']),
      expire_at: token.expired_at,
      created_at: token.created_at,
      updated_at: token.created_at,
    });
  const findToken = (call: Call) =>
    tokens.find((t) => t.app === call.params['app'] && t.name === call.params['token_name']);

  const handlers: Record<string, Handler> = {
    listUserSshKeys: (call) => {
      const refused = notMine(call);
      if (refused) return refused;
      const newest = [...keys].sort(
        (a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id,
      );
      return answer(200, {
        msg: 'OK',
        data: paged(newest, call.query).data.map((key) => keyOut(key, true)),
      });
    },
    createUserSshKey: (call) => {
      const refused = notMine(call) ?? full();
      if (refused) return refused;
      const name = text(call.body['name']);
      const content = text(call.body['content']).trim();
      if (keys.some((k) => k.name === name)) {
        return answer(500, { msg: 'ssh key name already exists' });
      }
      const fingerprint = sshFingerprint(content);
      if (!fingerprint) {
        return answer(500, {
          msg: 'failed to calculate ssh key fingerprint,error:ssh: no key found',
        });
      }
      if (keys.some((k) => k.fingerprint === fingerprint)) {
        return answer(500, { msg: 'ssh key already exists' });
      }
      const key = { id: nextId++, name, content, fingerprint, created_at: tick() };
      keys.push(key);
      created++;
      return answer(200, { ...keyCreated, data: keyOut(key, false) });
    },
    deleteUserSshKey: (call) => {
      const refused = notMine(call);
      if (refused) return refused;
      const at = keys.findIndex((k) => k.name === call.params['name']);
      if (at === -1) {
        return answer(500, {
          msg: 'failed to get database SSH keys,error:sql: no rows in result set',
        });
      }
      keys.splice(at, 1);
      return answer(200, { msg: 'OK' });
    },
    listUserAccessTokens: (call) => {
      const refused = notMine(call);
      if (refused) return refused;
      const app = text(call.query['app']);
      const listed = tokens
        .filter((t) => app === '' || t.app === app)
        .sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id)
        .map((t) => tokenOut(t));
      return answer(200, { msg: 'OK', data: listed.length > 0 ? listed : null });
    },
    createAccessToken: (call) => {
      const refused = full();
      if (refused) return refused;
      const app = call.params['app'] ?? '';
      const name = call.params['token_name'] ?? '';
      if (findToken(call)) {
        return answer(500, { msg: `token name duplicated, token_name:${name}, app:${app}` });
      }
      const id = nextId++;
      const token: TokenRecord = {
        id,
        name,
        app,
        value: secret(id),
        permission: text(call.body['permission']),
        expired_at: text(call.body['expired_at']) || ZERO_TIME,
        created_at: tick(),
      };
      tokens.push(token);
      created++;
      return answer(200, {
        ...tokenCreated,
        data: overlay(tokenCreated['data'], {
          id,
          name,
          token: token.value,
          user_id: me()?.id,
          application: app,
          permission: token.permission,
          is_active: true,
          expired_at: token.expired_at,
          created_at: token.created_at,
          updated_at: token.created_at,
        }),
      });
    },
    updateAccessToken: (call) => {
      const token = findToken(call);
      if (!token) return answer(404, tokenMissing);
      // The hub keeps the row and writes a new one: a new id, value and creation time.
      retired.add(token.value);
      token.id = nextId++;
      token.value = secret(token.id);
      token.created_at = tick();
      return answer(200, { msg: 'OK', data: tokenOut(token) });
    },
    deleteAccessToken: (call) => {
      const token = findToken(call);
      if (!token) return answer(404, tokenMissing);
      retired.add(token.value);
      tokens = tokens.filter((t) => t !== token);
      return answer(200, { msg: 'OK' });
    },
    getTokenInfo: (call) => {
      const value = call.params['token_value'] ?? '';
      const app = text(call.query['app']);
      const known = tokens.find((t) => t.value === value);
      if (known) {
        return app === '' || known.app === app
          ? answer(200, { msg: 'OK', data: tokenOut(known, 0) })
          : answer(404, tokenMissing);
      }
      if (retired.has(value) || (app !== '' && app !== 'git')) return answer(404, tokenMissing);
      // Any other token is the token's user's, as everywhere in the mock.
      return answer(200, {
        msg: 'OK',
        data: tokenOut(
          {
            id: 0,
            name: 'default',
            app: 'git',
            value,
            permission: '',
            expired_at: ZERO_TIME,
            created_at: me()?.created_at ?? iso(EPOCH),
          },
          0,
        ),
      });
    },
  };

  return layered(inner, handlers, {
    state: () => ({
      sshKeys: keys,
      accessTokens: tokens.map(({ value: _, ...rest }) => rest),
    }),
    reset,
  });
}
