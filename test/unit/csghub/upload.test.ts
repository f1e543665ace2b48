import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  APIUserAbortError,
  InternalServerError,
  InvalidArgumentError,
  InvalidResponseError,
  MAX_LFS_PER_COMMIT,
  MAX_REGULAR_PER_COMMIT,
  PermissionDeniedError,
  planCommits,
  planParts,
  type PlannedFile,
  type UploadProgress,
} from '../../../src/csghub/index.js';
import { Sha256 } from '../../../src/internal/sha256.js';
import { csghubWith, envelope, HUB } from '../../helpers/csghub.js';
import { json, TOKEN } from '../../helpers/fake-fetch.js';

const REPO = 'OpenCSG/csg-wukong-1B';
const STORAGE = 'https://storage.test';
const b64 = (text: string) => Buffer.from(text).toString('base64');
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
const COMPLETE = `${HUB}/api/v1/complete_multipart?objectKey=lfs%2Fx&uploadId=u1&expiresAt=2026-12-08T23%3A00%3A00Z&signature=s1`;

/** Bytes 0..n-1 mod 251: every part differs. */
const content = (n: number) => Uint8Array.from({ length: n }, (_, i) => i % 251);

interface LfsHubOptions {
  size: number;
  chunk: number;
  /** Answers a part PUT; the default gives ETag `"etag-N"`. */
  part?: (partNumber: number, attempt: number) => Response | Promise<Response>;
  complete?: () => Response;
  commit?: () => Response;
}

/** A preupload answer sending every file of the request one way. */
async function everyFile(request: Request, uploadMode: 'lfs' | 'regular'): Promise<Response> {
  const body = (await request.json()) as { files: { path: string }[] };
  return envelope({
    files: body.files.map((f) => ({
      oid: '',
      path: f.path,
      uploadMode,
      shouldIgnore: false,
      isDir: false,
    })),
  });
}

/** A hub where every file goes to LFS with a multipart upload of `chunk`-byte parts. */
function lfsHub(options: LfsHubOptions) {
  const attempts = new Map<number, number>();
  let inFlight = 0;
  let maxInFlight = 0;
  const parts = Math.ceil(options.size / options.chunk);
  const header: Record<string, string> = { chunk_size: String(options.chunk) };
  for (let n = 1; n <= parts; n++) header[String(n)] = `${STORAGE}/obj?partNumber=${n}&sig=x`;
  const sentParts: { partNumber: number; body: string }[] = [];
  const { csghub, seen } = csghubWith(async (request) => {
    const at = new URL(request.url);
    if (at.origin === STORAGE) {
      const partNumber = Number(at.searchParams.get('partNumber'));
      const attempt = (attempts.get(partNumber) ?? 0) + 1;
      attempts.set(partNumber, attempt);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      try {
        sentParts.push({ partNumber, body: await request.clone().text() });
        // Let the other workers start before this part finishes.
        await new Promise((resolve) => setTimeout(resolve, 2));
        return options.part
          ? await options.part(partNumber, attempt)
          : new Response(null, { headers: { etag: `"etag-${partNumber}"` } });
      } finally {
        inFlight--;
      }
    }
    if (at.pathname.includes('/preupload/')) return everyFile(request, 'lfs');
    if (at.pathname.endsWith('/info/lfs/objects/batch')) {
      const body = (await request.json()) as { objects: { oid: string; size: number }[] };
      return json(
        {
          transfer: 'multipart',
          objects: body.objects.map((o) => ({
            ...o,
            actions: {
              upload: { href: COMPLETE, header },
              verify: { href: `${HUB}/models/${REPO}.git/info/lfs/verify`, header: {} },
            },
          })),
        },
        { headers: { 'content-type': 'application/vnd.git-lfs+json' } },
      );
    }
    if (at.pathname === '/api/v1/complete_multipart') {
      return options.complete ? options.complete() : new Response(null, { status: 200 });
    }
    if (at.pathname.endsWith('/info/lfs/verify')) return json(null);
    if (at.pathname.includes('/commit/')) return options.commit ? options.commit() : envelope(null);
    return json({ msg: 'unexpected' }, { status: 404 });
  });
  return {
    csghub,
    seen,
    attempts,
    sentParts,
    get maxInFlight() {
      return maxInFlight;
    },
  };
}

