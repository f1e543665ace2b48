import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT, bundleApi, listOperations, loadApis } from '../../tooling/apis.js';
import { buildCodeSamples, type OperationSamples } from '../../scripts/lib/code-samples.js';
import {
  CLIENT_EXAMPLES,
  ERROR_ROWS,
  docsSpec,
  mergeSections,
  type DocsSpec,
} from '../../scripts/lib/docs-guide.js';
import * as cfgpuExports from '../../src/cfgpu/index.js';
import { CFGPU } from '../../src/cfgpu/index.js';
import * as coreExports from '../../src/core/index.js';
import { errorClassForStatus } from '../../src/core/errors.js';
import { shouldRetry } from '../../src/core/retry.js';
import { CSGHub } from '../../src/csghub/index.js';

const apis = await loadApis();
const specs = new Map<string, DocsSpec>(
  await Promise.all(apis.map(async (api) => [api.name, await docsSpec(api)] as const)),
);
const clients: Record<string, object> = {
  csghub: new CSGHub({ token: 't' }),
  cfgpu: new CFGPU({ token: 't' }),
};

/** The samples as they would be if no operation declared a client method. */
const unwrapped = new Map<string, OperationSamples[]>(
  await Promise.all(
    apis.map(async (api) => {
      const spec = specs.get(api.name);
      if (!spec) throw new Error(`no docs spec for ${api.name}`);
      const doc = await bundleApi(api, true);
      const map = { ...spec.map, byOperation: new Map() };
      return [api.name, buildCodeSamples(doc, map, spec.setup)] as const;
    }),
  ),
);

function specOf(name: string): DocsSpec {
  const spec = specs.get(name);
  if (!spec) throw new Error(`no docs spec for ${name}`);
  return spec;
}

const sourceOf = (spec: DocsSpec, operationId: string, label: string) =>
  spec.samples.find((s) => s.operationId === operationId)?.samples.find((s) => s.label === label)
    ?.source ?? '';

/** The value at `path` below `root`, or undefined when a step is missing. */
function resolve(root: object, steps: string[]): unknown {
  let value: unknown = root;
  for (const step of steps) {
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null)
      return undefined;
    value = (value as Record<string, unknown>)[step];
  }
  return value;
}

