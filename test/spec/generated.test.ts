import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadApis } from '../../tooling/apis.js';
import { renderMethods, renderOperations, renderTypes } from '../../scripts/generate.js';

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
});
