/**
 * The data-backed CSGHub mock keeps what clients write (mocks/content/store.ts, writes.ts):
 * files uploaded through the client are listed, described and downloaded back byte for byte,
 * LFS files through presigned multipart parts and the signed completion; refusals as the hub's.
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { IHttpOperation } from '@stoplight/types';
import { bytesOf } from '../helpers/bytes.js';
import { validateOutput } from '../helpers/prism-validate.js';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FormDataError, readForm } from '../../mocks/content/form-data.js';
import { startMock, type MockServer } from '../../mocks/launcher.js';
import { loadOperations } from '../../mocks/operations.js';
import {
  APIUserAbortError,
  CSGHub,
  NotFoundError,
  type UploadOptions,
} from '../../src/csghub/index.js';
import { writeBundledSpec } from '../../tooling/bundled-spec.js';

const ID = 'OpenCSG/csg-wukong-1B';
const CHUNK = 256 * 1024;
const LFS_RULES = '*.bin filter=lfs diff=lfs merge=lfs -text\n';

let mock: MockServer;
let operations: IHttpOperation[];
/** Requests the client sent, as `METHOD pathname`. */
let sent: string[] = [];
const violations: string[] = [];

/** The spec operation of a write route, by method and path. */
function writeOperation(method: string, url: URL): IHttpOperation | undefined {
  const api =
    /^\/api\/v1\/([a-z]+)\/[^/]+\/[^/]+\/(raw|commit|preupload|upload_file|commits|branches|last_commit)(\/|$)/.exec(
      url.pathname,
    );
  const lfs = /^\/([a-z]+)\/[^/]+\/[^/]+\.git\/(info\/lfs\/(?:objects\/batch|verify))$/.exec(
    url.pathname,
  );
  const path = api
    ? `/api/v1/${api[1] ?? ''}/{namespace}/{name}/${api[2] ?? ''}${
        api[2] === 'raw'
          ? '/{file_path}'
          : ['upload_file', 'commits', 'branches', 'last_commit'].includes(api[2] ?? '')
            ? ''
            : '/{revision}'
      }`
    : lfs
      ? `/${lfs[1] ?? ''}/{namespace}/{name}.git/${lfs[2] ?? ''}`
      : url.pathname === '/api/v1/complete_multipart'
        ? url.pathname
        : undefined;
  return operations.find((op) => op.method === method.toLowerCase() && op.path === path);
}

/** `fetch` that counts requests and checks every write route's answer against the spec. */
const counting = async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
  sent.push(`${method} ${url.pathname}${url.searchParams.has('partNumber') ? '#part' : ''}`);
  const response = await fetch(input, init);
  const operation = writeOperation(method, url);
  const text = operation ? await response.clone().text() : '';
  // The completion's success is HTTP 200 with no body at all, as the hub writes it; the spec
  // says so in prose, as OpenAPI cannot declare an empty answer beside a JSON one.
  const emptyCompletion = operation?.iid === 'completeMultipartUpload' && text === '';
  if (operation && !emptyCompletion) {
    const result = validateOutput({
      resource: operation,
      element: {
        statusCode: response.status,
        headers: Object.fromEntries(response.headers),
        body: text === '' ? undefined : (JSON.parse(text) as unknown),
      },
    });
    if (result._tag === 'Left') {
      violations.push(
        ...result.left.map(
          (d) => `${method} ${url.pathname}: ${(d.path ?? []).join('.')} ${d.message}`,
        ),
      );
    }
  } else if (
    !operation &&
    /\/(raw|commit|preupload|upload_file|info\/lfs)\b|complete_multipart/.test(url.pathname)
  ) {
    violations.push(`${method} ${url.pathname}: no operation found to check`);
  }
  return response;
};

const hub = (fetcher: typeof fetch = counting) =>
  new CSGHub({ token: 'writes-test-token', baseUrl: mock.url, fetch: fetcher, maxRetries: 0 });

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function downloaded(id: string, path: string, ref?: string) {
  const file = await hub().models.download(id, path, ref ? { ref } : {});
  return { bytes: new Uint8Array(await new Response(file.body).arrayBuffer()), lfs: file.lfs };
}

beforeAll(async () => {
  [mock, operations] = await Promise.all([
    startMock({ api: 'csghub', stateful: true, weightsBytes: 64 * 1024, lfsChunkBytes: CHUNK }),
    writeBundledSpec('csghub').then(loadOperations),
  ]);
});

