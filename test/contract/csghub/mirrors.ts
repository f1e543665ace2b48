import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  ConflictError,
  PermissionDeniedError,
} from '../../../src/csghub/index.js';
import { client, status } from './context.js';

const ID = 'OpenCSG/Qwen2.5-0.5B-Instruct';
const KINDS = ['models', 'datasets', 'codes'] as const;
const SOURCE = 'https://huggingface.co/Qwen/Qwen2.5-0.5B-Instruct.git';

export function mirrors(): void {
  describe.each(KINDS)('%s mirrors', (kind) => {
    it('sets up, changes, reads, synchronizes and removes a mirror', async () => {
      const repos = client()[kind];
      const created = await repos.createMirror(ID, {
        source_url: SOURCE,
        mirror_source_id: 1,
        sync_lfs: true,
      });
      expect(created).toMatchObject({ source_repo_path: 'Qwen/Qwen2.5-0.5B-Instruct' });
      expect(created.status).toBe('queued');
      const updated = await repos.updateMirror(ID, { source_url: SOURCE, username: 'u' });
      expect(updated.id).toBe(created.id);
      const mirror = await repos.getMirror(ID);
      expect(mirror).toMatchObject({ status: 'finished', progress: 100 });
      expect(mirror.mirror_source.source_name).toBe('huggingface');
      await expect(repos.syncMirror(ID, { urgent: true })).resolves.toBeUndefined();
      await expect(repos.deleteMirror(ID)).resolves.toBeUndefined();
    });

    it('types the refusals', async () => {
      const repos = client()[kind];
      await expect(
        repos.createMirror(ID, { source_url: SOURCE }, status(409)),
      ).rejects.toBeInstanceOf(ConflictError);
      await expect(repos.syncMirror(ID, {}, status(403))).rejects.toBeInstanceOf(
        PermissionDeniedError,
      );
      await expect(repos.getMirror(ID, status(401))).rejects.toBeInstanceOf(AuthenticationError);
    });
  });
}
