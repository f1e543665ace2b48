import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  AuthenticationError,
  InvalidResponseError,
  NotFoundError,
} from '../../../src/csghub/index.js';
import { csghubWith, envelope, HUB } from '../../helpers/csghub.js';
import { TOKEN, json } from '../../helpers/fake-fetch.js';

afterEach(() => {
  vi.unstubAllEnvs();
});

const model = { name: 'csg-wukong-1B', path: 'OpenCSG/csg-wukong-1B' };

describe('CSGHub client', () => {
  it('sends a bare token as Bearer, and a token with a scheme as is', async () => {
    for (const [token, sent] of [
      [TOKEN, `Bearer ${TOKEN}`],
      [`Bearer ${TOKEN}`, `Bearer ${TOKEN}`],
      [`OAuth ${TOKEN}`, `OAuth ${TOKEN}`],
    ]) {
      const { csghub, seen } = csghubWith(() => envelope(model), { token });
      await csghub.models.get('OpenCSG/csg-wukong-1B');
      expect(seen[0]?.headers.get('authorization')).toBe(sent);
    }
  });

  it('sends no Authorization without a token', async () => {
    vi.stubEnv('CSGHUB_TOKEN', '');
    const { csghub, seen } = csghubWith(() => envelope(model), { token: undefined });
    await csghub.models.get('OpenCSG/csg-wukong-1B');
    expect(seen[0]?.headers.has('authorization')).toBe(false);
  });

  it('takes the token and address from the environment, /api/v1 and all', async () => {
    vi.stubEnv('CSGHUB_TOKEN', 'env-token-1234');
    vi.stubEnv('CSGHUB_URL', 'https://hub.opencsg-stg.com/api/v1/');
    const { csghub, seen } = csghubWith(() => envelope(model), {
      token: undefined,
      baseUrl: undefined,
    });
    await csghub.models.get('OpenCSG/csg-wukong-1B');
    expect(seen[0]?.url.href).toBe(
      'https://hub.opencsg-stg.com/api/v1/models/OpenCSG/csg-wukong-1B',
    );
    expect(seen[0]?.headers.get('authorization')).toBe('Bearer env-token-1234');
  });

  it('unwraps the envelope', async () => {
    const { csghub, seen } = csghubWith(() => envelope(model));
    await expect(
      csghub.models.get({ namespace: 'OpenCSG', name: 'csg-wukong-1B' }),
    ).resolves.toEqual(model);
    expect(seen[0]?.url.href).toBe(`${HUB}/api/v1/models/OpenCSG/csg-wukong-1B`);
  });

  it('raises the status class with the service code and message', async () => {
    const { csghub } = csghubWith(() =>
      json({ msg: 'REPO-ERR-3: Repository not found', code: 'REPO-ERR-3' }, { status: 404 }),
    );
    const error = await csghub.models.get('OpenCSG/missing').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({
      status: 404,
      code: 'REPO-ERR-3',
      serviceMessage: 'Repository not found',
    });
    expect((error as Error).message).toBe(
      '404 REPO-ERR-3: Repository not found (getModel: GET /api/v1/models/{namespace}/{name})',
    );
  });

  it('says the status text when msg is the code alone, as the server sends it untranslated', async () => {
    const { csghub } = csghubWith(() =>
      json({ msg: 'AUTH-ERR-0', code: 'AUTH-ERR-0' }, { status: 401, statusText: 'Unauthorized' }),
    );
    const error = await csghub.models.get('OpenCSG/csg-wukong-1B').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ code: 'AUTH-ERR-0', serviceMessage: undefined });
    expect((error as Error).message).toBe(
      '401 AUTH-ERR-0: Unauthorized (getModel: GET /api/v1/models/{namespace}/{name})',
    );
  });

  it('takes the code from the start of msg when the body has no code field', async () => {
    const { csghub } = csghubWith(() =>
      json({ msg: 'REQ-ERR-6: page must be a number' }, { status: 400 }),
    );
    const error = await csghub.models.get('OpenCSG/csg-wukong-1B').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'REQ-ERR-6', serviceMessage: 'page must be a number' });
    expect((error as Error).message).toBe(
      '400 REQ-ERR-6: page must be a number (getModel: GET /api/v1/models/{namespace}/{name})',
    );
  });

  it('never shows the token, even when the service echoes it', async () => {
    const { csghub } = csghubWith(() =>
      json({ msg: `AUTH-ERR-5: bad header Bearer ${TOKEN}`, code: 'AUTH-ERR-5' }, { status: 401 }),
    );
    const error = await csghub.models.get('OpenCSG/csg-wukong-1B').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain(TOKEN);
  });

  it('refuses a 2xx answer that is not the envelope', async () => {
    const { csghub } = csghubWith(() => json({ id: 1 }));
    await expect(csghub.models.get('OpenCSG/csg-wukong-1B')).rejects.toBeInstanceOf(
      InvalidResponseError,
    );
  });
});