describe.each(apis)('code samples for $name', (api) => {
  const spec = specOf(api.name);

  it('gives every operation a TypeScript and a curl sample, in the docs copy of the spec', async () => {
    const operations = listOperations(await bundleApi(api, true));
    expect(operations.length).toBeGreaterThan(0);
    for (const op of operations) {
      const decorated = spec.doc.paths[op.path]?.[op.method] as
        { 'x-codeSamples'?: { lang: string; label: string; source: string }[] } | undefined;
      const samples = decorated?.['x-codeSamples'] ?? [];
      expect(
        samples.map((s) => s.label),
        op.operationId,
      ).toEqual(['TypeScript', 'curl']);
      for (const sample of samples) expect(sample.source.trim(), op.operationId).not.toBe('');
    }
  });

  it('calls the client method each operation declares', async () => {
    expect(spec.undeclared).toEqual([]);
    const declared = new Map(
      listOperations(await bundleApi(api, true)).map((op) => [op.operationId, op.clientMethod]),
    );
    for (const { operationId, call } of spec.samples)
      expect(call?.join('.'), operationId).toBe(declared.get(operationId));
  });

  it('calls a method that exists on a real client, after the standard setup', () => {
    const client = clients[api.name];
    expect(client).toBeDefined();
    const { className, tokenEnv } = spec.setup;
    for (const { operationId, call } of spec.samples) {
      if (!call) continue;
      expect(typeof resolve(client ?? {}, call), `${operationId}: ${call.join('.')}`).toBe(
        'function',
      );
      const source = sourceOf(spec, operationId, 'TypeScript');
      expect(source).toContain(`import { ${className} } from 'csgkit/${api.name}';`);
      expect(source).toContain(
        `const ${api.name} = new ${className}({ token: process.env.${tokenEnv} });`,
      );
      expect(source, operationId).toContain(`${api.name}.${call.join('.')}(`);
    }
  });

  it('falls back to the raw client, or to fetch without one, when an operation declares no method', () => {
    const { rawClient } = spec.setup;
    for (const { operationId, call, samples } of unwrapped.get(api.name) ?? []) {
      expect(call).toBeUndefined();
      const source = samples.find((s) => s.label === 'TypeScript')?.source ?? '';
      if (rawClient) expect(source, operationId).toContain(`await ${rawClient}(${api.name}).`);
      else expect(source, operationId).toContain('await fetch(');
    }
    if (api.name === 'cfgpu') expect(rawClient).toBe('createRawClient');
    if (api.name === 'csghub') expect(rawClient).toBeUndefined();
  });

  it('writes curl commands for the first server, with the method, path, auth and body', async () => {
    const operations = listOperations(await bundleApi(api, true));
    const { server, authPrefix, tokenEnv } = spec.setup;
    expect(server).toMatch(/^https:\/\//);
    for (const op of operations) {
      const curl = sourceOf(spec, op.operationId, 'curl');
      expect(curl, op.operationId).toMatch(/^curl /);
      const url = /'(https?:[^']+)'/.exec(curl)?.[1] ?? '';
      expect(url.startsWith(server), op.operationId).toBe(true);
      const { pathname } = new URL(url);
      const pattern = op.path.replace(/\{[^}]+\}/g, '[^/]+(?:/[^/]+)*');
      expect(decodeURI(pathname), op.operationId).toMatch(new RegExp(`^${pattern}$`));
      if (op.method === 'get') expect(curl).not.toContain(' -X ');
      else expect(curl, op.operationId).toContain(`-X ${op.method.toUpperCase()}`);
      expect(curl, op.operationId).toContain(`-H "Authorization: ${authPrefix}$${tokenEnv}"`);
      const body = /-d '([\s\S]*)'\n?$/.exec(curl)?.[1];
      if (body !== undefined) expect(() => JSON.parse(body) as unknown).not.toThrow();
    }
  });

  it('adds authentication, errors and pagination to the description, once each', () => {
    const description = spec.doc.info.description ?? '';
    for (const heading of ['Authentication', 'Errors', 'Pagination'])
      expect(description.match(new RegExp(`^## ${heading}$`, 'gm'))).toHaveLength(1);
    expect(description).toContain(`${spec.setup.authPrefix}$${spec.setup.tokenEnv}`);
    for (const row of ERROR_ROWS.filter((r) => !r.only || r.only === api.name))
      for (const name of row.classes) expect(description).toContain(`\`${name}\``);
  });

  it('names only pagination fields that the spec or the client has', async () => {
    const description = spec.doc.info.description ?? '';
    const section = description.split(/^## /m).find((part) => part.startsWith('Pagination\n'));
    const prose = (section ?? '').replace(/```[\s\S]*?```/g, '');
    const names = [...prose.matchAll(/`([A-Za-z_][\w.]*)(?:\(\))?`/g)].map((m) => m[1] ?? '');
    expect(names.length).toBeGreaterThan(3);
    const known = [
      JSON.stringify(await bundleApi(api)),
      await readFile(path.join(ROOT, 'src', api.name, 'pagination.ts'), 'utf8'),
      await readFile(path.join(ROOT, 'src', 'core', 'pagination.ts'), 'utf8'),
      await readFile(path.join(ROOT, 'src', api.name, 'resources', 'instances.ts'), 'utf8').catch(
        () => '',
      ),
    ].join('\n');
    for (const name of names)
      for (const part of name.split('.')) expect(known, name).toMatch(new RegExp(`\\b${part}\\b`));
  });
});

describe('CSGHub repository samples', () => {
  it("name each kind's own example repository, not the model of the shared parameters", () => {
    const spec = specOf('csghub');
    const reads = {
      getModel: 'models',
      getDataset: 'datasets',
      getCode: 'codes',
      getSpace: 'spaces',
      getMcpServer: 'mcps',
    };
    const names = new Set<string>();
    for (const [operationId, kind] of Object.entries(reads)) {
      const repo = /'(OpenCSG\/[^']+)'/.exec(sourceOf(spec, operationId, 'TypeScript'))?.[1];
      expect(repo, operationId).toBeDefined();
      expect(sourceOf(spec, operationId, 'curl')).toContain(`/api/v1/${kind}/${String(repo)}`);
      names.add(String(repo));
    }
    expect(names.size).toBe(Object.keys(reads).length);
    // Routes below a repository use it too.
    expect(sourceOf(spec, 'streamSpaceStatus', 'TypeScript')).toContain(
      /'(OpenCSG\/[^']+)'/.exec(sourceOf(spec, 'getSpace', 'TypeScript'))?.[1] ?? 'missing',
    );
  });
});

