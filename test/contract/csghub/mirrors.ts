import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  ConflictError,
  PermissionDeniedError,
} from '../../../src/csghub/index.js';
import { client, status } from './context.js';

const MODEL = 'OpenCSG/Qwen2.5-0.5B-Instruct';
const SOURCE = 'https://huggingface.co/Qwen/Qwen2.5-0.5B-Instruct.git';

export function mirrors(): void {
  describe('model mirrors', () => {
    it('sets up, changes, reads, synchronizes and removes a mirror', async () => {
      const models = client().models;
      const created = await models.createMirror(MODEL, {
        source_url: SOURCE,
        mirror_source_id: 1,
        sync_lfs: true,
      });
      expect(created).toMatchObject({ source_repo_path: 'Qwen/Qwen2.5-0.5B-Instruct' });
      expect(created.status).toBe('queued');
      const updated = await models.updateMirror(MODEL, { source_url: SOURCE, username: 'u' });
      expect(updated.id).toBe(created.id);
      const mirror = await models.getMirror(MODEL);
      expect(mirror).toMatchObject({ status: 'finished', progress: 100 });
      expect(mirror.mirror_source.source_name).toBe('huggingface');
      await expect(models.syncMirror(MODEL, { urgent: true })).resolves.toBeUndefined();
      await expect(models.deleteMirror(MODEL)).resolves.toBeUndefined();
    });

    it('types the refusals', async () => {
      const models = client().models;
      await expect(
        models.createMirror(MODEL, { source_url: SOURCE }, status(409)),
      ).rejects.toBeInstanceOf(ConflictError);
      await expect(models.syncMirror(MODEL, {}, status(403))).rejects.toBeInstanceOf(
        PermissionDeniedError,
      );
      await expect(models.getMirror(MODEL, status(401))).rejects.toBeInstanceOf(
        AuthenticationError,
      );
    });
  });
}