afterEach(() => {
  expect(violations.splice(0)).toEqual([]);
});

afterAll(async () => {
  await mock.stop();
});

beforeEach(async () => {
  sent = [];
  await fetch(`${mock.url}/__reset`, { method: 'POST' });
});

/** Tracks `*.bin` with LFS on `main`. */
const trackBin = () =>
  hub().models.createFile(ID, '.gitattributes', {
    content: btoa(LFS_RULES),
    branch: 'main',
    message: 'Track bin',
  });

describe('writes through the client, read back from the same mock', () => {
  it('round-trips one file: listed, described, downloaded', async () => {
    const text = new TextEncoder().encode('hello from a test 你好\n');
    const result = await hub().models.upload(ID, [{ path: 'notes/hello.txt', content: text }]);
    expect(result).toMatchObject({ committed: ['notes/hello.txt'], commits: 1, lfs: [] });
    const root = await hub().models.listFiles(ID);
    expect(root.find((f) => f.path === 'notes')?.type).toBe('dir');
    const listed = await hub().models.listFiles(ID, { path: 'notes' });
    expect(listed.map((f) => [f.path, f.size])).toEqual([['notes/hello.txt', text.byteLength]]);
    const blob = await hub().models.getFile(ID, 'notes/hello.txt');
    expect(Buffer.from(blob.content, 'base64')).toEqual(Buffer.from(text));
    const back = await downloaded(ID, 'notes/hello.txt');
    expect(sha256(back.bytes)).toBe(sha256(text));
    // The generated files are still there.
    expect(root.some((f) => f.path === 'README.md')).toBe(true);
  });

  it('round-trips a folder of 200 files in three commits', async () => {
    const files = Array.from({ length: 200 }, (_, i) => ({
      path: `many/file-${String(i).padStart(3, '0')}.txt`,
      content: new TextEncoder().encode(`file ${String(i)}\n`.repeat(i + 1)),
    }));
    const result = await hub().models.upload(ID, files, { message: 'Many' });
    expect(result.commits).toBe(3);
    expect(sent.filter((s) => s.includes('/commit/'))).toHaveLength(3);
    const listed = await hub().models.listFiles(ID, { path: 'many' });
    expect(listed).toHaveLength(200);
    for (const file of [files[0], files[74], files[75], files[199]]) {
      const back = await downloaded(ID, file?.path ?? '');
      expect(sha256(back.bytes)).toBe(sha256(file?.content ?? new Uint8Array()));
    }
  });

  it('sends an LFS file in parts, completes it, and downloads it back from storage', async () => {
    await trackBin();
    const big = bytesOf(3 * 1024 * 1024 + 4321, 7);
    const result = await hub().models.upload(ID, [{ path: 'weights/big.bin', content: big }]);
    expect(result.lfs).toEqual(['weights/big.bin']);
    const parts = Math.ceil(big.byteLength / CHUNK);
    expect(sent.filter((s) => s.endsWith('#part'))).toHaveLength(parts);
    expect(sent.filter((s) => s.startsWith('POST /api/v1/complete_multipart'))).toHaveLength(1);
    const blob = await hub().models.getFile(ID, 'weights/big.bin');
    expect(blob).toMatchObject({ lfs: true, lfs_sha256: sha256(big), size: big.byteLength });
    const back = await downloaded(ID, 'weights/big.bin');
    expect(back.lfs).toBe(true);
    expect(sha256(back.bytes)).toBe(sha256(big));

    // A second upload of the same bytes sends nothing to storage.
    sent = [];
    await hub().models.upload(ID, [{ path: 'weights/copy.bin', content: big }]);
    expect(sent.filter((s) => s.startsWith('PUT '))).toEqual([]);
    expect(sha256((await downloaded(ID, 'weights/copy.bin')).bytes)).toBe(sha256(big));
  });

  it('resumes an interrupted multipart upload without sending finished parts again', async () => {
    await trackBin();
    const big = bytesOf(8 * CHUNK + 99, 11);
    const parts = 9;
    const controller = new AbortController();
    const resume = {};
    let done = 0;
    const first = hub().models.upload(ID, [{ path: 'resumed.bin', content: big }], {
      signal: controller.signal,
      concurrency: 1,
      resume,
      onProgress: (p) => {
        if (p.phase === 'uploading' && ++done === 3) controller.abort();
      },
    });
    await expect(first).rejects.toBeInstanceOf(APIUserAbortError);
    const before = sent.filter((s) => s.endsWith('#part')).length;
    expect(before).toBeGreaterThanOrEqual(3);
    expect(before).toBeLessThan(parts);
    sent = [];
    await hub().models.upload(ID, [{ path: 'resumed.bin', content: big }], { resume });
    expect(sent.filter((s) => s.endsWith('#part'))).toHaveLength(parts - before);
    expect(sha256((await downloaded(ID, 'resumed.bin')).bytes)).toBe(sha256(big));
  });

  it('finishes a resumed upload an earlier run completed but did not verify, sending no part again', async () => {
    await trackBin();
    const big = bytesOf(4 * CHUNK + 7, 12);
    const resume = {};
    // The connection drops as the completion's answer comes: storage has the whole object.
    const dropAfterCompletion = async (input: RequestInfo | URL, init?: RequestInit) => {
      const response = await counting(input, init);
      const url = input instanceof Request ? input.url : input.toString();
      if (url.includes('/api/v1/complete_multipart')) throw new TypeError('fetch failed');
      return response;
    };
    await expect(
      hub(dropAfterCompletion).models.upload(ID, [{ path: 'completed.bin', content: big }], {
        resume,
      }),
    ).rejects.toThrow(/complete/i);
    expect(Object.keys(resume)).toHaveLength(1);
    sent = [];
    const result = await hub().models.upload(ID, [{ path: 'completed.bin', content: big }], {
      resume,
    });
    expect(result.lfs).toEqual(['completed.bin']);
    expect(sent.filter((s) => s.endsWith('#part'))).toEqual([]);
    expect(sent).toContain('POST /models/OpenCSG/csg-wukong-1B.git/info/lfs/verify');
    expect(resume).toEqual({});
    expect(sha256((await downloaded(ID, 'completed.bin')).bytes)).toBe(sha256(big));
  });

  it('starts a resumed upload over when storage no longer has it', async () => {
    await trackBin();
    const big = bytesOf(4 * CHUNK + 7, 13);
    const resume: NonNullable<UploadOptions['resume']> = {};
    const controller = new AbortController();
    let done = 0;
    await expect(
      hub().models.upload(ID, [{ path: 'dropped.bin', content: big }], {
        signal: controller.signal,
        concurrency: 1,
        resume,
        onProgress: (p) => {
          if (p.phase === 'uploading' && ++done === 2) controller.abort();
        },
      }),
    ).rejects.toBeInstanceOf(APIUserAbortError);
    // Storage has since dropped the upload (lifecycle rules abort old ones).
    const [oid] = Object.keys(resume);
    const saved = resume[oid ?? ''];
    if (!saved) throw new Error('no upload saved to resume');
    saved.uploadId = 'f'.repeat(32);
    sent = [];
    await hub().models.upload(ID, [{ path: 'dropped.bin', content: big }], { resume });
    expect(sent.filter((s) => s.endsWith('#part')).length).toBeGreaterThanOrEqual(5);
    expect(resume).toEqual({});
    expect(sha256((await downloaded(ID, 'dropped.bin')).bytes)).toBe(sha256(big));
  });

  it('takes the form upload and single-file updates and moves', async () => {
    await hub().models.uploadFiles(ID, {
      file: [new Blob(['first']), new Blob(['second'])],
      file_path: ['form/one.txt', 'form/two.txt'],
      branch: 'main',
      message: 'Form',
    });
    const text = async (path: string) =>
      new TextDecoder().decode((await downloaded(ID, path)).bytes);
    expect([await text('form/one.txt'), await text('form/two.txt')]).toEqual(['first', 'second']);
    await hub().models.updateFile(ID, 'form/one.txt', {
      content: btoa('changed'),
      branch: 'main',
      message: 'Update',
    });
    expect(await text('form/one.txt')).toBe('changed');
    await hub().models.updateFile(ID, 'form/moved.txt', {
      content: btoa('moved'),
      branch: 'main',
      message: 'Move',
      origin_path: 'form/two.txt',
    });
    const listed = await hub().models.listFiles(ID, { path: 'form' });
    expect(listed.map((f) => f.path)).toEqual(['form/moved.txt', 'form/one.txt']);
    // Creating a path that exists is refused by the single-file route.
    await expect(
      hub().models.createFile(ID, 'form/one.txt', { content: btoa('x'), branch: 'main' }),
    ).rejects.toMatchObject({ status: 500 });
  });

  it('answers preupload as the hub: .gitattributes, size, .gitignore, existing files', async () => {
    await trackBin();
    await hub().models.createFile(ID, '.gitignore', { content: btoa('*.log\n'), branch: 'main' });
    const sample = '';
    const { files } = await hub().models.preupload(ID, 'main', {
      files: [
        { path: 'w/a.bin', size: 10, sample },
        { path: 'notes.txt', size: 10, sample },
        { path: 'huge.txt', size: 21 * 1024 * 1024, sample },
        { path: 'run/x.log', size: 1, sample },
        { path: 'tokenizer', size: 1, sample },
        { path: 'README.md', size: 1, sample },
        { path: 'model.safetensors', size: 1, sample },
      ],
    });
    const weights = await hub().models.getFile(ID, 'model.safetensors');
    const readme = await hub().models.getFile(ID, 'README.md');
    expect(files.map((f) => [f.path, f.uploadMode, f.shouldIgnore, f.isDir, f.oid])).toEqual([
      ['w/a.bin', 'lfs', false, false, ''],
      ['notes.txt', 'regular', false, false, ''],
      ['huge.txt', 'lfs', false, false, ''],
      ['run/x.log', 'regular', true, false, ''],
      ['tokenizer', 'regular', false, true, ''],
      ['README.md', 'regular', false, false, readme.sha],
      ['model.safetensors', 'regular', false, false, weights.lfs_sha256],
    ]);
  });

  it('deletes a file: then it is not found', async () => {
    await hub().models.upload(ID, [{ path: 'gone.txt', content: new Uint8Array([1, 2, 3]) }]);
    await hub().models.deleteFile(ID, 'gone.txt', { branch: 'main', message: 'Remove' });
    await expect(hub().models.getFile(ID, 'gone.txt')).rejects.toBeInstanceOf(NotFoundError);
    await expect(hub().models.download(ID, 'gone.txt')).rejects.toBeInstanceOf(NotFoundError);
    // A generated file can be deleted too.
    await hub().models.deleteFile(ID, 'config.json', { branch: 'main', message: 'Remove' });
    const root = await hub().models.listFiles(ID);
    expect(root.some((f) => f.path === 'config.json')).toBe(false);
  });

  it('creates a branch and writes on it; main does not change', async () => {
    await hub().models.createBranch(ID, 'dev');
    const big = bytesOf(CHUNK + 5, 3);
    const result = await hub().models.upload(ID, [{ path: 'dev.bin', content: big }], {
      branch: 'dev',
    });
    // The new branch has the default .gitattributes, which tracks *.bin.
    expect(result.lfs).toEqual(['dev.bin']);
    expect(sha256((await downloaded(ID, 'dev.bin', 'dev')).bytes)).toBe(sha256(big));
    const dev = await hub().models.listFiles(ID, { ref: 'dev' });
    expect(dev.some((f) => f.path === '.gitattributes')).toBe(true);
    const main = await hub().models.listFiles(ID);
    expect(main.some((f) => f.path === 'dev.bin')).toBe(false);
    // A commit to a branch that does not exist is refused, as the hub's git server does.
    const response = await fetch(`${mock.url}/api/v1/models/${ID}/commit/nowhere`, {
      method: 'POST',
      headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
      body: JSON.stringify({ message: 'x', files: [{ path: 'a', action: 'create', content: '' }] }),
    });
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: expect.stringContaining('nowhere') as string });
  });

  it('keeps the history: commits, last commit, each file’s commit and branches follow the writes', async () => {
    const before = await hub().models.listCommits(ID, { per: 100 });
    const generated = before.items.length;
    expect(generated).toBeGreaterThan(1);
    await hub().models.upload(ID, [{ path: 'notes/a.txt', content: new Uint8Array([1]) }], {
      message: 'Add notes',
    });
    await hub().models.createFile(ID, 'notes/b.txt', {
      content: btoa('b'),
      branch: 'main',
      message: 'Add b',
    });
    const after = await hub().models.listCommits(ID, { per: 2 });
    expect(after.items.map((c) => c.message)).toEqual(['Add b', 'Add notes']);
    expect(after.items[0]).toMatchObject({
      author_name: 'wanghh2000',
      committer_name: 'wanghh2000',
    });
    expect(after.items[0]?.id).toMatch(/^[0-9a-f]{40}$/);
    expect(after.items[0]?.id).not.toBe(after.items[1]?.id);
    // Paging counts the new commits with the generated ones.
    const ids = new Set<string>();
    for await (const c of hub().models.listCommits(ID, { per: 3 })) ids.add(c.id);
    expect(ids.size).toBe(generated + 2);
    expect((await hub().models.getLastCommit(ID)).message).toBe('Add b');
    expect((await hub().models.getFile(ID, 'notes/a.txt')).commit.message).toBe('Add notes');
    // A branch starts with its source's history; main does not see what is committed on it.
    await hub().models.createBranch(ID, 'dev');
    const branches = await hub().models.listBranches(ID);
    expect(branches.map((b) => b.name)).toEqual(['main', 'dev']);
    expect(branches[0]).toMatchObject({ message: 'Add b' });
    const dev = await hub().models.listCommits(ID, { ref: 'dev', per: 100 });
    expect(dev.items.slice(1, 3).map((c) => c.message)).toEqual(['Add b', 'Add notes']);
    expect((await hub().models.getLastCommit(ID)).message).toBe('Add b');
    await expect(hub().models.listCommits(ID, { ref: 'nowhere' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('starts a repository created through the API as the hub does: README, .gitattributes, one commit', async () => {
    const client = hub();
    const made = await client.models.create({
      namespace: 'wanghh2000',
      name: 'made-here',
      license: 'mit',
    });
    await client.datasets.create({ namespace: 'wanghh2000', name: 'made-here' });
    const model = 'wanghh2000/made-here';
    const files = await client.models.listFiles(model);
    expect(files.map((f) => f.path)).toEqual(['.gitattributes', 'README.md']);
    const readme = new TextDecoder().decode((await downloaded(model, 'README.md')).bytes);
    expect(readme).toBe('\n---\nlicense: mit\n---\n\t');
    const history = await client.models.listCommits(model);
    expect(history.items.map((c) => c.message)).toEqual(['initial commit']);
    // Made when the repository was, not on the generated history's date.
    expect(history.items[0]?.committer_date).toBe(made.created_at);
    expect((await client.models.getLastCommit(model)).message).toBe('initial commit');
    // Its .gitattributes sends weights to LFS storage; a dataset's, images too.
    const modelPlan = await client.models.upload(model, [
      { path: 'w.safetensors', content: new Uint8Array(10) },
      { path: 'a.png', content: new Uint8Array(10) },
    ]);
    expect(modelPlan.lfs).toEqual(['w.safetensors']);
    const dataPlan = await client.datasets.upload(model, [
      { path: 'a.png', content: new Uint8Array(10) },
    ]);
    expect(dataPlan.lfs).toEqual(['a.png']);
    // A repository of the dataset keeps its generated files.
    expect((await client.models.listFiles(ID)).map((f) => f.path)).toContain('config.json');

    // Deleted and made again, it starts empty again: the old writes are gone with it.
    await client.models.delete(model);
    await client.models.create({ namespace: 'wanghh2000', name: 'made-here' });
    expect((await client.models.listFiles(model)).map((f) => f.path)).toEqual([
      '.gitattributes',
      'README.md',
    ]);
    expect((await client.models.listCommits(model)).items).toHaveLength(1);
  });

  it('state shows written paths, and reset forgets them', async () => {
    await hub().models.upload(ID, [{ path: 'kept.txt', content: new Uint8Array([65]) }]);
    const state = (await (await fetch(`${mock.url}/__state`)).json()) as { files: unknown };
    expect(JSON.stringify(state.files)).toContain('kept.txt');
    await fetch(`${mock.url}/__reset`, { method: 'POST' });
    await expect(hub().models.getFile(ID, 'kept.txt')).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('refusals', () => {
  const auth = { authorization: 'Bearer t', 'content-type': 'application/json' };

  /** Opens a multipart upload through the LFS batch: its completion link and part URLs. */
  async function openMultipart(oid: string, size: number) {
    const batch = await fetch(`${mock.url}/models/${ID}.git/info/lfs/objects/batch`, {
      method: 'POST',
      headers: { ...auth, accept: 'application/vnd.git-lfs+json' },
      body: JSON.stringify({
        operation: 'upload',
        transfers: ['multipart'],
        objects: [{ oid, size }],
      }),
    });
    const answer = (await batch.json()) as {
      objects: { actions?: { upload?: { href: string; header: Record<string, string> } } }[];
    };
    return answer.objects[0]?.actions?.upload ?? { href: '', header: {} };
  }

  it('refuses a forged or altered part URL', async () => {
    await trackBin();
    const oid = 'a'.repeat(64);
    const upload = await openMultipart(oid, 10);
    const part = new URL(upload.header['1'] ?? '');
    const forged = new URL(part);
    forged.searchParams.set('X-Amz-Signature', '0'.repeat(64));
    const expired = new URL(part);
    expired.searchParams.set('X-Amz-Expires', '1');
    for (const url of [forged, expired]) {
      const response = await fetch(url, { method: 'PUT', body: 'x'.repeat(10) });
      expect(response.status).toBe(403);
    }
    const preflight = await fetch(part, {
      method: 'OPTIONS',
      headers: { origin: 'http://page.test', 'access-control-request-method': 'PUT' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PUT');
    const completion = new URL(upload.href);
    completion.searchParams.set('signature', 'f'.repeat(64));
    const refused = await fetch(completion, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ oid, parts: [{ partNumber: 1, etag: '"x"' }] }),
    });
    expect(refused.status).toBe(200);
    expect(await refused.json()).toEqual({ msg: 'invalid signature' });
  });

  it('completes with the bytes of each part as last sent, a part sent again after it was joined included', async () => {
    const data = bytesOf(3 * CHUNK + 5, 11);
    const oid = sha256(data);
    const { href, header } = await openMultipart(oid, data.length);
    const put = async (n: number, bytes: Uint8Array<ArrayBuffer>) => {
      const response = await fetch(header[String(n)] ?? '', { method: 'PUT', body: bytes });
      expect(response.status).toBe(200);
      return response.headers.get('etag') ?? '';
    };
    const slice = (n: number) => data.slice((n - 1) * CHUNK, n * CHUNK);
    const etags = [await put(1, slice(1)), await put(2, slice(2))];
    etags.push(await put(3, slice(3)), await put(4, slice(4)));
    // Part 2 again, with other bytes of its size, once the first two may be joined.
    const wrong = slice(2).map((b) => b ^ 0xff);
    etags[1] = await put(2, wrong);
    const complete = (tags: string[]) =>
      fetch(href, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ oid, parts: tags.map((etag, i) => ({ partNumber: i + 1, etag })) }),
      });
    const refused = await complete(etags);
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { msg: string }).msg).toContain('the parts make');
    etags[1] = await put(2, slice(2));
    const done = await complete(etags);
    expect([done.status, await done.text()]).toEqual([200, '']);
    const verified = await fetch(`${mock.url}/models/${ID}.git/info/lfs/verify`, {
      method: 'POST',
      headers: { ...auth, accept: 'application/vnd.git-lfs+json' },
      body: JSON.stringify({ oid, size: data.length }),
    });
    expect([verified.status, await verified.text()]).toEqual([200, 'null']);
  });

  it('refuses a part of the wrong size, one sent twice at once, and one too long, and stays usable', async () => {
    const data = bytesOf(3 * CHUNK + 7, 19);
    const oid = sha256(data);
    const { href, header } = await openMultipart(oid, data.length);
    const url = (n: number) => header[String(n)] ?? '';
    const slice = (n: number) => data.slice((n - 1) * CHUNK, n * CHUNK);

    // One byte short, by its Content-Length: refused before a byte is written.
    const short = await fetch(url(1), { method: 'PUT', body: slice(1).slice(1) });
    expect(short.status).toBe(400);
    expect(await short.text()).toContain('<Code>IncompleteBody</Code>');

    // A chunked body longer than the part: reading stops at the first byte too many.
    const long = await fetch(url(2), {
      method: 'PUT',
      body: Readable.toWeb(Readable.from([Buffer.from(slice(2)), Buffer.from('extra')])),
      duplex: 'half',
    } as RequestInit).then(
      (response) => response.status,
      () => 'dropped',
    );
    expect([400, 'dropped']).toContain(long);

    // Part 3 begun and held open; a second PUT of it meanwhile is refused.
    let release = () => undefined as unknown;
    const held = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(slice(3).slice(0, 1000));
        release = () => {
          controller.enqueue(slice(3).slice(1000));
          controller.close();
        };
      },
    });
    const first = fetch(url(3), { method: 'PUT', body: held, duplex: 'half' } as RequestInit);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const clash = await fetch(url(3), { method: 'PUT', body: slice(3) });
    expect(clash.status).toBe(409);
    expect(await clash.text()).toContain('<Code>OperationAborted</Code>');
    release();
    const third = await first;
    expect(third.status).toBe(200);

    // The rest in reverse order, then completion: the object is exactly the data.
    const etags: string[] = [];
    etags[2] = third.headers.get('etag') ?? '';
    for (const n of [4, 2, 1]) {
      const response = await fetch(url(n), { method: 'PUT', body: slice(n) });
      expect(response.status).toBe(200);
      etags[n - 1] = response.headers.get('etag') ?? '';
    }
    expect(etags[0]).toBe(`"${createHash('md5').update(slice(1)).digest('hex')}"`);
    const done = await fetch(href, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ oid, parts: etags.map((etag, i) => ({ partNumber: i + 1, etag })) }),
    });
    expect([done.status, await done.text()]).toEqual([200, '']);
    const state = (await (await fetch(`${mock.url}/__state`)).json()) as {
      files: { multipartUploads: number };
    };
    expect(state.files.multipartUploads).toBe(0);
  });

  it('refuses hostile paths as the git server does', async () => {
    const content = btoa('x');
    const raw = await fetch(`${mock.url}/api/v1/models/${ID}/raw/..%2Fescape.txt`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ content, branch: 'main', message: 'x' }),
    });
    expect(raw.status).toBe(500);
    expect(await raw.json()).toMatchObject({ code: 'GIT-ERR-22' });
    for (const path of ['../x', '/etc/passwd', 'a\\b', 'a//b']) {
      const response = await fetch(`${mock.url}/api/v1/models/${ID}/commit/main`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ message: 'x', files: [{ path, action: 'create', content }] }),
      });
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({ error: expect.any(String) as string });
    }
    const root = await hub().models.listFiles(ID);
    expect(root.map((f) => f.path)).not.toContain('escape.txt');
  });

  it('checks JSON bodies against the spec', async () => {
    const response = await fetch(`${mock.url}/api/v1/models/${ID}/commit/main`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ message: 'x', files: [{ path: 'a.txt', action: 'rename' }] }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      code: expect.stringMatching(/^REQ-ERR-/) as string,
    });
  });
});

