import { describe, expect, it } from 'vitest';
import {
  APIUserAbortError,
  CfgpuError,
  InvalidArgumentError,
  WaitFailedError,
  WaitTimeoutError,
} from '../../../src/cfgpu/index.js';
import type { InstanceStatusCode } from '../../../src/cfgpu/index.js';
import { cfgpuWith } from '../../helpers/cfgpu.js';
import { fail, ok } from '../../helpers/fake-fetch.js';

/** A server whose instance goes through `states`, then stays in the last one. */
function lifecycle(...states: InstanceStatusCode[]) {
  return cfgpuWith((_, call) =>
    ok({
      instanceId: 'instance-1',
      statusCode: states[Math.min(call, states.length) - 1],
      status: '',
    }),
  );
}

describe('instances.waitFor()', () => {
  it('polls until the target state', async () => {
    const { cfgpu, seen } = lifecycle('CREATING', 'CREATING', 'RUNNING');
    await expect(
      cfgpu.instances.waitFor('instance-1', 'RUNNING', { intervalMs: 1 }),
    ).resolves.toMatchObject({
      statusCode: 'RUNNING',
    });
    expect(seen).toHaveLength(3);
    expect(seen[0]?.url.pathname).toBe('/userapi/v1/instance/instance-1/status');
  });

  it('reports each new state to onStatus, and ends with what onStatus throws', async () => {
    const states: string[] = [];
    const { cfgpu } = lifecycle('CREATING', 'CREATING', 'STARTING', 'RUNNING');
    await cfgpu.instances.waitFor('instance-1', 'RUNNING', {
      intervalMs: 1,
      onStatus: (state) => states.push(state),
    });
    expect(states).toEqual(['CREATING', 'STARTING', 'RUNNING']);

    const stop = new Error('closed by the user');
    const { cfgpu: again, seen } = lifecycle('CREATING', 'RUNNING');
    const thrown = await again.instances
      .waitFor('instance-1', 'RUNNING', {
        intervalMs: 1,
        onStatus: () => {
          throw stop;
        },
      })
      .catch((e: unknown) => e);
    expect(thrown).toBe(stop);
    expect(seen).toHaveLength(1);
  });

  it('fails fast on ERROR', async () => {
    const { cfgpu, seen } = lifecycle('CREATING', 'ERROR', 'RUNNING');
    const error = await cfgpu.instances
      .waitFor('instance-1', 'RUNNING', { intervalMs: 1 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitFailedError);
    expect(error).toMatchObject({
      state: 'ERROR',
      message: 'instance instance-1 to reach RUNNING failed: it is ERROR',
    });
    expect(seen).toHaveLength(2);
  });

  it('fails fast when the instance is released while waiting for CLOSED', async () => {
    const { cfgpu } = lifecycle('STOPPING', 'RELEASING');
    await expect(
      cfgpu.instances.waitFor('instance-1', 'CLOSED', { intervalMs: 1 }),
    ).rejects.toMatchObject({
      state: 'RELEASING',
    });
  });

  it('waits through RELEASING for RELEASED', async () => {
    const { cfgpu } = lifecycle('RELEASING', 'RELEASING', 'RELEASED');
    await expect(
      cfgpu.instances.waitFor('instance-1', 'RELEASED', { intervalMs: 1 }),
    ).resolves.toMatchObject({
      statusCode: 'RELEASED',
    });
  });

  it('times out with the last state seen', async () => {
    const { cfgpu } = lifecycle('CREATING');
    const started = Date.now();
    const error = await cfgpu.instances
      .waitFor('instance-1', 'RUNNING', { intervalMs: 5, timeoutMs: 60 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(error).toMatchObject({ lastState: 'CREATING' });
    expect((error as Error).message).toBe(
      'timed out waiting for instance instance-1 to reach RUNNING; last state CREATING',
    );
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('waits without a deadline when timeoutMs is Infinity', async () => {
    const { cfgpu } = lifecycle('CREATING', 'STARTING', 'RUNNING');
    await expect(
      cfgpu.instances.waitFor('instance-1', 'RUNNING', { intervalMs: 1, timeoutMs: Infinity }),
    ).resolves.toMatchObject({ statusCode: 'RUNNING' });
  });

  it('times out even when a poll hangs', async () => {
    const { cfgpu } = cfgpuWith(
      (request) =>
        new Promise((_, reject) => {
          request.signal.addEventListener('abort', () => {
            reject(new Error('aborted'));
          });
        }),
    );
    await expect(
      cfgpu.instances.waitFor('instance-1', 'RUNNING', { timeoutMs: 40 }),
    ).rejects.toThrow(WaitTimeoutError);
  });

  it('stops when the signal aborts', async () => {
    const { cfgpu } = lifecycle('CREATING');
    const controller = new AbortController();
    setTimeout(() => {
      controller.abort();
    }, 20);
    await expect(
      cfgpu.instances.waitFor('instance-1', 'RUNNING', {
        intervalMs: 5,
        signal: controller.signal,
      }),
    ).rejects.toThrow(APIUserAbortError);
  });

  it('polls nothing when the signal is already aborted', async () => {
    const { cfgpu, seen } = lifecycle('RUNNING');
    const error = await cfgpu.instances
      .waitFor('instance-1', 'RUNNING', { signal: AbortSignal.abort() })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect((error as Error).message).toBe(
      'stopped waiting for instance instance-1 to reach RUNNING: aborted' +
        ' (getInstanceStatus: GET /userapi/v1/instance/{instanceId}/status)',
    );
    expect(seen).toHaveLength(0);
  });

  it('passes service errors through', async () => {
    const { cfgpu } = cfgpuWith(() => fail('BIZ_ERROR', '实例不存在'));
    await expect(cfgpu.instances.waitFor('instance-1', 'RUNNING')).rejects.toThrow(CfgpuError);
  });

  it('refuses a malformed id before polling', async () => {
    const { cfgpu, seen } = lifecycle('RUNNING');
    await expect(cfgpu.instances.waitFor('', 'RUNNING')).rejects.toThrow(InvalidArgumentError);
    expect(seen).toHaveLength(0);
  });
});
