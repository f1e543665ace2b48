import { describe, expect, it } from 'vitest';
import { AuthenticationError, NotFoundError, type CSGHub } from '../../../src/csghub/index.js';
import { anonymous, client, example, status } from './context.js';
import { collect } from '../../helpers/collect.js';

type Kind = 'models' | 'datasets' | 'codes' | 'spaces' | 'mcps';

const KINDS: { kind: Kind; id: string; anonymousGet: boolean; create: Record<string, unknown> }[] =
  [
    {
      kind: 'models',
      id: 'OpenCSG/csg-wukong-1B',
      anonymousGet: true,
      create: { name: 'csg-wukong-1B', namespace: 'OpenCSG', license: 'apache-2.0' },
    },
    {
      kind: 'datasets',
      id: 'OpenCSG/chinese-fineweb-edu',
      anonymousGet: true,
      create: { name: 'chinese-fineweb-edu', namespace: 'OpenCSG', license: 'apache-2.0' },
    },
    {
      kind: 'codes',
      id: 'OpenCSG/csghub-sdk',
      anonymousGet: true,
      create: { name: 'csghub-sdk', namespace: 'OpenCSG', license: 'apache-2.0' },
    },
    {
      kind: 'spaces',
      id: 'OpenCSG/wukong-chat',
      anonymousGet: false,
      create: {
        name: 'wukong-chat',
        namespace: 'OpenCSG',
        license: 'apache-2.0',
        sdk: 'gradio',
        resource_id: 1,
        cluster_id: 'cls-hz-1',
      },
    },
    {
      kind: 'mcps',
      id: 'OpenCSG/mcp-fetch',
      anonymousGet: true,
      create: { name: 'mcp-fetch', namespace: 'OpenCSG', license: 'apache-2.0' },
    },
  ];

const repos = (hub: CSGHub, kind: Kind) => hub[kind];

const text = async (stream: ReadableStream<Uint8Array>) => new Response(stream).text();

/** A revision's files with their blob ids and LFS objects (the model listing reads `blobs`). */
const hubRevision = async (kind: Kind, id: string) =>
  (await repos(anonymous(), kind).getRevision(id, { blobs: true })).siblings ?? [];

export function repositories(): void {
  describe.each(KINDS)('$kind', ({ kind, id, anonymousGet, create }) => {
    it('lists a page, anonymously too, and walks every page', async () => {
      const page = await repos(client(), kind).list({
        per: 10,
        search: 'wukong',
        sort: 'trending',
      });
      expect(page.items.length).toBeGreaterThan(0);
      expect(page.page).toBe(1);
      // Items of different kinds: their types do not unify, and only their number matters here.
      const all = await collect<unknown>(repos(anonymous(), kind).list());
      expect(all.length).toBeGreaterThan(0);
    });

    it('gets one repository by namespace/name', async () => {
      const hub = anonymousGet ? anonymous() : client();
      const repo = (await repos(hub, kind).get(id)) as { name?: string };
      expect(typeof repo.name).toBe('string');
      await expect(repos(client(), kind).get(id, status(404))).rejects.toBeInstanceOf(
        NotFoundError,
      );
    });

    it('creates, updates and deletes', async () => {
      const created = (await repos(client(), kind).create(create as never)) as { name?: string };
      expect(typeof created.name).toBe('string');
      const updated = await repos(client(), kind).update(id, {
        description: 'Updated by csgkit',
      });
      expect(updated).toBeTypeOf('object');
      await expect(repos(client(), kind).delete(id)).resolves.toBeUndefined();
      await expect(repos(client(), kind).delete(id, status(401))).rejects.toBeInstanceOf(
        AuthenticationError,
      );
    });

    it('lists files, reads one and downloads it', async () => {
      const files = await repos(client(), kind).listFiles(id, { path: '', ref: 'main' });
      expect(Array.isArray(files)).toBe(true);
      const file = await repos(client(), kind).getFile(id, 'README.md', { ref: 'main' });
      expect(file).toBeTypeOf('object');
      const progress: number[] = [];
      const download = await repos(client(), kind).download(id, 'config.json', {
        ref: 'main',
        onProgress: (loaded) => progress.push(loaded),
        ...example('configJson'),
      });
      expect(download.filename).toBe('config.json');
      expect(download.lfs).toBe(false);
      expect(await text(download.body)).toContain('LlamaForCausalLM');
      expect(progress.at(-1)).toBeGreaterThan(0);
    });

    it('lists every file of a revision (the SDK-compatible listing)', async () => {
      const named = await repos(anonymous(), kind).getRevision(
        id,
        {
          ref: 'main',
          blobs: true,
        },
        example(kind === 'models' ? 'withBlobs' : 'files'),
      );
      expect(named.siblings?.map((f) => f.rfilename)).toContain('tokenizer/vocab.txt');
      const listed = await repos(anonymous(), kind).getRevision(id);
      expect(listed.siblings?.map((f) => f.rfilename)).toContain('model.safetensors');
      const weights = (await hubRevision(kind, id)).find(
        (f) => f.rfilename === 'model.safetensors',
      );
      if (kind === 'models') expect(weights?.lfs?.sha256).toMatch(/^[0-9a-f]{64}$/);
      else expect(weights).toEqual({ rfilename: 'model.safetensors' });
    });

    it('downloads a file through the SDK route, a range too, and reads its HEAD', async () => {
      const file = await repos(client(), kind).resolveFile(id, 'config.json', { ref: 'main' });
      expect(file.filename).toBe('config.json');
      expect(file.offset).toBe(0);
      expect(await text(file.body)).toContain('LlamaForCausalLM');
      const rest = await repos(anonymous(), kind).resolveFile(id, 'README.md', { offset: 2 });
      expect(rest.offset).toBe(2);
      expect(await text(rest.body)).toMatch(/^OpenCSG\//);
      const example = await repos(client(), kind).resolveFile(id, 'config.json', {
        headers: { Prefer: 'example=configJson' },
      });
      expect(await text(example.body)).toContain('architectures');
      const info = await repos(anonymous(), kind).getResolvedFileInfo(id, 'config.json');
      expect(info.size).toBeGreaterThan(0);
      expect(info.blobId).toMatch(/^[0-9a-f]{40}$/);
      expect(info.commit).toMatch(/^[0-9a-f]{40}$/);
    });

    it('reads the last commit, the commits and the branches', async () => {
      const last = await repos(client(), kind).getLastCommit(id, { ref: 'main' });
      expect(last).toHaveProperty('id');
      const commits = await repos(client(), kind).listCommits(id, { ref: 'main', per: 2 });
      expect(commits.items.length).toBeGreaterThan(0);
      const branches = await repos(client(), kind).listBranches(id);
      expect(Array.isArray(branches)).toBe(true);
    });
  });
}
