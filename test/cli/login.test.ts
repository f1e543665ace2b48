/**
 * `login` and the config file, with real files in a fresh home: no writing through a symlink,
 * a private directory and file, atomic replacement under concurrent logins, tokens checked
 * before they are stored and a clear error for a file that holds something else.
 */
import {
  chmod,
  lstat,
  mkdir,
  readFile,
  readdir,
  readlink,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshHome, run } from './run.js';

async function home() {
  const dir = await freshHome();
  const config = path.join(dir, '.config');
  return {
    dir,
    env: { HOME: dir, XDG_CONFIG_HOME: config },
    folder: path.join(config, 'csgkit'),
    file: path.join(config, 'csgkit', 'config.json'),
  };
}

const mode = async (file: string) => (await stat(file)).mode & 0o777;

describe('login', () => {
  it('creates the directory 0700 and the file 0600, and tightens an older directory', async () => {
    const fresh = await home();
    const login = await run('cfgpu', ['login'], { env: fresh.env, input: 'tok-1\n' });
    expect(login.code).toBe(0);
    expect(await mode(fresh.folder)).toBe(0o700);
    expect(await mode(fresh.file)).toBe(0o600);

    const older = await home();
    await mkdir(older.folder, { recursive: true });
    await chmod(older.folder, 0o755);
    await writeFile(older.file, '{}\n', { mode: 0o644 });
    expect((await run('cfgpu', ['login'], { env: older.env, input: 'tok-2\n' })).code).toBe(0);
    expect(await mode(older.folder)).toBe(0o700);
    expect(await mode(older.file)).toBe(0o600);
  });

  it('refuses to write through a symbolic link at the config path, leaving its target alone', async () => {
    const { dir, env, folder, file } = await home();
    const target = path.join(dir, 'elsewhere.json');
    await writeFile(target, '{"keep":"me"}\n', { mode: 0o644 });
    await mkdir(folder, { recursive: true });
    await symlink(target, file);
    const login = await run('csghub', ['login'], { env, input: 'tok-link\n' });
    expect(login.code).toBe(2);
    expect(login.stderr).toMatch(/^csghub login: .*config\.json is a symbolic link/);
    expect(await readFile(target, 'utf8')).toBe('{"keep":"me"}\n');
    expect(await mode(target)).toBe(0o644);
    expect((await lstat(file)).isSymbolicLink()).toBe(true);
    expect(await readlink(file)).toBe(target);
  });

  it('leaves valid JSON holding one of the tokens when many log in at once, losing neither API', async () => {
    const { env, folder, file } = await home();
    const tokens = (api: string) =>
      Array.from({ length: 6 }, (_, i) => `${api}-tok-${i}-${'x'.repeat(i * 7)}`);
    const logins = await Promise.all([
      ...tokens('hub').map((token) => run('csghub', ['login'], { env, input: `${token}\n` })),
      ...tokens('gpu').map((token) => run('cfgpu', ['login'], { env, input: `${token}\n` })),
    ]);
    expect(logins.map((l) => [l.code, l.stderr])).toEqual(logins.map(() => [0, '']));
    const saved = JSON.parse(await readFile(file, 'utf8')) as Record<string, { token: string }>;
    expect(tokens('hub')).toContain(saved['csghub']?.token);
    expect(tokens('gpu')).toContain(saved['cfgpu']?.token);
    // No temporary or lock file left behind.
    expect(await readdir(folder)).toEqual(['config.json']);
  });

  it.each([
    ['whitespace inside', 'abc def'],
    ['a control character', 'abc\x1b[2Jdef'],
    ['a non-ASCII character', 'abc\u202edef'],
  ])('refuses a token with %s, exit 2, saving nothing and not echoing it', async (_, token) => {
    const { env, file } = await home();
    const login = await run('csghub', ['login'], { env, input: `${token}\n` });
    expect(login.code).toBe(2);
    expect(login.stderr).toMatch(/^csghub login: the token must be/);
    expect(login.stdout + login.stderr).not.toContain('abc');
    await expect(stat(file)).rejects.toThrow(/ENOENT/);
  });

  it.each([
    ['a number', '{"csghub":{"token":12345}}', /"csghub\.token" must be a string/],
    ['null', '{"csghub":{"token":null}}', /"csghub\.token" must be a string/],
    ['an array entry', '{"csghub":["tok"]}', /"csghub" must be an object/],
    ['a list', '[]', /must hold a JSON object/],
  ])(
    'says what is wrong with a config file whose token is %s, exit 2',
    async (_, text, message) => {
      const { env, folder, file } = await home();
      await mkdir(folder, { recursive: true });
      await writeFile(file, text);
      const me = await run('csghub', ['--base-url', 'http://127.0.0.1:9', 'me'], { env });
      expect(me.code).toBe(2);
      expect(me.stderr).toMatch(message);
      expect(me.stderr).toContain(file);
      expect(me.stderr.trim().split('\n')).toHaveLength(1);
    },
  );

  it('replaces a broken entry of its own API on login, keeping the other', async () => {
    const { env, folder, file } = await home();
    await mkdir(folder, { recursive: true });
    await writeFile(
      file,
      '{"csghub":{"token":12345,"baseUrl":"http://hub.test"},"cfgpu":{"token":"g"}}',
    );
    const login = await run('csghub', ['login'], { env, input: 'tok-fixed\n' });
    expect(login.code).toBe(0);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
      csghub: { token: 'tok-fixed', baseUrl: 'http://hub.test' },
      cfgpu: { token: 'g' },
    });
  });
});
