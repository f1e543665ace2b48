import { describe, expect, it } from 'vitest';
import { AuthenticationError, CfgpuError } from '../../../src/cfgpu/index.js';
import { client, example } from './context.js';

export function regionsAndGpus(): void {
  describe('regions', () => {
    it('lists regions', async () => {
      await expect(client().regions.list()).resolves.toEqual([
        { code: 'hz', name: '杭州' },
        { code: 'bj', name: '北京' },
      ]);
    });

    it('accepts a bare token and a Bearer token', async () => {
      await expect(client({ token: 'bare-token' }).regions.list()).resolves.toHaveLength(2);
      await expect(client({ token: 'Bearer some-token' }).regions.list()).resolves.toHaveLength(2);
    });

    it('answers 401 with AuthenticationError', async () => {
      await expect(
        client().regions.list({ headers: { Prefer: 'code=401' } }),
      ).rejects.toBeInstanceOf(AuthenticationError);
    });

    it('raises CfgpuError for the failure example', async () => {
      await expect(client().regions.list(example('badRequest'))).rejects.toMatchObject({
        name: 'CfgpuError',
        errorCode: 10001,
      });
    });
  });

  describe('gpus', () => {
    it('lists GPU types', async () => {
      const gpus = await client().gpus.list();
      expect(gpus.map((g) => g.name)).toEqual(['RTX 4090', 'A800 80GB']);
    });

    it('raises CfgpuError for the failure example', async () => {
      await expect(client().gpus.list(example('badRequest'))).rejects.toBeInstanceOf(CfgpuError);
    });
  });
}
