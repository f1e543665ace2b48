/**
 * The data-backed CSGHub mock's account settings (SSH keys, access tokens) through the public
 * client, against a mock that turns any response violation into an error; the recorder also
 * fails a test on any `sl-violations`.
 */
import { describe, expect, it } from 'vitest';
import { CURRENT_USER, generatePeople } from '../../mocks/data/csghub-people.js';
import { sshFingerprint } from '../../mocks/stateful/csghub-account.js';
import { AuthenticationError, InternalServerError, NotFoundError } from '../../src/csghub/index.js';
import { dataBackedCsghub } from '../helpers/data-mock.js';

const mock = dataBackedCsghub({ resetEach: true });
const { client, anonymous } = mock;
const me = generatePeople(1).users.find((u) => u.username === CURRENT_USER);

/** Expects `work` to fail with an error of `kind` whose message contains `text`. */
async function expectRefusal(
  work: Promise<unknown>,
  kind: abstract new (...args: never[]) => Error,
  text: string,
): Promise<void> {
  const error = await work.then(
    () => new Error('resolved, where a refusal was expected'),
    (refusal: unknown) => refusal,
  );
  expect(error).toBeInstanceOf(kind);
  expect((error as Error).message).toContain(text);
}

// Keys made by ssh-keygen, with the fingerprints `ssh-keygen -lf` printed for them.
const ED25519 = {
  content:
    'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIR2P/kV5XQAl2AjifUaPiPBWYh5j+ax7TLys5bBeR6N demo@laptop',
  fingerprint: 'XnX6di9LlfHgwi4omy4aWhTJ887HJJIMFiyK9b4zYS4',
};
const RSA = {
  content:
    'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQCvbQ/lAiw08vF8ohbpv602uDWO9xWWSC/BjpVMC3B01jSM8aojEm41XFIfZO/xsx/BUIa7n3jcKz+SdkLRb4rygCk3uj1JYeACcAoGWkrQIPWeyAjBvCdywMrhMPhsDvVUAOqc5Fg2ZpCJ7tj4a7mopibINYKrymCMOJPr8W8G4w== demo@ci',
  fingerprint: 'u7GhF/MaiFJ87wl90PDj2aydn65O8YX+iPEPjbpKr54',
};

describe('SSH keys', () => {
  it('fingerprints a key as ssh-keygen does, and refuses what is not one', () => {
    expect(sshFingerprint(ED25519.content)).toBe(ED25519.fingerprint);
    expect(sshFingerprint(`  ${RSA.content}\n`)).toBe(RSA.fingerprint);
    expect(sshFingerprint('ssh-rsa')).toBeUndefined();
    expect(sshFingerprint('ssh-ed25519 not-base64!')).toBeUndefined();
    // The blob names another type than the line does.
    expect(sshFingerprint(ED25519.content.replace('ssh-ed25519', 'ssh-rsa'))).toBeUndefined();
    expect(sshFingerprint('ssh-foo AAAAB3NzaC1yc2E=')).toBeUndefined();
  });

  it('keeps what the token user adds and deletes, newest first, refusing as the hub does', async () => {
    const keys = client().users.sshKeys;
    const before = await keys.list(CURRENT_USER);
    expect(before.items.map((k) => k.name)).toEqual(['workstation', 'laptop']);
    expect(before.items[0]?.user).toMatchObject({
      id: me?.id,
      username: CURRENT_USER,
      name: me?.nickname,
      email: me?.email,
      uuid: me?.uuid,
    });

    const added = await keys.create(CURRENT_USER, { name: 'ci', content: RSA.content });
    expect(added).toMatchObject({
      name: 'ci',
      content: RSA.content,
      user: null,
      fingerprint_sha256: RSA.fingerprint,
    });
    const after = await keys.list(CURRENT_USER);
    expect(after.items.map((k) => k.name)).toEqual(['ci', 'workstation', 'laptop']);
    expect((await keys.list(CURRENT_USER, { per: 1, page: 2 })).items.map((k) => k.name)).toEqual([
      'workstation',
    ]);

    await expectRefusal(
      keys.create(CURRENT_USER, { name: 'ci', content: ED25519.content }),
      InternalServerError,
      'ssh key name already exists',
    );
    await expectRefusal(
      keys.create(CURRENT_USER, { name: 'ci-again', content: RSA.content }),
      InternalServerError,
      'ssh key already exists',
    );
    await expectRefusal(
      keys.create(CURRENT_USER, { name: 'junk', content: 'not a key' }),
      InternalServerError,
      'ssh: no key found',
    );

    await keys.delete(CURRENT_USER, 'workstation');
    expect((await keys.list(CURRENT_USER)).items.map((k) => k.name)).toEqual(['ci', 'laptop']);
    await expectRefusal(
      keys.delete(CURRENT_USER, 'workstation'),
      InternalServerError,
      'no rows in result set',
    );
  });

  it('refuses another user’s keys with AUTH-ERR-7', async () => {
    await expect(client().users.sshKeys.list('lizhen')).rejects.toMatchObject({
      constructor: AuthenticationError,
      code: 'AUTH-ERR-7',
    });
    await expect(
      client().users.sshKeys.create('lizhen', { name: 'x', content: ED25519.content }),
    ).rejects.toMatchObject({ code: 'AUTH-ERR-7' });
  });
});

