import { describe, expect, it } from 'vitest';
import { PermissionDeniedError } from '../../../src/csghub/index.js';
import { client, example, status } from './context.js';

/** Contract tests of this area; see csghub.contract.test.ts. */
export function userRuns(): void {
  describe("users: a user's deploys", () => {
    it('pages the deploys of a kind (message, data and total)', async () => {
      const page = await client().users.listRuns('wanghh2000', 'model', {
        deploy_type: 1,
        per: 10,
      });
      expect(page.items.map((d) => [d.deploy_id, d.status])).toEqual([[3187, 'Running']]);
      expect(page.total).toBe(1);
      const none = await client().users.listRuns('wanghh2000', 'space', {}, example('none'));
      expect(none).toMatchObject({ items: [], total: 0 });
      await expect(
        client().users.listRuns('someone-else', 'model', {}, status(403)),
      ).rejects.toBeInstanceOf(PermissionDeniedError);
    });
  });
}
