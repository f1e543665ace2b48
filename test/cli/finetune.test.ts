/** `csghub finetune jobs`, run as a real process against the CSGHub mock and a hostile server. */
import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { listen } from '../../tooling/static-server.js';
import { mockUrls, run } from './run.js';

const TOKEN = 'cli-test-token-0b9e4d7c';
const env = { CSGHUB_URL: mockUrls['csghub'] ?? '', CSGHUB_TOKEN: TOKEN };
const jobs = (...args: string[]) => run('csghub', ['finetune', 'jobs', ...args], { env });

describe('csghub finetune jobs', () => {
  it("lists the token user's jobs as a table, and as the API objects with --json", async () => {
    const table = await jobs('list');
    expect(table.stderr).toBe('');
    expect(table.code).toBe(0);
    const [header, row] = table.stdout.trimEnd().split('\n');
    expect(header).toMatch(/^ID\s+NAME\s+MODEL\s+STATUS\s+SUBMITTED$/);
    expect(row?.split(/\s+/).slice(0, 4)).toEqual([
      '512',
      'wukong-sft',
      'OpenCSG/csg-wukong-1B',
      'Running',
    ]);
    const json = await jobs('list', '--user', 'wanghh2000', '--per', '10', '--json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject([{ id: 512, task_id: '1n9f3k2mzq8rt' }]);
  });

  it('reads one job, and refuses an id that is not a whole number', async () => {
    const got = await jobs('get', '498');
    expect(got.code).toBe(0);
    expect(got.stdout).toMatch(/^status\s+Succeeded$/m);
    const bad = await jobs('get', '4.5');
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
  });

  it('submits a job from flags, refusing a bad swift command before sending', async () => {
    const base = [
      'create',
      '--model',
      'OpenCSG/csg-wukong-1B',
      '--dataset',
      'OpenCSG/alpaca-zh',
      '--framework',
      '27',
      '--resource',
      '12',
    ];
    const created = await jobs(...base, '--epochs', '3', '--learning-rate', '0.0002', '--json');
    expect(created.stderr).toBe('');
    expect(JSON.parse(created.stdout)).toMatchObject({ id: 512, status: 'Pending' });
    const refused = await jobs(...base, '--swift-command', 'dpo');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--swift-command must be one of sft, rlhf, pt');
  });

  it('deletes only with --yes when not on a terminal', async () => {
    const refused = await jobs('delete', '512');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('refusing without --yes');
    const deleted = await jobs('delete', '512', '--yes');
    expect(deleted.code).toBe(0);
    expect(deleted.stdout.trim()).toBe('deleted  512');
  });

  it('prints the log, or follows its event stream', async () => {
    const text = await jobs('logs', '512', '--since', '1hour');
    expect(text.code).toBe(0);
    expect(text.stdout.trimEnd().split('\n')).toHaveLength(2);
    expect(text.stdout).toContain('llamafactory.train: Loading dataset OpenCSG/alpaca-zh');
    const followed = await jobs('logs', '1n9f3k2mzq8rt', '--follow');
    expect(followed.code).toBe(0);
    expect(followed.stdout).toBe("{'loss': 1.8213, 'learning_rate': 9.8e-05, 'epoch': 0.1}\n");
  });

  it('neutralises escape sequences a server puts in followed log lines', async () => {
    const server = http.createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.end('event:Container\ndata:step 1\x1b]0;pwned\x07\x1b[2J\u202e\n\n');
    });
    const base = await listen(server, 0, '127.0.0.1');
    try {
      const { code, stdout } = await run(
        'csghub',
        ['--base-url', base, 'finetune', 'jobs', 'logs', '512', '--follow'],
        { env: { CSGHUB_TOKEN: TOKEN } },
      );
      expect(code).toBe(0);
      expect(stdout).toBe('step 1\\x1b]0;pwned\\x07\\x1b[2J\\u202e\n');
    } finally {
      server.close();
    }
  });
});
