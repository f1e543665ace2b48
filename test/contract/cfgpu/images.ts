import { describe, expect, it } from 'vitest';
import { CfgpuError, flattenImageTree } from '../../../src/cfgpu/index.js';
import { client, example } from './context.js';
import { recorder } from './context.js';

export function images(): void {
  describe('images', () => {
    it('lists private images for an adapt type', async () => {
      const mine = await client().images.listPrivate({ adaptType: 'VM' });
      expect(mine.map((i) => i.code)).toEqual(['image_gzo9zvxs', 'image_k2v8p1qa']);
      await expect(client().images.listPrivate({}, example('none'))).resolves.toEqual([]);
    });

    it('lists the system image tree and flattens it', async () => {
      const tree = await client().images.listSystem({ adaptType: 'CONTAINER' });
      expect(flattenImageTree(tree).map((i) => i.displayName)).toEqual([
        'Tensorflow 版本:2.15.0 Python 版本:3.11(ubuntu20.04) Cuda 版本:12.2',
        'PyTorch 版本:2.3.1 Python 版本:3.10(ubuntu22.04) Cuda 版本:12.1',
        'PyTorch 版本:2.3.1 Python 版本:3.10(ubuntu22.04) Cuda 版本:11.8',
      ]);
    });

    it('lists private and system images together', async () => {
      const all = await client().images.listAll();
      expect(all.filter((i) => i.source === 'private')).toHaveLength(2);
      expect(all.filter((i) => i.source === 'system')).toHaveLength(3);
    });

    it('has an unknown adapt type refused by request validation', async () => {
      const bad = { adaptType: 'GPU' } as unknown as { adaptType: 'VM' };
      const error = await client()
        .images.listSystem(bad)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CfgpuError);
      expect(error).toMatchObject({ errorCode: 10001, status: 400, httpStatus: 200 });
      expect((error as CfgpuError).errorMsg).toMatch(/adapttype/i);
      expect(recorder.takeViolations().join()).toMatch(/adapttype.*CONTAINER, VM/i);
    });
  });
}