describe('the form-data reader', () => {
  const body = (boundary: string) =>
    Buffer.from(
      [
        'preamble ignored',
        `--${boundary}`,
        'Content-Disposition: form-data; name="file_path"',
        '',
        'dir/a.bin',
        `--${boundary}`,
        'Content-Disposition: form-data; name="file"; filename="a.bin"',
        'Content-Type: application/octet-stream',
        '',
        `bytes\r\n--${boundary.slice(0, 5)} not a boundary\r\nend`,
        `--${boundary}--`,
        'epilogue',
      ].join('\r\n'),
    );

  it('reads parts whatever the chunking, boundary look-alikes included', async () => {
    const boundary = 'XyZ-boundary-123';
    for (const size of [1, 3, 7, 1000]) {
      const whole = body(boundary);
      const chunks = Array.from({ length: Math.ceil(whole.length / size) }, (_, i) =>
        whole.subarray(i * size, (i + 1) * size),
      );
      const parts: { name: string; filename: string | undefined; text: string }[] = [];
      await readForm(Readable.from(chunks), boundary, (part) => {
        const entry = { ...part, text: '' };
        parts.push(entry);
        return {
          data: (chunk) => {
            entry.text += chunk.toString('latin1');
          },
          end: () => undefined,
        };
      });
      expect(parts).toEqual([
        { name: 'file_path', filename: undefined, text: 'dir/a.bin' },
        {
          name: 'file',
          filename: 'a.bin',
          text: `bytes\r\n--${boundary.slice(0, 5)} not a boundary\r\nend`,
        },
      ]);
    }
  });

  it('refuses a form without its closing boundary, and oversized part headers', async () => {
    const cut = body('B0undary').subarray(0, 120);
    const sink = { data: () => undefined, end: () => undefined };
    await expect(readForm(Readable.from([cut]), 'B0undary', () => sink)).rejects.toBeInstanceOf(
      FormDataError,
    );
    const huge = Buffer.from(`--B0undary\r\nX-Long: ${'a'.repeat(20_000)}`);
    await expect(readForm(Readable.from([huge]), 'B0undary', () => sink)).rejects.toThrow(
      /headers too large/,
    );
  });
});
