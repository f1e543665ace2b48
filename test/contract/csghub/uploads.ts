import { describe, expect, it } from 'vitest';
import {
  InternalServerError,
  PermissionDeniedError,
  type CSGHub,
} from '../../../src/csghub/index.js';
import { client, failure } from './context.js';

type Kind = 'models' | 'datasets' | 'codes' | 'spaces';

const KINDS: { kind: Kind; id: string }[] = [
  { kind: 'models', id: 'OpenCSG/csg-wukong-1B' },
  { kind: 'datasets', id: 'OpenCSG/chinese-fineweb-edu' },
  { kind: 'codes', id: 'OpenCSG/csghub-sdk' },
  { kind: 'spaces', id: 'OpenCSG/wukong-chat' },
];

const repos = (hub: CSGHub, kind: Kind) => hub[kind];
const CONFIG = btoa('{"architectures": ["LlamaForCausalLM"]}');
const OID = 'a4f0e7e96b4f6af4a1b597c2fc4a42ec9a997c64ab7da96760c40582a0ac27a5';

export function uploads(): void {
  describe.each(KINDS)('$kind uploads', ({ kind, id }) => {
    it('adds, replaces and deletes one file', async () => {
      const repo = repos(client(), kind);
      await expect(
        repo.createFile(id, 'config.json', { content: CONFIG, message: 'Add', new_branch: 'dev' }),
      ).resolves.toBeUndefined();
      await expect(
        repo.updateFile(id, 'config.json', { content: CONFIG, branch: 'main' }),
      ).resolves.toBeUndefined();
      await expect(repo.deleteFile(id, 'config.json')).resolves.toBeUndefined();
    });

    it('uploads files as a form', async () => {
      await expect(
        repos(client(), kind).uploadFiles(id, {
          file: ['print(1)', new Uint8Array([1, 2, 3])],
          file_path: ['app.py', 'data/x.bin'],
          branch: 'main',
          message: 'Upload',
        }),
      ).resolves.toBeUndefined();
    });

    it('asks for upload modes, then commits', async () => {
      const repo = repos(client(), kind);
      const modes = await repo.preupload(id, 'main', {
        files: [{ path: 'config.json', size: 39, sample: CONFIG }],
      });
      expect(modes.files.map((f) => f.uploadMode)).toContain('regular');
      await expect(
        repo.commitFiles(id, 'main', {
          message: 'Add config',
          files: [{ path: 'config.json', action: 'create', content: CONFIG }],
        }),
      ).resolves.toBeUndefined();
      const error = await repo
        .commitFiles(
          id,
          'main',
          { files: [{ path: 'a', action: 'create', content: '!' }] },
          failure(500, 'badContent'),
        )
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InternalServerError);
      expect((error as Error).message).toContain('failed to decode content');
    });

    it('asks where to send LFS objects, and verifies one', async () => {
      const repo = repos(client(), kind);
      const batch = await repo.lfsBatch(id, {
        operation: 'upload',
        transfers: ['multipart', 'basic'],
        objects: [{ oid: OID, size: 2200119864 }],
      });
      expect(batch.objects.length).toBeGreaterThan(0);
      await expect(
        repo.verifyLfsObject(id, { oid: OID, size: 2200119864 }),
      ).resolves.toBeUndefined();
    });
  });

  describe('multipart completion', () => {
    it('sends the signed query and the parts; a refused signature is a PermissionDeniedError', async () => {
      const error = await client()
        .lfs.completeMultipart({
          objectKey: 'lfs/a4/f0',
          uploadId: '2f1d',
          expiresAt: '2026-12-08T23:00:00Z',
          signature: '5d41402abc4b2a76b9719d911017c592',
          oid: OID,
          parts: [{ partNumber: 1, etag: '"9b2cf535f27731c974343645a3985328"' }],
        })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PermissionDeniedError);
      expect((error as Error).message).toContain('invalid signature');
    });
  });
}