describe('single-file writes', () => {
  it('sends the content base64-encoded to raw/{path}, each segment encoded', async () => {
    const { csghub, seen } = csghubWith(() => envelope({}));
    await csghub.models.createFile(REPO, 'data/a b.json', {
      content: b64('{"a":1}'),
      message: 'Add',
      new_branch: 'dev',
    });
    const [request] = seen;
    expect(request?.method).toBe('POST');
    expect(request?.url.pathname).toBe('/api/v1/models/OpenCSG/csg-wukong-1B/raw/data/a%20b.json');
    expect(request?.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
    expect(request?.body).toEqual({ content: b64('{"a":1}'), message: 'Add', new_branch: 'dev' });
  });

  it('sends a JSON body with DELETE, {} when nothing is given', async () => {
    const { csghub, seen } = csghubWith(() => envelope({}));
    await csghub.datasets.deleteFile('OpenCSG/chinese-fineweb-edu', 'train.jsonl');
    expect(seen[0]?.method).toBe('DELETE');
    expect(seen[0]?.headers.get('content-type')).toBe('application/json');
    expect(seen[0]?.body).toEqual({});
  });

  it('creates a branch by committing the source branch’s .gitattributes to it', async () => {
    const attributes = b64('*.bin filter=lfs diff=lfs merge=lfs -text\n');
    const { csghub, seen } = csghubWith((request) =>
      request.method === 'GET'
        ? envelope({ name: '.gitattributes', path: '.gitattributes', content: attributes })
        : envelope({}),
    );
    await csghub.codes.createBranch('OpenCSG/csghub-sdk', 'dev', { from: 'main' });
    expect(seen[0]?.url.pathname).toBe('/api/v1/codes/OpenCSG/csghub-sdk/blob/.gitattributes');
    expect(seen[0]?.url.searchParams.get('ref')).toBe('main');
    expect(seen[1]?.url.pathname).toBe('/api/v1/codes/OpenCSG/csghub-sdk/raw/.gitattributes');
    expect(seen[1]?.body).toMatchObject({ content: attributes, branch: 'main', new_branch: 'dev' });
  });
});

describe('form upload', () => {
  it('sends repeated file and file_path fields, with branch and message', async () => {
    let form: FormData | undefined;
    const { csghub, seen } = csghubWith(async (request) => {
      form = await request.formData();
      return envelope(null);
    });
    await csghub.spaces.uploadFiles('OpenCSG/wukong-chat', {
      file: ['print(1)\n', new Uint8Array([1, 2, 3])],
      file_path: ['app.py', 'bin/data.bin'],
      branch: 'main',
      message: 'Upload app',
    });
    expect(seen[0]?.url.pathname).toBe('/api/v1/spaces/OpenCSG/wukong-chat/upload_file');
    expect(seen[0]?.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
    expect(form?.getAll('file_path')).toEqual(['app.py', 'bin/data.bin']);
    expect(form?.get('branch')).toBe('main');
    expect(form?.get('message')).toBe('Upload app');
    const files = form?.getAll('file') as File[];
    expect(files.map((f) => f.name)).toEqual(['app.py', 'data.bin']);
    expect(await files[0]?.text()).toBe('print(1)\n');
    expect([...new Uint8Array((await files[1]?.arrayBuffer()) ?? new ArrayBuffer(0))]).toEqual([
      1, 2, 3,
    ]);
  });

  it('refuses files and paths of different lengths before sending', async () => {
    const { csghub, seen } = csghubWith(() => envelope(null));
    await expect(
      csghub.models.uploadFiles(REPO, { file: ['a'], file_path: [] }),
    ).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(seen).toHaveLength(0);
  });
});

describe('batch upload: preupload then commit', () => {
  it('commits regular files with their bytes base64-encoded', async () => {
    const { csghub, seen } = csghubWith((request) => {
      if (request.url.includes('/preupload/')) {
        return envelope({
          files: [
            {
              oid: '',
              path: 'config.json',
              uploadMode: 'regular',
              shouldIgnore: false,
              isDir: false,
            },
            {
              oid: '',
              path: 'notes/.cache',
              uploadMode: 'regular',
              shouldIgnore: true,
              isDir: false,
            },
          ],
        });
      }
      return envelope(null);
    });
    const result = await csghub.models.upload(
      REPO,
      [
        { path: 'config.json', content: new Blob(['{"a":1}']) },
        { path: 'notes/.cache', content: new Uint8Array([1]) },
      ],
      { branch: 'dev', message: 'Add config' },
    );
    expect(seen.map((r) => `${r.method} ${r.url.pathname}`)).toEqual([
      'POST /api/v1/models/OpenCSG/csg-wukong-1B/preupload/dev',
      'POST /api/v1/models/OpenCSG/csg-wukong-1B/commit/dev',
    ]);
    expect(seen[0]?.body).toEqual({
      files: [
        { path: 'config.json', size: 7, sample: b64('{"a":1}') },
        { path: 'notes/.cache', size: 1, sample: 'AQ==' },
      ],
    });
    expect(seen[1]?.body).toEqual({
      message: 'Add config',
      files: [{ path: 'config.json', action: 'create', content: b64('{"a":1}') }],
    });
    expect(result).toEqual({
      committed: ['config.json'],
      ignored: ['notes/.cache'],
      lfs: [],
      commits: 1,
    });
  });

  it('reports each commit as it is sent and once it is made, with the paths it carried', async () => {
    const { csghub } = csghubWith((request) => {
      if (request.url.includes('/preupload/')) return everyFile(request, 'regular');
      return envelope(null);
    });
    const sources = Array.from({ length: 80 }, (_, i) => ({
      path: `f${String(i)}.txt`,
      content: new Uint8Array([i]),
    }));
    const events: UploadProgress[] = [];
    await csghub.models.upload(REPO, sources, { onProgress: (p) => events.push(p) });
    const commits = events.filter((e) => e.phase !== 'hashing' && e.phase !== 'uploading');
    const names = sources.map((s) => s.path);
    expect(commits).toEqual([
      { phase: 'committing', path: undefined, loaded: 0, total: 80 },
      { phase: 'committed', path: undefined, loaded: 75, total: 80, paths: names.slice(0, 75) },
      { phase: 'committing', path: undefined, loaded: 75, total: 80 },
      { phase: 'committed', path: undefined, loaded: 80, total: 80, paths: names.slice(75) },
      { phase: 'done', path: undefined, loaded: 80, total: 80 },
    ]);
  });

  it('reads a stream once, and refuses one larger than maxStreamBytes', async () => {
    const { csghub, seen } = csghubWith(() => envelope(null));
    const stream = new Blob([new Uint8Array(10)]).stream();
    await expect(
      csghub.models.uploadFile(REPO, 'x.bin', stream, { maxStreamBytes: 4 }),
    ).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(seen).toHaveLength(0);
  });

  it('refuses to read a large file whole when the service wants it inline', async () => {
    const { csghub, seen } = csghubWith(() =>
      envelope({
        files: [
          { oid: '', path: 'big.bin', uploadMode: 'regular', shouldIgnore: false, isDir: false },
        ],
      }),
    );
    const error = await csghub.models
      .uploadFile(REPO, 'big.bin', new Blob([new Uint8Array(16)]), { maxStreamBytes: 8 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(seen.map((r) => r.url.pathname.split('/').at(-2))).toEqual(['preupload']);
  });

  it('turns the commit route’s {"error": …} 500 into an InternalServerError naming the operation', async () => {
    const { csghub, seen } = csghubWith((request) =>
      request.url.includes('/preupload/')
        ? envelope({
            files: [
              { oid: '', path: 'a.txt', uploadMode: 'regular', shouldIgnore: false, isDir: false },
            ],
          })
        : json({ error: 'failed to decode content' }, { status: 500 }),
    );
    const error = await csghub.models
      .uploadFile(REPO, 'a.txt', new Uint8Array([65]))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).message).toContain('failed to decode content');
    expect((error as InternalServerError).operation.id).toBe('commitModelFiles');
    // A commit is not retried: it may have been written.
    expect(seen.filter((r) => r.url.pathname.includes('/commit/'))).toHaveLength(1);
  });
});

describe('LFS multipart upload', () => {
  it('sends parts in parallel within the limit, completes, verifies and commits the pointer', async () => {
    const size = 40;
    const data = content(size);
    const hub = lfsHub({ size, chunk: 4 });
    const events: UploadProgress[] = [];
    const result = await hub.csghub.models.uploadFile(REPO, 'model.safetensors', new Blob([data]), {
      concurrency: 3,
      onProgress: (e) => events.push(e),
    });
    expect(result.lfs).toEqual(['model.safetensors']);
    expect(hub.sentParts).toHaveLength(10);
    expect(hub.maxInFlight).toBeGreaterThan(1);
    expect(hub.maxInFlight).toBeLessThanOrEqual(3);
    // Each part carries its own slice.
    for (const { partNumber, body } of hub.sentParts) {
      const slice = data.slice((partNumber - 1) * 4, partNumber * 4);
      expect(body).toBe(new TextDecoder().decode(slice));
    }
    const oid = sha256(data);
    const complete = hub.seen.find((r) => r.url.pathname === '/api/v1/complete_multipart');
    expect(complete?.url.searchParams.get('signature')).toBe('s1');
    expect(complete?.body).toEqual({
      oid,
      parts: Array.from({ length: 10 }, (_, i) => ({
        partNumber: i + 1,
        etag: `"etag-${i + 1}"`,
      })),
    });
    const verify = hub.seen.find((r) => r.url.pathname.endsWith('/info/lfs/verify'));
    expect(verify?.url.pathname).toBe('/models/OpenCSG/csg-wukong-1B.git/info/lfs/verify');
    expect(verify?.body).toEqual({ oid, size });
    const batch = hub.seen.find((r) => r.url.pathname.endsWith('/objects/batch'));
    expect(batch?.body).toEqual({
      operation: 'upload',
      transfers: ['multipart', 'basic'],
      objects: [{ oid, size }],
    });
    const commit = hub.seen.find((r) => r.url.pathname.includes('/commit/'));
    const pointer = `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize ${size}\n`;
    expect(commit?.body).toEqual({
      message: 'Upload files',
      files: [{ path: 'model.safetensors', action: 'create', content: b64(pointer) }],
    });
    expect(events.at(-1)).toEqual({ phase: 'done', path: undefined, loaded: 1, total: 1 });
    const uploaded = events.filter((e) => e.phase === 'uploading').map((e) => e.loaded);
    expect(uploaded.at(-1)).toBe(size);
  });

  it('never sends the token to storage or to the completion URL', async () => {
    const hub = lfsHub({ size: 12, chunk: 4 });
    await hub.csghub.models.uploadFile(REPO, 'w.bin', new Blob([content(12)]));
    for (const request of hub.seen) {
      const toHubApi =
        request.url.origin === HUB && request.url.pathname !== '/api/v1/complete_multipart';
      expect(request.headers.has('authorization')).toBe(toHubApi);
    }
    expect(hub.seen.filter((r) => r.url.origin === STORAGE)).toHaveLength(3);
  });

  it('drops the Authorization the hub copies into a basic upload header for storage', async () => {
    const { csghub, seen } = csghubWith(async (request) => {
      const at = new URL(request.url);
      if (at.origin === STORAGE) return new Response(null, { headers: { etag: '"e"' } });
      if (at.pathname.includes('/preupload/')) return everyFile(request, 'lfs');
      if (at.pathname.endsWith('/objects/batch')) {
        const body = (await request.json()) as { objects: { oid: string; size: number }[] };
        const header = { Authorization: `Bearer ${TOKEN}`, 'X-Amz-Meta': 'kept' };
        return json({
          transfer: 'basic',
          objects: body.objects.map((o) => ({
            ...o,
            actions: { upload: { href: `${STORAGE}/obj?sig=x`, header } },
          })),
        });
      }
      return envelope(null);
    });
    await csghub.models.uploadFile(REPO, 'w.bin', new Blob([content(8)]));
    const put = seen.find((r) => new URL(r.url).origin === STORAGE);
    expect(put?.headers.has('authorization')).toBe(false);
    expect(put?.headers.get('x-amz-meta')).toBe('kept');
  });

  it('retries a failing part on its own; the other parts are sent once', async () => {
    const hub = lfsHub({
      size: 16,
      chunk: 4,
      part: (n, attempt) =>
        n === 2 && attempt === 1
          ? new Response('busy', { status: 503 })
          : new Response(null, { headers: { etag: `"etag-${n}"` } }),
    });
    await hub.csghub.models.uploadFile(REPO, 'w.bin', new Blob([content(16)]));
    expect(Object.fromEntries(hub.attempts)).toEqual({ 1: 1, 2: 2, 3: 1, 4: 1 });
  });

  it('turns the 200 "invalid signature" answer into a PermissionDeniedError and commits nothing', async () => {
    const hub = lfsHub({
      size: 8,
      chunk: 4,
      complete: () => json({ msg: 'invalid signature' }),
    });
    const error = await hub.csghub.models
      .uploadFile(REPO, 'w.bin', new Blob([content(8)]))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect((error as PermissionDeniedError).message).toContain('invalid signature');
    expect((error as PermissionDeniedError).status).toBe(200);
    expect(hub.seen.some((r) => r.url.pathname.includes('/commit/'))).toBe(false);
  });

  it('completeMultipart alone: the query and body sent, the refusal typed', async () => {
    const { csghub, seen } = csghubWith(() => json({ msg: 'invalid signature' }));
    const params = {
      objectKey: 'lfs/x',
      uploadId: 'u1',
      expiresAt: '2026-12-08T23:00:00Z',
      signature: 's1',
      oid: 'a'.repeat(64),
      parts: [{ partNumber: 1, etag: '"e1"' }],
    };
    await expect(csghub.lfs.completeMultipart(params)).rejects.toBeInstanceOf(
      PermissionDeniedError,
    );
    expect(seen[0]?.url.searchParams.get('uploadId')).toBe('u1');
    expect(seen[0]?.body).toEqual({
      oid: 'a'.repeat(64),
      parts: [{ partNumber: 1, etag: '"e1"' }],
    });
    const ok = csghubWith(() => new Response(null, { status: 200 }));
    await expect(ok.csghub.lfs.completeMultipart(params)).resolves.toBeUndefined();
  });

  it('stops sending parts once the signal aborts', async () => {
    const controller = new AbortController();
    const hub = lfsHub({
      size: 40,
      chunk: 4,
      part: (n) => {
        if (n === 2) controller.abort(new Error('stop'));
        return new Response(null, { headers: { etag: `"etag-${n}"` } });
      },
    });
    const error = await hub.csghub.models
      .uploadFile(REPO, 'w.bin', new Blob([content(40)]), {
        concurrency: 2,
        signal: controller.signal,
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(hub.sentParts.length).toBeLessThan(10);
    expect(hub.seen.some((r) => r.url.pathname === '/api/v1/complete_multipart')).toBe(false);
  });

  it('skips an object the batch answers without actions (already stored)', async () => {
    const { csghub, seen } = csghubWith(async (request) => {
      const path = new URL(request.url).pathname;
      if (path.includes('/preupload/')) {
        return envelope({
          files: [{ oid: '', path: 'w.bin', uploadMode: 'lfs', shouldIgnore: false, isDir: false }],
        });
      }
      if (path.endsWith('/objects/batch')) {
        const body = (await request.json()) as { objects: unknown[] };
        return json({ transfer: 'basic', objects: body.objects });
      }
      return envelope(null);
    });
    const result = await csghub.models.uploadFile(REPO, 'w.bin', new Uint8Array([1, 2, 3]));
    expect(result.lfs).toEqual(['w.bin']);
    expect(seen.map((r) => r.url.pathname.split('/').slice(-2).join('/'))).toEqual([
      'preupload/main',
      'objects/batch',
      'commit/main',
    ]);
  });
});

describe('the sha256 option', () => {
  /** A hub where `w.bin` goes to LFS and storage has it already; the batch bodies are kept. */
  const storedHub = () => {
    const batches: { objects: { oid: string }[] }[] = [];
    const commits: string[] = [];
    const { csghub, seen } = csghubWith(async (request) => {
      const path = new URL(request.url).pathname;
      if (path.includes('/preupload/')) {
        return envelope({
          files: [{ oid: '', path: 'w.bin', uploadMode: 'lfs', shouldIgnore: false, isDir: false }],
        });
      }
      if (path.endsWith('/objects/batch')) {
        const body = (await request.json()) as { objects: { oid: string }[] };
        batches.push(body);
        return json({ transfer: 'basic', objects: body.objects });
      }
      if (path.includes('/commit/')) commits.push(await request.text());
      return envelope(null);
    });
    return { csghub, seen, batches, commits };
  };

  it('hashes LFS files with the given function, progress included', async () => {
    const hub = storedHub();
    const oid = 'ab'.repeat(32);
    const events: UploadProgress[] = [];
    await hub.csghub.models.uploadFile(REPO, 'w.bin', new Uint8Array([1, 2, 3]), {
      sha256: (blob, onBytes) => {
        onBytes(blob.size);
        return Promise.resolve(oid);
      },
      onProgress: (e) => events.push(e),
    });
    expect(hub.batches.map((b) => b.objects.map((o) => o.oid))).toEqual([[oid]]);
    const { files } = JSON.parse(hub.commits[0] ?? '') as { files: { content: string }[] };
    expect(Buffer.from(files[0]?.content ?? '', 'base64').toString()).toContain(
      `oid sha256:${oid}`,
    );
    expect(events[0]).toEqual({ phase: 'hashing', path: 'w.bin', loaded: 3, total: 3 });
  });

  it('refuses a digest that is not 64 lower-case hex digits, before the batch', async () => {
    const hub = storedHub();
    const upload = hub.csghub.models.uploadFile(REPO, 'w.bin', new Uint8Array([1]), {
      sha256: () => Promise.resolve('AB'.repeat(32)),
    });
    await expect(upload).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(hub.batches).toEqual([]);
  });

  it('turns a hash stopped by the signal into an APIUserAbortError', async () => {
    const hub = storedHub();
    const controller = new AbortController();
    const upload = hub.csghub.models.uploadFile(REPO, 'w.bin', new Uint8Array([1]), {
      signal: controller.signal,
      sha256: (_blob, _onBytes, signal) => {
        controller.abort();
        return Promise.reject(new Error(`stopped: ${String(signal?.aborted)}`));
      },
    });
    await expect(upload).rejects.toBeInstanceOf(APIUserAbortError);
    expect(hub.batches).toEqual([]);
  });
});

describe('planning', () => {
  const files = (n: number, mode: 'regular' | 'lfs'): PlannedFile[] =>
    Array.from({ length: n }, (_, i) => ({ path: `${mode}/${i}`, size: 1, mode }));

  it('puts at most 75 regular and 150 LFS files in a commit, keeping order', () => {
    const batches = planCommits([...files(160, 'regular'), ...files(310, 'lfs')]);
    expect(batches.map((b) => [b.regular.length, b.lfs.length])).toEqual([
      [MAX_REGULAR_PER_COMMIT, MAX_LFS_PER_COMMIT],
      [75, 150],
      [10, 10],
    ]);
    expect(batches.flatMap((b) => b.regular.map((f) => f.path))).toEqual(
      files(160, 'regular').map((f) => f.path),
    );
    expect(planCommits([])).toEqual([]);
  });

  it('cuts parts by chunk_size and refuses an action whose URLs do not cover the size', () => {
    const op = { id: 'x', method: 'POST', path: '/x', idempotent: false };
    const link = { href: COMPLETE, header: { chunk_size: '4', '1': 'u1', '2': 'u2', '3': 'u3' } };
    expect(planParts(link, 10, op)).toEqual([
      { partNumber: 1, url: 'u1', start: 0, end: 4 },
      { partNumber: 2, url: 'u2', start: 4, end: 8 },
      { partNumber: 3, url: 'u3', start: 8, end: 10 },
    ]);
    expect(() => planParts(link, 13, op)).toThrow(InvalidResponseError);
    expect(() => planParts(link, 8, op)).toThrow(InvalidResponseError);
    expect(() => planParts({ href: COMPLETE, header: { chunk_size: '0' } }, 1, op)).toThrow(
      InvalidResponseError,
    );
  });

  it('hashes fed in any chunking as Node does', () => {
    for (const n of [0, 55, 56, 64, 65, 1000]) {
      const data = content(n);
      const hash = new Sha256();
      for (let i = 0; i < n; i += 7) hash.update(data.subarray(i, i + 7));
      expect(hash.hex()).toBe(sha256(data));
    }
  });
});
