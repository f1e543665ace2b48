import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadApis, type ApiEntry } from '../../tooling/apis.js';
import {
  renderAliases,
  renderCatalog,
  renderMethods,
  renderOperations,
  renderTypes,
} from '../../scripts/generate.js';

describe.each(await loadApis())('generated/ for $name', (api) => {
  it('types match the spec (run `npm run generate` after editing specs/)', async () => {
    expect(await readFile(api.typesFile, 'utf8')).toBe(await renderTypes(api));
  });

  it('operation table matches the spec', async () => {
    expect(await readFile(api.operationsFile, 'utf8')).toBe(await renderOperations(api));
  });

  it('method table matches the spec', async () => {
    expect(await readFile(api.methodsFile, 'utf8')).toBe(await renderMethods(api));
  });

  it('type aliases match the spec', async () => {
    expect(await readFile(api.aliasesFile, 'utf8')).toBe(await renderAliases(api));
  });

  it('operation catalogue matches the spec', async () => {
    const file = api.typesFile.replace(/\.d\.ts$/, '.catalog.ts');
    expect(await readFile(file, 'utf8')).toBe(await renderCatalog(api));
  });
});

/** The aliases of a one-file spec with these schemas and this operation. */
async function aliasesOf(schemas: object, operation: object): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'csgkit-aliases-'));
  try {
    const root = path.join(dir, 'openapi.json');
    const spec = {
      openapi: '3.1.0',
      info: { title: 'Scratch', version: '1' },
      paths: { '/things': { post: { operationId: 'createThing', ...operation } } },
      components: { schemas },
    };
    await writeFile(root, JSON.stringify(spec));
    const api: ApiEntry = {
      name: 'scratch',
      root,
      typesFile: path.join(dir, 'scratch.d.ts'),
      operationsFile: path.join(dir, 'scratch.operations.ts'),
      methodsFile: path.join(dir, 'scratch.methods.ts'),
      aliasesFile: path.join(dir, 'scratch.types.ts'),
    };
    return await renderAliases(api);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const thing = { type: 'object', description: 'A thing.', 'x-csgkit-type': 'Thing' };
const body = {
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
};

describe('type aliases', () => {
  it('alias the schema and the request body, with their descriptions', async () => {
    const text = await aliasesOf(
      { Thing: thing },
      {
        summary: 'Create a thing',
        'x-csgkit-method': 'things.create',
        'x-csgkit-params': 'ThingCreateParams',
        requestBody: body,
        responses: { '204': { description: 'Created.' } },
      },
    );
    expect(text).toContain("/** A thing. */\nexport type Thing = components['schemas']['Thing'];");
    expect(text).toContain('/** Parameters of `things.create()`: Create a thing. */');
    expect(text).toContain("export type ThingCreateParams = operations['createThing'] extends");
  });

  it('refuse a name declared twice', async () => {
    const other = { ...thing, 'x-csgkit-type': ['Other', 'Thing'] };
    await expect(
      aliasesOf(
        { Thing: thing, Other: other },
        { responses: { '204': { description: 'Created.' } } },
      ),
    ).rejects.toThrow('schema Other declares Thing again');
  });

  it('refuse parameters on an operation that takes neither a body nor a query', async () => {
    await expect(
      aliasesOf(
        { Thing: thing },
        { 'x-csgkit-params': 'ThingCreateParams', responses: { '204': { description: 'Ok.' } } },
      ),
    ).rejects.toThrow('createThing declares ThingCreateParams but takes no body or query');
  });
});
