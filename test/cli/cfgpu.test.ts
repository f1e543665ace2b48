/**
 * The `cfgpu` command, run as a real process against the CFGPU mock: stdout, stderr and the
 * exit code of each; the confirmation prompt under a pseudo-terminal (util-linux `script`).
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { binPath } from '../../scripts/lib/bins.js';
import { mockUrls, run } from './run.js';

const TOKEN = 'cli-test-token-5c1a9f30';
const env = { CFGPU_BASE_URL: mockUrls['cfgpu'] ?? '', CFGPU_API_TOKEN: TOKEN };

describe('cfgpu', () => {
  it('shows help with examples, exit 0', async () => {
    const { code, stdout } = await run('cfgpu', ['instances', 'create', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('--region <code>');
    expect(stdout).toContain('cfgpu instances create --region hz --gpu 4090 --image img-123');
  });

  it('lists regions and GPUs as tables, or as the API objects with --json', async () => {
    const regions = await run('cfgpu', ['regions'], { env });
    expect(regions.code).toBe(0);
    expect(regions.stdout).toMatch(/^CODE\s+NAME\n/);
    expect(regions.stdout).toMatch(/^hz\s+杭州$/m);
    const gpus = await run('cfgpu', ['gpus', '--json'], { env });
    expect(gpus.code).toBe(0);
    expect(JSON.parse(gpus.stdout)).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: expect.any(String) as string })]),
    );
  });

  it('flattens the system image tree to one row per image', async () => {
    const { code, stdout } = await run('cfgpu', ['images'], { env });
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^image_exc6f72b\s+Tensorflow 版本:2\.15\.0 Python 版本:3\.11\(ubuntu20\.04\) Cuda 版本:12\.2$/m,
    );
  });

  it('lists instances and reads their state', async () => {
    const list = await run('cfgpu', ['instances', 'list', '--status', 'RUNNING'], { env });
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^instance-8f3kq2m1\s+AI-Training-20261123-RTX4090\s+RUNNING/m);
    const one = await run('cfgpu', ['instances', 'status', 'instance-8f3kq2m1', '--json'], { env });
    expect(one.code).toBe(0);
    expect(JSON.parse(one.stdout)).toMatchObject({ statusCode: 'RUNNING' });
  });

  it('creates an instance and waits until it runs', async () => {
    const { code, stdout, stderr } = await run(
      'cfgpu',
      [
        'instances',
        'create',
        '--region',
        'hz',
        '--gpu',
        '4090',
        '--image',
        'image_exc6f72b',
        '--wait',
      ],
      { env },
    );
    expect(code).toBe(0);
    expect(stderr).toContain('waiting for instance-8f3kq2m1 to be RUNNING');
    expect(stderr).toMatch(/^instance-8f3kq2m1 is RUNNING$/m);
    expect(stdout).toMatch(/^statusCode\s+RUNNING$/m);
  });

  it('refuses to release without --yes when not on a terminal (exit 2), and releases with it', async () => {
    const refused = await run('cfgpu', ['instances', 'release', 'instance-8f3kq2m1'], { env });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      'cfgpu instances release: Release instance-8f3kq2m1 and delete its disks: refusing without --yes (not a terminal)\n',
    );
    const released = await run('cfgpu', ['instances', 'release', 'instance-8f3kq2m1', '--yes'], {
      env,
    });
    expect(released.code).toBe(0);
    expect(released.stdout.trim()).toBe('instance-8f3kq2m1');
  });

  it.each([
    ['y', 0, /instance-8f3kq2m1/],
    ['n', 2, /cancelled/],
  ])('asks on a terminal before releasing; answering %s exits %i', async (answer, exit, shown) => {
    const { code, output } = await underTerminal(
      ['instances', 'release', 'instance-8f3kq2m1'],
      `${answer}\r`,
    );
    expect(output).toContain('Release instance-8f3kq2m1 and delete its disks? [y/N]');
    expect(output).toMatch(shown);
    expect(code).toBe(exit);
  });

  it('stops on Ctrl-C while waiting, exit 130', async () => {
    const { code, stderr } = await run(
      'cfgpu',
      ['instances', 'start', 'instance-8f3kq2m1', '--wait', 'STOPPING', '--timeout', '60'],
      {
        env,
        started: (pid) => {
          setTimeout(() => process.kill(pid, 'SIGINT'), 1500);
        },
      },
    );
    expect(code).toBe(130);
    expect(stderr).toMatch(/^cfgpu instances start: interrupted$/m);
  });

  it('names the command and the service in one line on a failure, never the token', async () => {
    const { code, stderr } = await run('cfgpu', ['--base-url', 'http://127.0.0.1:9', 'regions'], {
      env: { CFGPU_API_TOKEN: TOKEN },
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^cfgpu regions: connection error: .*\(listRegions: GET \/userapi\/v1\/region\/list\)\n$/,
    );
    expect(stderr).not.toContain(TOKEN);
  });
});

/** Runs `cfgpu` under a pseudo-terminal (`script`), typing `keys` once the prompt shows. */
function underTerminal(
  args: string[],
  keys: string,
): Promise<{ code: number | null; output: string }> {
  const command = [process.execPath, binPath('cfgpu'), ...args].map((a) => `'${a}'`).join(' ');
  const child = spawn('script', ['-qefc', command, '/dev/null'], {
    env: { ...process.env, ...env, TERM: 'dumb' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  let typed = false;
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    if (!typed && output.includes('[y/N]')) {
      typed = true;
      child.stdin.write(keys);
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no answer under the terminal:\n${output}`));
    }, 15_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}
