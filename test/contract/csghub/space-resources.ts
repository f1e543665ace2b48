import { describe, expect, it } from 'vitest';
import { anonymous, example } from './context.js';

/** Contract tests of this area; see csghub.contract.test.ts. */
export function spaceResources(): void {
  describe('space resources', () => {
    it('lists the offers for fine-tuning of one cluster, anonymously', async () => {
      const page = await anonymous().spaceResources.list({
        deploy_type: 2,
        cluster_id: ['8f6a4b0e-2d47-4c8e-9a51-3f1d7b2c6e90'],
        resource_type: 'gpu',
        is_available: true,
        per: 50,
      });
      expect(page.items.map((o) => [o.id, o.type, o.pay_mode])).toEqual([
        [12, 'gpu', 'minute'],
        [4, 'cpu', 'free'],
      ]);
      expect(page.total).toBe(2);
      expect(page.hasNextPage()).toBe(false);
    });

    it('reads an answer with nothing to list (no data, no total)', async () => {
      const page = await anonymous().spaceResources.list({ deploy_type: 4 }, example('none'));
      expect(page).toMatchObject({ items: [], total: undefined });
    });
  });
}

/** Contract tests of the model's runtime frameworks; see csghub.contract.test.ts. */
export function modelRuntimeFrameworks(): void {
  describe('runtime frameworks of a model', () => {
    it('lists the inference or fine-tuning frameworks with their versions, anonymously', async () => {
      const ids = (frames: { frame_name: string; versions: { id: number }[] | null }[]) =>
        frames.map((f) => [f.frame_name, f.versions?.map((v) => v.id)]);
      const model = 'OpenCSG/csg-wukong-1B';
      const inference = await anonymous().runtimeFrameworks.listForModel(model);
      expect(ids(inference)).toEqual([
        ['vllm', [12]],
        ['sglang', [14]],
      ]);
      const finetune = await anonymous().runtimeFrameworks.listForModel(
        model,
        { deploy_type: 2 },
        example('finetune'),
      );
      expect(ids(finetune)).toEqual([
        ['LLaMA-Factory', [27]],
        ['ms-swift', [31]],
      ]);
      const none = await anonymous().runtimeFrameworks.listForModel(
        'OpenCSG/csg-wukong-1B',
        {},
        example('none'),
      );
      expect(none).toEqual([]);
    });
  });
}
