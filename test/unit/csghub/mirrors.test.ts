import { describe, expect, it } from 'vitest';
import {
  ConflictError,
  InternalServerError,
  InvalidArgumentError,
  PermissionDeniedError,
} from '../../../src/csghub/index.js';
import { csghubWith, envelope } from '../../helpers/csghub.js';
import { json } from '../../helpers/fake-fetch.js';

const route = (seen: { method: string; url: URL }[]) =>
  seen.map((s) => `${s.method} ${s.url.pathname}${s.url.search}`);

const SOURCE = 'https://huggingface.co/Qwen/Qwen2.5-0.5B-Instruct.git';

const KINDS = ['models', 'datasets', 'codes'] as const;
const CREATE = {
  models: 'createModelMirror',
  datasets: 'createDatasetMirror',
  codes: 'createCodeMirror',
};

describe.each(KINDS)('%s mirrors', (kind) => {
  it('sends each call to the mirror routes with its body', async () => {
    const { csghub, seen } = csghubWith((request) =>
      new URL(request.url).pathname.endsWith('/mirror') && request.method !== 'DELETE'
        ? envelope({ id: 318, source_url: SOURCE, status: 'queued' })
        : envelope(null),
    );
    const created = await csghub[kind].createMirror('OpenCSG/qwen', {
      source_url: SOURCE,
      sync_lfs: true,
    });
    expect(created).toMatchObject({ id: 318, status: 'queued' });
    const read = await csghub[kind].getMirror({ namespace: 'OpenCSG', name: 'qwen' });
    expect(read.source_url).toBe(SOURCE);
    await csghub[kind].updateMirror('OpenCSG/qwen', { source_url: SOURCE, username: 'u' });
    await expect(csghub[kind].syncMirror('OpenCSG/qwen', { urgent: true })).resolves.toBe(
      undefined,
    );
    await expect(csghub[kind].syncMirror('OpenCSG/qwen')).resolves.toBeUndefined();
    await expect(csghub[kind].deleteMirror('OpenCSG/qwen')).resolves.toBeUndefined();
    expect(route(seen)).toEqual([
      `POST /api/v1/${kind}/OpenCSG/qwen/mirror`,
      `GET /api/v1/${kind}/OpenCSG/qwen/mirror`,
      `PUT /api/v1/${kind}/OpenCSG/qwen/mirror`,
      `POST /api/v1/${kind}/OpenCSG/qwen/mirror/sync`,
      `POST /api/v1/${kind}/OpenCSG/qwen/mirror/sync`,
      `DELETE /api/v1/${kind}/OpenCSG/qwen/mirror`,
    ]);
    expect(seen.map((s) => s.body)).toEqual([
      { source_url: SOURCE, sync_lfs: true },
      undefined,
      { source_url: SOURCE, username: 'u' },
      { urgent: true },
      undefined,
      undefined,
    ]);
  });

  it('refuses a malformed id before any request', async () => {
    const { csghub, seen } = csghubWith(() => envelope(null));
    await expect(csghub[kind].getMirror('OpenCSG')).rejects.toThrow(InvalidArgumentError);
    await expect(csghub[kind].syncMirror('a/b/c')).rejects.toThrow(InvalidArgumentError);
    expect(seen).toHaveLength(0);
  });

  it('types the refusals: another source, no right to sync', async () => {
    const { csghub } = csghubWith((request) =>
      new URL(request.url).pathname.endsWith('/sync')
        ? json({ msg: 'AUTH-ERR-2: forbidden', code: 'AUTH-ERR-2' }, { status: 403 })
        : json({ msg: 'MIRROR-ERR-0: conflict', code: 'MIRROR-ERR-0' }, { status: 409 }),
    );
    const conflict = await csghub[kind]
      .createMirror('OpenCSG/qwen', { source_url: SOURCE })
      .catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(ConflictError);
    expect(String(conflict)).toContain(CREATE[kind]);
    await expect(csghub[kind].syncMirror('OpenCSG/qwen')).rejects.toThrow(PermissionDeniedError);
  });

  it('does not repeat a create or a sync the server failed', async () => {
    const { csghub, seen } = csghubWith(() =>
      json({ msg: 'SYS-ERR-0: internal', code: 'SYS-ERR-0' }, { status: 500 }),
    );
    await expect(csghub[kind].createMirror('OpenCSG/qwen', { source_url: SOURCE })).rejects.toThrow(
      InternalServerError,
    );
    await expect(csghub[kind].syncMirror('OpenCSG/qwen')).rejects.toThrow(InternalServerError);
    expect(route(seen)).toEqual([
      `POST /api/v1/${kind}/OpenCSG/qwen/mirror`,
      `POST /api/v1/${kind}/OpenCSG/qwen/mirror/sync`,
    ]);
  });
});
