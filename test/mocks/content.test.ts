/**
 * The CSGHub mock's repository contents (mocks/content/), through the public client: folder
 * browsing, nested files, the LFS download with its SHA-256, ranges, refusals. Every JSON answer
 * is checked against the spec's response schema with Prism's own response validator, since
 * these answers do not pass through Prism.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { IHttpOperation } from '@stoplight/types';
import { validateOutput } from '../helpers/prism-validate.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { byteChunks } from '../../mocks/content/bytes.js';
import { parseRange } from '../../mocks/content/handler.js';
import { parseSize, REPO_KINDS, WEIGHTS_PATH } from '../../mocks/content/index.js';
import { startMock, type MockServer } from '../../mocks/launcher.js';
import { loadOperations } from '../../mocks/operations.js';
import { AuthenticationError, CSGHub, NotFoundError } from '../../src/csghub/index.js';
import { writeBundledSpec } from '../../tooling/bundled-spec.js';

/** Not a multiple of the 64 KiB block, so the last partial block is exercised. */
const WEIGHTS_BYTES = 3 * 1024 * 1024 + 12_345;
const ID = 'OpenCSG/csg-wukong-1B';

let mock: MockServer;
let operations: IHttpOperation[];
const violations: string[] = [];

/** The spec operation a file-route URL calls, by kind and route. */
function operationFor(url: URL): IHttpOperation | undefined {
  const match = /^\/api\/v1\/([a-z]+)\/[^/]+\/[^/]+\/(tree|blob|download|last_commit)(\/|$)/.exec(
    url.pathname,
  );
  if (!match) return undefined;
  const [, kind, route] = match;
  const file = route === 'blob' || route === 'download' ? '/{file_path}' : '';
  const path = `/api/v1/${kind ?? ''}/{namespace}/{name}/${route ?? ''}${file}`;
  return operations.find((op) => op.method === 'get' && op.path === path);
}

/** `fetch` that checks every JSON answer of a file route against the spec. */
const checkedFetch = async (input: RequestInfo | URL, init?: RequestInit) => {
  const response = await fetch(input, init);
  const url = new URL(input instanceof Request ? input.url : String(input));
  const operation = operationFor(url);
  if (operation && response.headers.get('content-type')?.startsWith('application/json')) {
    const result = validateOutput({
      resource: operation,
      element: {
        statusCode: response.status,
        headers: Object.fromEntries(response.headers),
        body: await response.clone().json(),
      },
    });
    if (result._tag === 'Left') {
      violations.push(
        ...result.left.map((d) => `${url.pathname}: ${(d.path ?? []).join('.')} ${d.message}`),
      );
    }
  }
  return response;
};

const hub = (signedIn = true) =>
  new CSGHub({
    token: signedIn ? 'content-test-token' : undefined,
    baseUrl: mock.url,
    fetch: checkedFetch,
    maxRetries: 0,
  });

beforeAll(async () => {
  [mock, operations] = await Promise.all([
    startMock({ api: 'csghub', errors: true, weightsBytes: WEIGHTS_BYTES }),
    writeBundledSpec('csghub').then(loadOperations),
  ]);
});

afterAll(async () => {
  await mock.stop();
});

afterEach(() => {
  expect(violations.splice(0)).toEqual([]);
});

const sha256 = async (body: ReadableStream<Uint8Array>) => {
  const hash = createHash('sha256');
  let bytes = 0;
  const reader = body.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    hash.update(next.value);
    bytes += next.value.byteLength;
  }
  return { hex: hash.digest('hex'), bytes };
};

/** A GET sent as written, `..` and all (fetch would resolve dot segments first). */
function rawGet(target: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    // Options rather than a URL string: a URL would resolve the dot segments.
    const request = http.get({ host: '127.0.0.1', port: mock.port, path: target }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, body });
      });
    });
    request.on('error', reject);
  });
}