describe('access tokens', () => {
  it('creates a token that is listed and looked up, refreshes it and deletes it', async () => {
    const tokens = client().users.tokens;
    const names = async (app?: 'git' | 'mirror') =>
      (await tokens.list(CURRENT_USER, app ? { app } : {})).map((t) => t.token_name);
    expect(await names('git')).toEqual(['sdk-ci', '6a1f0c3e-8d2b-4b7a-9e15-0c4d3f2a1b98']);

    const created = await tokens.create('git', 'ui-demo', { expired_at: '2027-01-01T00:00:00Z' });
    expect(created).toMatchObject({ name: 'ui-demo', application: 'git', is_active: true });
    expect(created.expired_at).toBe('2027-01-01T00:00:00Z');
    expect(created.token).toMatch(/^[0-9a-f]{32}$/);
    expect(await names('git')).toEqual([
      'ui-demo',
      'sdk-ci',
      '6a1f0c3e-8d2b-4b7a-9e15-0c4d3f2a1b98',
    ]);
    expect(await names('mirror')).toEqual([]);

    const info = await anonymous().users.tokens.lookup(created.token, { app: 'git' });
    expect(info).toMatchObject({
      token_name: 'ui-demo',
      user_name: CURRENT_USER,
      user_uuid: me?.uuid,
    });
    await expect(
      anonymous().users.tokens.lookup(created.token, { app: 'mirror' }),
    ).rejects.toBeInstanceOf(NotFoundError);

    await expectRefusal(
      tokens.create('git', 'ui-demo'),
      InternalServerError,
      'token name duplicated, token_name:ui-demo, app:git',
    );

    const refreshed = await tokens.refresh('git', 'ui-demo');
    expect(refreshed.token).toMatch(/^[0-9a-f]{32}$/);
    expect(refreshed.token).not.toBe(created.token);
    expect(refreshed.expire_at).toBe('2027-01-01T00:00:00Z');
    await expect(anonymous().users.tokens.lookup(created.token)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await anonymous().users.tokens.lookup(refreshed.token)).toMatchObject({
      token_name: 'ui-demo',
    });

    await tokens.delete('git', 'ui-demo');
    await expect(anonymous().users.tokens.lookup(refreshed.token)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(tokens.delete('git', 'ui-demo')).rejects.toBeInstanceOf(NotFoundError);
    await expect(tokens.refresh('git', 'ui-demo')).rejects.toBeInstanceOf(NotFoundError);
    expect(await names()).not.toContain('ui-demo');
  });

  it('takes any other token for the token user’s, so me() works with whatever token a UI sends', async () => {
    expect((await client('any-token-at-all').me()).username).toBe(CURRENT_USER);
    const info = await anonymous().users.tokens.lookup('any-token-at-all');
    expect(info).toMatchObject({ user_name: CURRENT_USER, token: 'any-token-at-all' });
  });

  it('forgets everything on reset', async () => {
    const tokens = client().users.tokens;
    await tokens.create('mirror', 'sync');
    await client().users.sshKeys.delete(CURRENT_USER, 'laptop');
    await mock.reset();
    expect(await tokens.list(CURRENT_USER, { app: 'mirror' })).toEqual([]);
    expect((await client().users.sshKeys.list(CURRENT_USER)).items.map((k) => k.name)).toEqual([
      'workstation',
      'laptop',
    ]);
  });
});
