/**
 * The `csghub` command, run as a real process against the CSGHub mock: stdout, stderr and the
 * exit code of each.
 */
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoEntries } from '../../mocks/content/index.js';
import { listen } from '../../tooling/static-server.js';
import { freshHome, mockUrls, run } from './run.js';

const TOKEN = 'cli-test-token-0b9e4d7c';
const hub = mockUrls['csghub'] ?? '';
/** As a user who exported CSGHUB_URL (with the seed's /api/v1 suffix) and CSGHUB_TOKEN. */
const env = { CSGHUB_URL: `${hub}/api/v1`, CSGHUB_TOKEN: TOKEN };
/** The mock's config.json of that model, as the mock's generated contents hold it. */
const config = repoEntries({ kind: 'models', namespace: 'OpenCSG', name: 'csg-wukong-1B' }, 1).find(
  (entry) => entry.path === 'config.json',
);
const CONFIG_BYTES = config?.type === 'file' ? config.text.byteLength : -1;

describe('csghub', () => {
  it('shows help with examples for the program and for a command, exit 0', async () => {
    const top = await run('csghub', ['--help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/models\s+model repositories/);
    expect(top.stdout).toContain('csghub models list --search wukong --per 5');
    const list = await run('csghub', ['models', 'list', '--help']);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('--per <n>');
    expect(list.stdout).toContain('csghub models list --search qwen --per 5');
  });

  it('lists models as an aligned table', async () => {
    const { code, stdout, stderr } = await run('csghub', ['models', 'list', '--per', '5'], { env });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [header, ...rows] = stdout.trimEnd().split('\n');
    expect(header).toMatch(/^PATH\s+DOWNLOADS\s+LIKES\s+UPDATED\s+PRIVATE$/);
    expect(rows.map((row) => row.split(/\s+/)[0])).toEqual([
      'OpenCSG/csg-wukong-1B',
      'OpenCSG/csg-wukong-1B-chat-v0.1',
    ]);
    // Aligned: every row's second column starts where the header's does.
    const column = header?.indexOf('DOWNLOADS') ?? -1;
    for (const row of rows) expect(row[column - 1]).toBe(' ');
  });

  it('prints one model as the API object with --json', async () => {
    const { code, stdout } = await run(
      'csghub',
      ['models', 'get', 'OpenCSG/csg-wukong-1B', '--json'],
      { env },
    );
    expect(code).toBe(0);
    const model = JSON.parse(stdout) as { path: string; id: number };
    expect(model).toMatchObject({ path: 'OpenCSG/csg-wukong-1B', id: 1187 });
  });

  it("lists the token user's own models (my-models and the seed's `list my-models`)", async () => {
    for (const args of [['my-models'], ['list', 'my-models']]) {
      const { code, stdout } = await run('csghub', args, { env });
      expect(code, args.join(' ')).toBe(0);
      expect(stdout).toContain('wanghh2000/wukong-1B-lora');
    }
  });

  it("takes the seed's verb-first spelling: list datasets, get model", async () => {
    const datasets = await run('csghub', ['list', 'datasets', '--json'], { env });
    expect(datasets.code).toBe(0);
    expect(Array.isArray(JSON.parse(datasets.stdout))).toBe(true);
    const model = await run('csghub', ['get', 'model', 'OpenCSG/csg-wukong-1B'], { env });
    expect(model.code).toBe(0);
    expect(model.stdout).toMatch(/^path\s+OpenCSG\/csg-wukong-1B$/m);
  });

  it('lists a directory of a repository', async () => {
    const { code, stdout } = await run('csghub', ['models', 'tree', 'OpenCSG/csg-wukong-1B'], {
      env,
    });
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^file\\s+${String(CONFIG_BYTES)}\\s+config\\.json$`, 'm'));
    expect(stdout).toMatch(/^dir\s+tokenizer$/m);
    expect(stdout).toMatch(/model\.safetensors\s+lfs$/m);
  });

  it('downloads a file under its name, leaving no partial file', async () => {
    const dir = await freshHome();
    const { code, stdout } = await run(
      'csghub',
      ['models', 'download', 'OpenCSG/csg-wukong-1B', 'config.json'],
      { env, cwd: dir },
    );
    expect(code).toBe(0);
    expect(stdout.trim()).toBe('config.json');
    expect(await readdir(dir)).toEqual(['config.json']);
    expect((await stat(path.join(dir, 'config.json'))).size).toBe(CONFIG_BYTES);
  });

  it("names the file after the requested path, not the server's suggestion", async () => {
    const server = http.createServer((_request, response) => {
      response.writeHead(200, {
        'content-length': '3',
        'content-disposition': 'attachment; filename="../.bashrc"',
      });
      response.end('hi\n');
    });
    const base = await listen(server, 0, '127.0.0.1');
    const dir = await freshHome();
    try {
      const { code, stdout } = await run(
        'csghub',
        ['--base-url', base, 'models', 'download', 'OpenCSG/csg-wukong-1B', 'sub/config.json'],
        { env: { CSGHUB_TOKEN: TOKEN }, cwd: dir },
      );
      expect(code).toBe(0);
      expect(stdout.trim()).toBe('config.json');
      expect(await readdir(dir)).toEqual(['config.json']);
    } finally {
      server.close();
    }
  });

  it('refuses to overwrite an existing file unless --force, before downloading', async () => {
    const dir = await freshHome();
    await writeFile(path.join(dir, 'config.json'), 'mine');
    await writeFile(path.join(dir, 'kept.json'), 'mine too');
    const args = ['models', 'download', 'OpenCSG/csg-wukong-1B', 'config.json'];
    for (const extra of [[], ['-o', 'kept.json']]) {
      const refused = await run('csghub', [...args, ...extra], { env, cwd: dir });
      expect(refused.code).toBe(2);
      const target = extra.length > 0 ? 'kept.json' : 'config.json';
      expect(refused.stderr).toBe(
        `csghub models download: ${target} exists; add --force to overwrite it\n`,
      );
    }
    expect(await readFile(path.join(dir, 'config.json'), 'utf8')).toBe('mine');
    expect(await readFile(path.join(dir, 'kept.json'), 'utf8')).toBe('mine too');
    expect((await readdir(dir)).sort()).toEqual(['config.json', 'kept.json']);

    const forced = await run('csghub', [...args, '--force'], { env, cwd: dir });
    expect(forced.code).toBe(0);
    expect((await stat(path.join(dir, 'config.json'))).size).toBe(CONFIG_BYTES);
    expect((await readdir(dir)).sort()).toEqual(['config.json', 'kept.json']);
  });

  it('removes the partial file when a download breaks off, and exits 1', async () => {
    // A hub that promises 5,000 bytes, sends 2,000 and drops the connection.
    const server = http.createServer((_request, response) => {
      response.writeHead(200, { 'content-length': '5000' });
      response.write(Buffer.alloc(2000, 7), () => {
        response.socket?.destroy();
      });
    });
    const base = await listen(server, 0, '127.0.0.1');
    const dir = await freshHome();
    try {
      const { code, stderr } = await run(
        'csghub',
        ['--base-url', base, 'models', 'download', 'OpenCSG/csg-wukong-1B', 'model.bin'],
        { env: { CSGHUB_TOKEN: TOKEN }, cwd: dir },
      );
      expect(code).toBe(1);
      expect(stderr).toMatch(/^csghub models download: /);
      expect(await readdir(dir)).toEqual([]);
    } finally {
      server.close();
    }
  });

  it("reads a space's state, and waits until it runs", async () => {
    const now = await run('csghub', ['spaces', 'status', 'OpenCSG/wukong-chat'], { env });
    expect(now.code).toBe(0);
    expect(now.stdout).toMatch(/^status\s+Building$/m);
    const waited = await run(
      'csghub',
      ['spaces', 'status', 'OpenCSG/wukong-chat', '--wait', '--timeout', '10'],
      { env },
    );
    expect(waited.code).toBe(0);
    expect(waited.stdout).toMatch(/^status\s+Running$/m);
    // Each new state is said on stderr as it comes.
    expect(waited.stderr).toMatch(/^OpenCSG\/wukong-chat is Building$/m);
    expect(waited.stderr).toMatch(/^OpenCSG\/wukong-chat is Running$/m);
  });

  it("reads a serverless deploy's state", async () => {
    const { code, stdout } = await run(
      'csghub',
      ['serverless', 'status', 'OpenCSG/csg-wukong-1B', '42', '--json'],
      { env },
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ status: expect.any(String) as string });
  });

  it('streams a chat answer', async () => {
    const { code, stdout } = await run(
      'csghub',
      ['chat', 'Qwen/Qwen2.5-7B-Instruct', 'Write', 'a', 'haiku'],
      { env },
    );
    expect(code).toBe(0);
    expect(stdout).toContain('spring in every fork.');
  });

  it('says what is wrong with an argument in one line, exit 2, nothing sent', async () => {
    const { code, stdout, stderr } = await run('csghub', ['models', 'get', 'not-a-repo-id'], {
      env,
    });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(
      /^csghub models get: repository "not-a-repo-id" is not "namespace\/name"/,
    );
    const unknown = await run('csghub', ['models', 'list', '--bogus']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown option '--bogus'");
  });

  it('reports a service failure in one line naming the command, never the token, exit 1', async () => {
    const { code, stdout, stderr } = await run(
      'csghub',
      ['--base-url', 'http://127.0.0.1:9', 'models', 'list'],
      { env: { CSGHUB_TOKEN: TOKEN } },
    );
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /^csghub models list: connection error: .*\(listModels: GET \/api\/v1\/models\)\n$/,
    );
    expect(stderr).not.toContain(TOKEN);
  });

  it('logs in from stdin to a 0600 config file, never echoing the token, and uses it', async () => {
    const home = await freshHome();
    const homeEnv = { HOME: home, XDG_CONFIG_HOME: path.join(home, '.config') };
    // Without any token, `me` cannot work.
    const before = await run('csghub', ['--base-url', hub, 'me'], { env: homeEnv });
    expect(before.code).toBe(2);
    expect(before.stderr).toContain('me() needs an access token');
    const login = await run('csghub', ['login', '--base-url', hub], {
      env: homeEnv,
      input: `${TOKEN}\n`,
    });
    expect(login.code).toBe(0);
    expect(login.stdout + login.stderr).not.toContain(TOKEN);
    const file = path.join(home, '.config', 'csgkit', 'config.json');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
      csghub: { token: TOKEN, baseUrl: hub },
    });
    const after = await run('csghub', ['me'], { env: homeEnv });
    expect(after.code).toBe(0);
    expect(after.stdout).toMatch(/^username\s+wanghh2000$/m);
  });

  it('lists organizations and their members, and reads a collection with its repositories', async () => {
    const list = await run('csghub', ['orgs', 'list'], { env });
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^OpenCSG\s+OpenCSG 开放传神\s+company\s+yes$/m);
    const members = await run('csghub', ['orgs', 'members', 'OpenCSG', '--json'], { env });
    expect(members.code).toBe(0);
    expect(JSON.parse(members.stdout)).toEqual(
      expect.arrayContaining([expect.objectContaining({ username: 'wanghh2000', role: 'admin' })]),
    );
    const collection = await run('csghub', ['collections', 'get', '27'], { env });
    expect(collection.code).toBe(0);
    expect(collection.stdout).toMatch(/^nickname\s+Chinese LLM starter kit$/m);
    expect(collection.stdout).toMatch(/^OpenCSG\/csg-wukong-1B\s+model$/m);
  });

  it("shows the token user's balance and bills in yuan, with the range's total", async () => {
    const balance = await run('csghub', ['balance'], { env });
    expect(balance.code).toBe(0);
    expect(balance.stdout).toBe('balance  ¥128.50\n');
    const bills = await run('csghub', ['bills', '--from', '2026-06-01', '--to', '2026-06-30'], {
      env,
    });
    expect(bills.code).toBe(0);
    expect(bills.stdout).toMatch(/^u-wanghh2000-csg-wukong-1b-8a3f\s+¥9\.60$/m);
    expect(bills.stdout).toMatch(/^total {2}¥13\.80$/m);
    const missing = await run('csghub', ['bills', '--from', '2026-06-01'], { env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("required option '--to <date>' not specified");
  });
});