describe('client samples', () => {
  it('type-check against the sources, as do the index examples', { timeout: 60_000 }, async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'csgkit-samples-'));
    try {
      const files: string[] = [];
      const write = async (name: string, source: string) => {
        const file = path.join(dir, `${name}.mts`);
        await writeFile(file, source);
        files.push(file);
      };
      for (const [api, spec] of specs) {
        for (const { operationId } of spec.samples)
          await write(`${api}-${operationId}`, sourceOf(spec, operationId, 'TypeScript'));
      }
      for (const [api, source] of Object.entries(CLIENT_EXAMPLES))
        await write(`index-${api}`, source);
      // The control: a sample calling a method that does not exist must fail.
      const control = sourceOf(specOf('cfgpu'), 'listRegions', 'TypeScript');
      expect(control).toContain('cfgpu.regions.list(');
      await write('control', control.replace('regions.list(', 'regions.listAll('));

      const configFile = path.join(ROOT, 'tsconfig.json');
      const { config } = ts.readConfigFile(configFile, (file) => ts.sys.readFile(file)) as {
        config: unknown;
      };
      const base = ts.parseJsonConfigFileContent(config, ts.sys, ROOT, {}, configFile).options;
      const program = ts.createProgram({
        rootNames: files,
        options: {
          ...base,
          noEmit: true,
          // `process.env.CSGHUB_TOKEN` is how users write it; the repository's own style rule
          // (bracket access on index signatures) is not a user's.
          noPropertyAccessFromIndexSignature: false,
          types: ['node'],
          typeRoots: [path.join(ROOT, 'node_modules', '@types')],
          paths: Object.fromEntries(
            apis.map((api) => [
              `csgkit/${api.name}`,
              [path.join(ROOT, 'src', api.name, 'index.ts')],
            ]),
          ),
        },
      });
      const problems = ts.getPreEmitDiagnostics(program).map((d) => {
        const where = d.file
          ? `${path.basename(d.file.fileName)}:${String(d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1)}`
          : '';
        return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
      });
      expect(files.length).toBeGreaterThan(apis.length);
      expect(problems.filter((p) => !p.startsWith('control.mts'))).toEqual([]);
      expect(problems.filter((p) => p.startsWith('control.mts')).join('\n')).toContain(
        "Property 'listAll' does not exist",
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the error table', () => {
  const exported: Record<string, unknown> = { ...coreExports, ...cfgpuExports };

  it('names error classes the client exports', () => {
    for (const row of ERROR_ROWS)
      for (const name of row.classes) expect(typeof exported[name], name).toBe('function');
  });

  it('says which class each HTTP status raises and whether a read is retried', () => {
    const rows = ERROR_ROWS.filter((row) => row.status !== undefined);
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) {
      const status = row.status ?? 0;
      expect(errorClassForStatus(status).name, row.condition).toBe(row.classes[0]);
      const retried = shouldRetry({ attempt: 1, method: 'GET', retryable: true, status });
      expect(retried ? 'yes' : 'no', row.condition).toBe(row.retried);
    }
  });

  it('retries connection failures and timeouts of reads', () => {
    for (const name of ['APIConnectionError', 'APIConnectionTimeoutError']) {
      const row = ERROR_ROWS.find((r) => r.classes.includes(name));
      expect(row?.retried).toBe('yes');
    }
    expect(shouldRetry({ attempt: 1, method: 'GET', retryable: true })).toBe(true);
  });
});

describe('mergeSections', () => {
  it('appends to a section of the same name and adds the others at the end', () => {
    const merged = mergeSections('Intro.\n\n## Authentication\nBearer.\n\n## Units\nGB.\n', [
      ['Authentication', 'From the client.'],
      ['Errors', 'A table.'],
    ]);
    expect(merged).toBe(
      'Intro.\n\n## Authentication\nBearer.\n\nFrom the client.\n\n## Units\nGB.\n\n## Errors\nA table.\n',
    );
  });
});
