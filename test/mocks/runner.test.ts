import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../../tooling/apis.js';
import http from 'node:http';
import { portHint } from '../../mocks/config.js';
import { workerBundle } from '../../mocks/bundle.js';
import { freePort } from '../../tooling/ports.js';
import { listen } from '../../tooling/static-server.js';

const children: ChildProcessWithoutNullStreams[] = [];

/** `npm run mock` as a real process, with its output collected. */
function runMock(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const child = spawn(process.execPath, ['tooling/launch.js', 'mocks/serve.ts', ...args], {
    cwd: ROOT,
    env,
  });
  children.push(child);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const waitFor = async (text: string) => {
    const deadline = Date.now() + 30_000;
    while (!output.includes(text)) {
      if (Date.now() > deadline || child.exitCode !== null)
        throw new Error(`no "${text}" in:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  return { child, exited, waitFor, output: () => output };
}

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => {
      resolve(false);
    });
  });

/** Whether anything accepts connections on the port at some point within `ms`. */
async function listensWithin(port: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await accepts(port)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

/** The mock process serving `api` under the runner `parent`. */
function workerPid(parent: number, api: string): number {
  const found = spawnSync('pgrep', ['-P', String(parent), '-f', `"api":"${api}"`], {
    encoding: 'utf8',
  });
  const pid = Number(found.stdout.trim());
  if (!Number.isInteger(pid) || pid <= 0) throw new Error(`no ${api} mock under ${parent}`);
  return pid;
}

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

describe('npm run mock', () => {
  it('prints its URL when ready, answers, and stops cleanly on Ctrl-C', async () => {
    const port = await freePort();
    const mock = runMock(['--cfgpu-port', String(port), '--csghub-port', String(await freePort())]);
    await mock.waitFor('ready');
    expect(mock.output()).toContain(`cfgpu   mock  http://127.0.0.1:${port}`);
    const response = await fetch(`http://127.0.0.1:${port}/userapi/v1/gpu/list`, {
      headers: { Authorization: 'Bearer t', Origin: 'http://app.test' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeTruthy();
    mock.child.kill('SIGINT');
    expect(await mock.exited).toBe(130);
    // Prism went with it: nothing listens on the port any more.
    expect(await accepts(port)).toBe(false);
  });

  it('answers its health check, and keeps state with --stateful', async () => {
    const [cfgpuPort, csghubPort] = [await freePort(), await freePort()];
    const mock = runMock([
      '--cfgpu-port',
      String(cfgpuPort),
      '--csghub-port',
      String(csghubPort),
      '--stateful',
      '--stateful-delay',
      '60000',
    ]);
    await mock.waitFor('ready');
    expect(mock.output()).toContain(`cfgpu   mock  http://127.0.0.1:${cfgpuPort} (data, seed 1)`);
    for (const [api, port] of [
      ['cfgpu', cfgpuPort],
      ['csghub', csghubPort],
    ] as const) {
      const health = await fetch(`http://127.0.0.1:${port}/__health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok', api, stateful: true });
    }
    const base = `http://127.0.0.1:${cfgpuPort}/userapi/v1/instance`;
    const headers = { authorization: 'any-token', 'content-type': 'application/json' };
    const created = await fetch(`${base}/create`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        priceType: 'Usage',
        regionCode: 'hz',
        gpuType: 'qnid2x6c',
        gpuNum: 1,
        imageId: 'image_exc6f72b',
      }),
    });
    const { content } = (await created.json()) as { content: { instanceId: string } };
    const status = await fetch(`${base}/${content.instanceId}/status`, { headers });
    // The delay is a minute: still being created.
    expect(await status.json()).toMatchObject({ content: { statusCode: 'CREATING' } });
    mock.child.kill('SIGTERM');
    expect(await mock.exited).toBe(0);
  });

  it('refuses a bad stateful delay in one line', async () => {
    const mock = runMock(['--stateful', '--stateful-delay', 'soon']);
    expect(await mock.exited).toBe(1);
    expect(mock.output().trim().split('\n')).toEqual([
      'error: invalid stateful delay "soon" (milliseconds)',
    ]);
  });

  it('serves LFS weights of the --weights-size given, and refuses a bad size in one line', async () => {
    const port = await freePort();
    const mock = runMock(
      ['--csghub-port', String(port), '--cfgpu-port', String(await freePort())],
      {
        ...process.env,
        MOCK_WEIGHTS_SIZE: '1.5KiB',
      },
    );
    await mock.waitFor('ready');
    const tree = await fetch(`http://127.0.0.1:${port}/api/v1/models/OpenCSG/csg-wukong-1B/tree`);
    const { data } = (await tree.json()) as { data: { path: string; size: number }[] };
    expect(data.find((entry) => entry.path === 'model.safetensors')?.size).toBe(1536);
    mock.child.kill('SIGTERM');
    expect(await mock.exited).toBe(0);
    const bad = runMock(['--weights-size', 'huge']);
    expect(await bad.exited).toBe(1);
    expect(bad.output().trim().split('\n')).toEqual([
      'error: invalid weights size "huge" (bytes, or a number with KiB, MiB or GiB)',
    ]);
  });

  it('lists the time and fault flags in --help and refuses bad values in one line', async () => {
    const help = runMock(['--help']);
    expect(await help.exited).toBe(0);
    for (const flag of [
      '--latency',
      '--chat-pace',
      '--stream-interval',
      '--chaos',
      '--chaos-seed',
    ]) {
      expect(help.output()).toContain(`  ${flag} `);
    }
    expect(help.output()).toContain('Prefer: delay=<ms>');
    for (const [args, line] of [
      [['--chaos', '2'], 'error: invalid chaos "2" (0 to 1)'],
      [['--latency', '500-100'], 'error: invalid latency "500-100" (milliseconds, <min>-<max>)'],
      [['--chat-pace', 'fast'], 'error: invalid chat pace "fast" (milliseconds)'],
    ] as const) {
      const mock = runMock([...args]);
      expect(await mock.exited).toBe(1);
      expect(mock.output().trim().split('\n')).toEqual([line]);
    }
  });

  it('hands the chaos flags to the mocks', async () => {
    const [csghubPort, cfgpuPort] = [await freePort(), await freePort()];
    const mock = runMock([
      ...['--chaos', '1', '--chaos-seed', '3'],
      ...['--csghub-port', String(csghubPort), '--cfgpu-port', String(cfgpuPort)],
    ]);
    await mock.waitFor('ready');
    const faulted = await fetch(`http://127.0.0.1:${String(cfgpuPort)}/userapi/v1/region/list`, {
      headers: { Authorization: 't' },
    });
    expect([429, 503]).toContain(faulted.status);
    expect(faulted.headers.get('x-mock-source')).toBe('chaos');
    mock.child.kill('SIGTERM');
    expect(await mock.exited).toBe(0);
  });

  it('refuses a bad seed value in one line', async () => {
    const mock = runMock(['--seed-value', 'soon']);
    expect(await mock.exited).toBe(1);
    expect(mock.output().trim().split('\n')).toEqual([
      'error: invalid seed value "soon" (an integer from 0)',
    ]);
  });

  it('says which fixtures file it cannot read, and exits 1', async () => {
    const ports = [await freePort(), await freePort()];
    const mock = runMock([
      '--cfgpu-port',
      String(ports[0]),
      '--csghub-port',
      String(ports[1]),
      '--seed',
      'no-such-seed.json',
    ]);
    expect(await mock.exited).toBe(1);
    const [first] = mock.output().trim().split('\n');
    expect(first).toMatch(/^error: .*cannot seed the (csghub|cfgpu) mock: .*no-such-seed\.json/);
  });

  it('answers from the examples alone with --examples', async () => {
    const [cfgpuPort, csghubPort] = [await freePort(), await freePort()];
    const mock = runMock([
      '--cfgpu-port',
      String(cfgpuPort),
      '--csghub-port',
      String(csghubPort),
      '--examples',
    ]);
    await mock.waitFor('ready');
    expect(mock.output()).toContain(`csghub  mock  http://127.0.0.1:${csghubPort} (examples)`);
    // Any path answers the example model; the dataset would answer 404.
    const read = await fetch(`http://127.0.0.1:${csghubPort}/api/v1/models/nobody/nothing`);
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({ data: { path: 'OpenCSG/csg-wukong-1B' } });
    expect((await fetch(`http://127.0.0.1:${csghubPort}/__state`)).status).not.toBe(200);
    mock.child.kill('SIGTERM');
    expect(await mock.exited).toBe(0);
  });

  it('leaves no mock behind when it is killed outright', async () => {
    const ports = [await freePort(), await freePort()];
    const mock = runMock(['--cfgpu-port', String(ports[0]), '--csghub-port', String(ports[1])]);
    await mock.waitFor('ready');
    mock.child.kill('SIGKILL');
    await mock.exited;
    // Each mock process notices its parent is gone and exits.
    const deadline = Date.now() + 5000;
    while ((await accepts(ports[0] ?? 0)) || (await accepts(ports[1] ?? 0))) {
      expect(Date.now()).toBeLessThan(deadline);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });

  it.each([
    ['csghub', 'SIGKILL', 'signal SIGKILL'],
    ['cfgpu', 'SIGTERM', 'exit code 0'],
  ] as const)(
    'says so when the %s mock dies under it (%s), stops the other and exits 1',
    async (api, signal, how) => {
      const ports = { csghub: await freePort(), cfgpu: await freePort() };
      const mock = runMock(['--csghub-port', `${ports.csghub}`, '--cfgpu-port', `${ports.cfgpu}`]);
      await mock.waitFor('ready');
      process.kill(workerPid(mock.child.pid ?? 0, api), signal);
      const stillRunning = new Promise((resolve) => setTimeout(resolve, 10_000, 'still running'));
      expect(await Promise.race([mock.exited, stillRunning])).toBe(1);
      expect(mock.output()).toContain(
        `error: the ${api} mock on http://127.0.0.1:${ports[api]} exited unexpectedly (${how})\n`,
      );
      const other = api === 'csghub' ? ports.cfgpu : ports.csghub;
      expect(await accepts(other)).toBe(false);
    },
  );

  it('takes the port from the environment', async () => {
    const port = await freePort();
    const mock = runMock([], {
      ...process.env,
      CFGPU_MOCK_PORT: String(port),
      CSGHUB_MOCK_PORT: String(await freePort()),
    });
    await mock.waitFor('ready');
    expect(mock.output()).toContain(`http://127.0.0.1:${port}`);
    mock.child.kill('SIGTERM');
    expect(await mock.exited).toBe(0);
  });

  it('says in one line when its port is busy, and exits 1', async () => {
    const blocker = net.createServer();
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, '127.0.0.1', () => {
        resolve((blocker.address() as net.AddressInfo).port);
      }),
    );
    try {
      const csghubPort = await freePort();
      const mock = runMock(['--cfgpu-port', String(port), '--csghub-port', String(csghubPort)]);
      expect(await mock.exited).toBe(1);
      const lines = mock.output().trim().split('\n');
      expect(lines).toEqual([
        `error: port ${port} on 127.0.0.1 is busy; the cfgpu mock needs it (choose another with --cfgpu-port or CFGPU_MOCK_PORT)`,
      ]);
      // The CSGHub mock, started beside it, went too (it would be up within a second or two).
      expect(await listensWithin(csghubPort, 2500)).toBe(false);
    } finally {
      blocker.close();
    }
  });

  it('names the docs flag and variable when the docs port is busy', async () => {
    const blocker = net.createServer();
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, '127.0.0.1', () => {
        resolve((blocker.address() as net.AddressInfo).port);
      }),
    );
    try {
      await expect(
        listen(http.createServer(), port, '127.0.0.1', portHint('docs')),
      ).rejects.toThrow(
        `port ${port} on 127.0.0.1 is busy; the docs server needs it (choose another with --docs-port or DOCS_PORT)`,
      );
    } finally {
      blocker.close();
    }
  });
});

describe('the mock process', () => {
  it('says in one line which spec it cannot load, and exits 1', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'csgkit-broken-'));
    const spec = path.join(dir, 'broken.yaml');
    await writeFile(spec, 'openapi: 3.1.0\npaths:\n  /x:\n    get:\n      responses: [unclosed\n');
    const run = spawnSync(
      process.execPath,
      [await workerBundle(), JSON.stringify({ api: 'broken', spec, host: '127.0.0.1', port: 0 })],
      { encoding: 'utf8', timeout: 30_000 },
    );
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^error: cannot load the broken spec ${spec}: .+`));
  });
});
