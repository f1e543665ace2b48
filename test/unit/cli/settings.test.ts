import { mkdir, mkdtemp, readdir, stat, symlink, writeFile } from 'node:fs/promises';
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

  it('loses no API when writes overlap, and leaves no temporary or lock file', async () => {
    const dir = await home();
    const writes = Array.from({ length: 20 }, (_, i) =>
      writeConfig(i % 2 ? 'cfgpu' : 'csghub', { token: `token-${i}` }),
    );
    await Promise.all(writes);
    const saved = await readConfig();
    expect(saved.csghub?.token).toMatch(/^token-\d*[02468]$/);
    expect(saved.cfgpu?.token).toMatch(/^token-\d*[13579]$/);
    expect(await readdir(path.join(dir, 'csgkit'))).toEqual(['config.json']);
  });

  it('refuses a symbolic link at the config path, and a token that cannot be sent', async () => {
    const dir = await home();
    await mkdir(path.join(dir, 'csgkit'));
    await symlink(path.join(dir, 'target.json'), configPath());
    await expect(writeConfig('csghub', { token: 't0ken' })).rejects.toThrow(/symbolic link/);
    await expect(readdir(dir)).resolves.toEqual(['csgkit']);
    await expect(writeConfig('cfgpu', { token: 'a b' })).rejects.toThrow(/no spaces/);
  });

  it('names the file and the setting when the file holds something other than strings', async () => {
    const dir = await home();
    await mkdir(path.join(dir, 'csgkit'));
    await writeFile(configPath(), JSON.stringify({ cfgpu: { baseUrl: 42 } }));
    await expect(settingsFor('cfgpu', {}, {})).rejects.toThrow(
      `"cfgpu.baseUrl" must be a string, not a number; run \`cfgpu login\` again or fix ${configPath()}`,
    );
    // The other API is not affected.
    expect(await settingsFor('csghub', {}, {})).toEqual({ token: undefined, baseUrl: undefined });
  });
});