describe('repository contents', () => {
  it.each(REPO_KINDS)(
    '%s: browses every folder, two levels deep, through the client',
    async (kind) => {
      const repos = hub()[kind];
      const seen: string[] = [];
      const walk = async (path: string): Promise<void> => {
        const entries = await repos.listFiles(ID, path ? { path } : {});
        for (const entry of entries) {
          expect(entry.path).toBe(path ? `${path}/${entry.name}` : entry.name);
          seen.push(`${entry.type} ${entry.path}`);
          if (entry.type === 'dir') await walk(entry.path);
        }
      };
      await walk('');
      expect(seen.sort()).toEqual([
        'dir examples',
        'dir examples/python',
        'dir tokenizer',
        'file README.md',
        'file config.json',
        'file examples/python/infer.py',
        `file ${WEIGHTS_PATH}`,
        'file tokenizer/tokenizer.json',
        'file tokenizer/vocab.txt',
      ]);
      const readme = await repos.getFile(ID, 'README.md');
      const text = Buffer.from(readme.content, 'base64').toString('utf8');
      expect(text).toContain(ID);
      expect(text).toMatch(/[\u4e00-\u9fff]/);
    },
  );

  it('reads a nested file and downloads it, by its unencoded path', async () => {
    const file = await hub().models.getFile(ID, 'tokenizer/tokenizer.json');
    expect(file).toMatchObject({
      name: 'tokenizer.json',
      path: 'tokenizer/tokenizer.json',
      lfs: false,
    });
    const json = JSON.parse(Buffer.from(file.content, 'base64').toString('utf8')) as {
      model: { vocab: Record<string, number> };
    };
    expect(json.model.vocab).toHaveProperty('csg-wukong-1B');
    expect(file.size).toBe(Buffer.from(file.content, 'base64').byteLength);
    const download = await hub().models.download(ID, 'examples/python/infer.py');
    expect(download.filename).toBe('infer.py');
    const bytes = await new Response(download.body).text();
    expect(bytes).toContain(`from_pretrained("${ID}")`);
    expect(download.size).toBe(Buffer.byteLength(bytes));
  });

  it('gives every repository its own bytes, the same on every call', async () => {
    const config = async (id: string) =>
      new Response((await hub().models.download(id, 'config.json')).body).text();
    const [a, again, b] = await Promise.all([config(ID), config(ID), config('someone/else')]);
    expect(a).toBe(again);
    expect(a).not.toBe(b);
  });

  it('downloads the LFS weights with several progress events and the pointer SHA-256', async () => {
    const [entry] = (await hub().models.listFiles(ID)).filter((e) => e.path === WEIGHTS_PATH);
    expect(entry).toMatchObject({ lfs: true, size: WEIGHTS_BYTES });
    expect(entry?.lfs_sha256).toMatch(/^[0-9a-f]{64}$/);
    const progress: number[] = [];
    const download = await hub().models.download(ID, WEIGHTS_PATH, {
      onProgress: (loaded) => progress.push(loaded),
    });
    expect(download).toMatchObject({ lfs: true, size: WEIGHTS_BYTES, sha256: entry?.lfs_sha256 });
    const { hex, bytes } = await sha256(download.body);
    expect(bytes).toBe(WEIGHTS_BYTES);
    expect(hex).toBe(entry?.lfs_sha256);
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.at(-1)).toBe(WEIGHTS_BYTES);
    const blob = await hub().models.getFile(ID, WEIGHTS_PATH);
    const pointer = Buffer.from(blob.content, 'base64').toString('utf8');
    expect(pointer).toContain(`oid sha256:${hex}\nsize ${String(WEIGHTS_BYTES)}\n`);
    expect(blob.lfs_pointer_size).toBe(Buffer.byteLength(pointer));
  });

  it('answers ranges of the stored object (206, Content-Range, ETag) and refuses past the end (416)', async () => {
    const [entry] = (await hub().models.listFiles(ID)).filter((e) => e.path === WEIGHTS_PATH);
    const oid = entry?.lfs_sha256 ?? '';
    const signed = await fetch(`${mock.url}/api/v1/models/${ID}/download/${oid}?lfs=true`);
    const url = ((await signed.json()) as { data: string }).data;
    const whole = Buffer.from(await (await fetch(url)).arrayBuffer());
    expect(createHash('sha256').update(whole).digest('hex')).toBe(oid);
    // A resume: the first part, then the rest from where it stopped.
    const cut = 1_000_003;
    const head = await fetch(url, { headers: { range: `bytes=0-${String(cut - 1)}` } });
    const tail = await fetch(url, { headers: { range: `bytes=${String(cut)}-` } });
    expect(head.status).toBe(206);
    expect(tail.status).toBe(206);
    expect(tail.headers.get('content-range')).toBe(
      `bytes ${String(cut)}-${String(WEIGHTS_BYTES - 1)}/${String(WEIGHTS_BYTES)}`,
    );
    expect(tail.headers.get('content-length')).toBe(String(WEIGHTS_BYTES - cut));
    expect(tail.headers.get('etag')).toBe(`"${oid}"`);
    const joined = Buffer.concat([
      Buffer.from(await head.arrayBuffer()),
      Buffer.from(await tail.arrayBuffer()),
    ]);
    expect(joined.equals(whole)).toBe(true);
    const past = await fetch(url, { headers: { range: `bytes=${String(WEIGHTS_BYTES)}-` } });
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe(`bytes */${String(WEIGHTS_BYTES)}`);
    const suffix = await fetch(`${mock.url}/api/v1/models/${ID}/download/config.json`, {
      headers: { range: 'bytes=-2' },
    });
    expect(suffix.status).toBe(206);
    expect(await suffix.text()).toBe('}\n');
  });

  it('answers 404 in the service shape for paths that name nothing', async () => {
    await expect(hub().models.getFile(ID, 'missing.txt')).rejects.toBeInstanceOf(NotFoundError);
    await expect(hub().models.listFiles(ID, { path: 'tokenizer/missing' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(hub().models.listFiles(ID, { path: 'config.json' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(hub().models.download(ID, 'tokenizer')).rejects.toBeInstanceOf(NotFoundError);
    const lfs = await checkedFetch(
      `${mock.url}/api/v1/models/${ID}/download/${'0'.repeat(64)}?lfs=true`,
    );
    expect(lfs.status).toBe(404);
    expect(await lfs.json()).toEqual({ msg: 'GIT-ERR-15: file not found', code: 'GIT-ERR-15' });
  });

  it('reads the %2F form of nested paths as the unencoded one', async () => {
    const base = `${mock.url}/api/v1/datasets/${ID}`;
    const headers = { authorization: 'Bearer content-test-token' };
    const read = async (target: string) =>
      (await (await checkedFetch(`${base}${target}`, { headers })).json()) as unknown;
    const plain = await read('/blob/tokenizer/vocab.txt');
    const encoded = await read('/blob/tokenizer%2Fvocab.txt');
    expect(plain).toHaveProperty('data.path', 'tokenizer/vocab.txt');
    expect(encoded).toEqual(plain);
    const tree = await checkedFetch(`${base}/tree?path=examples%2Fpython`, { headers });
    expect(((await tree.json()) as { data: { path: string }[] }).data.map((e) => e.path)).toEqual([
      'examples/python/infer.py',
    ]);
  });

  it("keeps the spec's token rules: a dataset tree needs one, a model tree does not", async () => {
    await expect(hub(false).datasets.listFiles(ID)).rejects.toBeInstanceOf(AuthenticationError);
    expect((await hub(false).models.listFiles(ID)).length).toBeGreaterThan(0);
    expect(await hub(false).models.getLastCommit(ID)).toHaveProperty('id');
  });

  it('refuses dot segments, backslashes and overlong paths, and keeps serving', async () => {
    const base = `/api/v1/models/${ID}`;
    const hostile = [
      `${base}/blob/../../../etc/passwd`,
      `${base}/download/%2E%2E/config.json`,
      `${base}/download/tokenizer/..%2F..%2Fconfig.json`,
      `${base}/blob/tokenizer%5C..%5Cconfig.json`,
      `${base}/tree?path=..%2F..`,
      `${base}/blob/${'a/'.repeat(2000)}x`,
      `${base}/download/${'%2F'.repeat(600)}config.json/`,
      `/lfs-storage/models/${ID}/${'f'.repeat(64)}`,
      `/lfs-storage/models/${ID}/../../etc/passwd`,
    ];
    for (const target of hostile) {
      const { status } = await rawGet(target);
      expect([400, 404], target).toContain(status);
    }
    expect((await rawGet(`${base}/blob/config.json`)).status).toBe(200);
  });
});

describe('content building blocks', () => {
  it('has a schema check that notices a wrong answer', async () => {
    const operation = operationFor(new URL(`${mock.url}/api/v1/models/${ID}/tree`));
    expect(operation?.iid).toBe('listModelFiles');
    const check = (body: unknown) =>
      validateOutput({
        resource: operation as IHttpOperation,
        element: { statusCode: 200, headers: { 'content-type': 'application/json' }, body },
      })._tag;
    const answer = JSON.parse((await rawGet(`/api/v1/models/${ID}/tree`)).body) as {
      data: Record<string, unknown>[];
    };
    const entry = answer.data[0] ?? {};
    const withEntry = (change: Record<string, unknown>) => ({
      ...answer,
      data: [{ ...entry, ...change }],
    });
    expect(check(answer)).toBe('Right');
    expect(check(withEntry({ type: 'folder' }))).toBe('Left');
    expect(check(withEntry({ size: '1' }))).toBe('Left');
    const { path: _, ...withoutPath } = entry;
    expect(check({ ...answer, data: [withoutPath] })).toBe('Left');
  });

  it('produces any range of the generated bytes as the same slice of the whole', () => {
    const seed = 'models/a/b';
    const size = 200_000;
    const whole = Buffer.concat([...byteChunks(seed, 0, size)]);
    expect(whole.byteLength).toBe(size);
    for (const [start, end] of [
      [0, 1],
      [65_535, 65_537],
      [131_072, 200_000],
      [70_000, 199_999],
    ] as const) {
      expect(
        Buffer.concat([...byteChunks(seed, start, end)]).equals(whole.subarray(start, end)),
      ).toBe(true);
    }
    // Blocks are stamped with their index, so equal blocks never repeat.
    expect(whole.subarray(0, 65_536).equals(whole.subarray(65_536, 131_072))).toBe(false);
  });

  it('reads Range headers as RFC 9110 describes', () => {
    expect(parseRange(undefined, 10)).toBeUndefined();
    expect(parseRange('bytes=2-4', 10)).toEqual({ start: 2, end: 5 });
    expect(parseRange('bytes=5-', 10)).toEqual({ start: 5, end: 10 });
    expect(parseRange('bytes=-3', 10)).toEqual({ start: 7, end: 10 });
    expect(parseRange('bytes=-30', 10)).toEqual({ start: 0, end: 10 });
    expect(parseRange('bytes=8-100', 10)).toEqual({ start: 8, end: 10 });
    expect(parseRange('bytes=10-', 10)).toBeNull();
    expect(parseRange('bytes=4-2', 10)).toBeNull();
    expect(parseRange('bytes=-0', 10)).toBeNull();
    expect(parseRange('bytes=0-1,4-5', 10)).toBeUndefined();
    expect(parseRange('items=0-1', 10)).toBeUndefined();
  });

  it('parses --weights-size values', () => {
    expect(parseSize('1024')).toBe(1024);
    expect(parseSize('8MiB')).toBe(8 * 1024 ** 2);
    expect(parseSize('1 GiB')).toBe(1024 ** 3);
    expect(parseSize('1.5k')).toBe(1536);
    expect(() => parseSize('lots')).toThrow(/invalid size "lots"/);
    expect(() => parseSize('-1')).toThrow(/invalid size/);
  });
});
