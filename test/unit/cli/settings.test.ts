import { mkdtemp, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { settingsFor } from '../../../cli/common.js';
import { configPath, readConfig, writeConfig } from '../../../cli/config.js';

afterEach(() => {
  vi.unstubAllEnvs();
});

async function home(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'csgkit-settings-'));
  vi.stubEnv('XDG_CONFIG_HOME', dir);
  return dir;
}

describe('CLI settings', () => {
  it('takes the flag over the environment over the config file; empty counts as unset', async () => {
    await home();
    await writeConfig('csghub', { token: 'from-file', baseUrl: 'http://file.test' });
    const env = { CSGHUB_TOKEN: 'from-env', CSGHUB_URL: '' };
    expect(await settingsFor('csghub', {}, env)).toEqual({
      token: 'from-env',
      baseUrl: 'http://file.test',
    });
    expect(await settingsFor('csghub', { token: 'from-flag' }, env)).toMatchObject({
      token: 'from-flag',
    });
    expect(await settingsFor('csghub', {}, {})).toEqual({
      token: 'from-file',
      baseUrl: 'http://file.test',
    });
    // The other API's entry is its own.
    expect(await settingsFor('cfgpu', {}, {})).toEqual({ token: undefined, baseUrl: undefined });
  });

  it('keeps the other API when one logs in, and keeps the file private', async () => {
    const dir = await home();
    await writeConfig('cfgpu', { token: 'gpu-token' });
    await writeConfig('csghub', { token: 'hub-token' });
    expect(configPath()).toBe(path.join(dir, 'csgkit', 'config.json'));
    expect(await readConfig()).toEqual({
      cfgpu: { token: 'gpu-token' },
      csghub: { token: 'hub-token' },
    });
    expect((await stat(configPath())).mode & 0o777).toBe(0o600);
  });
});
