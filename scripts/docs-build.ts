/**
 * Builds the static docs site into `build/docs/`: one Redoc page per API (scripts inlined, so
 * it works offline), rendered from a copy of its spec with code samples and guide sections
 * (`<api>.openapi.yaml`), and an index page introducing the APIs, the client, the mock and
 * the command line. The markup is in `scripts/docs/`; this file computes what fills it.
 *
 *   npm run docs:build
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { stringify } from 'yaml';
import { DEFAULT_PORTS, type ServiceName } from '../mocks/config.js';
import { ROOT, loadApis, type ApiEntry } from '../tooling/apis.js';
import { digestFiles } from '../tooling/digest.js';
import { keepPageOffline } from './lib/docs-offline.js';
import { CLIENT_EXAMPLES, docsSpec, errorRowsFor, type DocsSpec } from './lib/docs-guide.js';
import { escapeHtml, loadTemplate } from './lib/html-template.js';

export const DOCS_DIR = path.join(ROOT, 'build', 'docs');
const DOCS_TEMPLATES = path.join(ROOT, 'scripts', 'docs');

function redoclyBin(): string {
  const require = createRequire(import.meta.url);
  const pkgFile = require.resolve('@redocly/cli/package.json');
  const pkg = require(pkgFile) as { bin: { redocly: string } };
  return path.join(path.dirname(pkgFile), pkg.bin.redocly);
}

function run(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`redocly ${args.slice(1).join(' ')} failed (${code}):\n${output}`));
    });
  });
}

interface PageInfo {
  api: ApiEntry;
  title: string;
  summary: string;
  operations: number;
  file: string;
  spec: DocsSpec;
}

/** Writes the docs' copy of the spec (samples, guide sections) and renders it with Redoc. */
async function buildApiPage(api: ApiEntry): Promise<PageInfo> {
  const spec = await docsSpec(api);
  // Not build/specs/<api>.yaml: the mock server reads that file and restarts when it changes.
  const specFile = path.join(DOCS_DIR, `${api.name}.openapi.yaml`);
  await writeFile(specFile, stringify(spec.doc, { lineWidth: 0 }));
  const file = `${api.name}.html`;
  await run([
    redoclyBin(),
    'build-docs',
    specFile,
    '--inlineBundle',
    '--config',
    path.join(ROOT, 'scripts', 'docs', 'redocly.yaml'),
    '--template',
    path.join(DOCS_TEMPLATES, 'template.hbs'),
    '-o',
    path.join(DOCS_DIR, file),
  ]);
  await keepPageOffline(path.join(DOCS_DIR, file));
  const info = spec.doc.info as { title: string; summary?: string };
  return {
    api,
    title: info.title,
    summary: info.summary ?? '',
    operations: spec.samples.length,
    file,
    spec,
  };
}

/** Escapes, then turns Markdown backticks into `<code>`. */
const inline = (markdown: string) => escapeHtml(markdown).replace(/`([^`]+)`/g, '<code>$1</code>');

function errorRows(): string {
  return errorRowsFor()
    .map((row) => {
      const classes = row.classes.map((c) => `<code>${escapeHtml(c)}</code>`).join(' / ');
      const note = row.note ? ` ${inline(row.note)}` : '';
      return `<tr><td>${inline(row.condition)}</td><td>${classes}${note}</td><td>${row.retried}</td></tr>`;
    })
    .join('\n    ');
}

function authRows(pages: PageInfo[]): string {
  return pages
    .map(({ title, spec: { setup, map } }) => {
      const header = setup.authPrefix
        ? `<code>Authorization: ${escapeHtml(setup.authPrefix)}&lt;token&gt;</code>; the client adds <code>${escapeHtml(setup.authPrefix.trim())}</code> to a bare token`
        : '<code>Authorization: &lt;token&gt;</code> or <code>Bearer &lt;token&gt;</code>, sent as given';
      const vars = map.env.map((name) => `<code>${escapeHtml(name)}</code>`).join(', ');
      return `<tr><td>${escapeHtml(title)}</td><td>${header}</td><td>${vars}</td></tr>`;
    })
    .join('\n    ');
}

function mockRows(pages: PageInfo[]): string {
  return pages
    .map(
      (p) =>
        `<tr><td>${escapeHtml(p.title)}</td><td><code>http://127.0.0.1:${DEFAULT_PORTS[p.api.name as ServiceName]}</code></td><td><code>${escapeHtml(p.spec.setup.server)}</code></td></tr>`,
    )
    .join('\n    ');
}

/** Shell sessions shown on the index page, against the mocks' default ports. */
function shellSamples(): Record<'mockCommands' | 'preferCommands' | 'cliCommands', string> {
  const { csghub, cfgpu, docs } = DEFAULT_PORTS;
  return {
    mockCommands: `npm start                      # mocks on :${csghub} (CSGHub) and :${cfgpu} (CFGPU), docs on :${docs}
npm start -- --seed-value 7    # another generated dataset (lists, reads and writes in memory)
npm start -- --examples        # the spec's named examples only, no dataset
npm start -- --dynamic         # generated from the schemas what the dataset does not answer

curl http://127.0.0.1:${cfgpu}/__health    # readiness: 200 and a JSON status, on each mock port`,
    preferCommands: `curl -H 'Authorization: any-token' -H 'Prefer: example=insufficientBalance' \\
  -X POST -H 'Content-Type: application/json' \\
  -d '{"priceType":"Day","regionCode":"hz","gpuType":"qnid2x6c","gpuNum":1,"imageId":"image_exc6f72b"}' \\
  http://127.0.0.1:${cfgpu}/userapi/v1/instance/create
curl -H 'Authorization: Bearer any-token' -H 'Prefer: code=404' \\
  http://127.0.0.1:${csghub}/api/v1/models/OpenCSG/csg-wukong-1B`,
    cliCommands: `npx csghub --help
npx cfgpu --help

export CSGHUB_URL=http://127.0.0.1:${csghub} CSGHUB_TOKEN=any-token   # against the mock
npx csghub models list --per 5
npx csghub models get OpenCSG/csg-wukong-1B --json
npx csghub models download OpenCSG/csg-wukong-1B config.json

export CFGPU_BASE_URL=http://127.0.0.1:${cfgpu} CFGPU_API_TOKEN=any-token
npx cfgpu regions
npx cfgpu instances create --region hz --gpu 4090 --image image_exc6f72b --wait
npx cfgpu instances release instance-8f3kq2m1 --yes`,
  };
}

/** The `mcpServers` entry MCP clients (Claude Desktop, Claude Code, Cursor) read. */
export const MCP_CONFIG = `{
  "mcpServers": {
    "csgkit": {
      "command": "npx",
      "args": ["-y", "-p", "csgkit", "csgkit-mcp"],
      "env": {
        "CSGHUB_TOKEN": "<your CSGHub token>",
        "CFGPU_API_TOKEN": "<your CFGPU token>"
      }
    }
  }
}`;

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * `llms.txt` (llmstxt.org): what the site holds, for a language model reading it, with links to
 * each API's reference and the sections of the index page, the MCP server among them.
 */
export function llmsText(pages: Pick<PageInfo, 'title' | 'summary' | 'operations' | 'file'>[]) {
  return [
    '# csgkit API documentation',
    '',
    '> Reference documentation for the CSGHub (model hub) and CFGPU (GPU cloud) HTTP APIs, generated',
    '> from hand-written OpenAPI 3.1 specs that also drive a typed TypeScript client, the `csghub`',
    '> and `cfgpu` command-line tools, local mock servers and `csgkit-mcp`, an MCP server for agents.',
    '',
    '## APIs',
    '',
    ...pages.map(
      (p) => `- [${p.title}](${p.file}): ${oneLine(p.summary)} (${p.operations} operations)`,
    ),
    '',
    '## MCP server',
    '',
    '- [csgkit-mcp](index.html#mcp): a stdio MCP server over both APIs: curated tools (search',
    '  and inspect repositories, read files, deploy and watch inference, chat, balance and bills,',
    '  CFGPU regions, GPUs, images and instances) plus `search_operations` and `call_operation`',
    '  over every operation. Read-only unless started with `--allow-writes`; destructive or billed',
    '  calls also need `confirm: true`; `--max-spend` caps estimated spending.',
    '',
    '## Optional',
    '',
    '- [TypeScript client](index.html#client): one client per API, typed errors, retries, pagination.',
    '- [Authentication](index.html#auth): tokens and environment variables.',
    '- [Local mock](index.html#mock): mocks of both APIs and their scenarios.',
    '- [Command line](index.html#cli): the `csghub` and `cfgpu` commands.',
    '- [Errors](index.html#errors): error classes and what is retried.',
    '',
  ].join('\n');
}

/** The index page: `scripts/docs/index.html`, with one card and one client example per API. */
async function indexPage(pages: PageInfo[]): Promise<string> {
  const load = (name: string) => loadTemplate(path.join(DOCS_TEMPLATES, name));
  const [page, card, example] = await Promise.all([
    load('index.html'),
    load('index-card.html'),
    load('index-example.html'),
  ]);
  // Each part ends in its file's newline; the page puts a line break between parts.
  const parts = (rendered: string[]) => rendered.map((part) => part.trimEnd()).join('\n');
  const cards = pages.map((p) =>
    card({
      file: p.file,
      api: p.api.name,
      title: p.title,
      summary: p.summary,
      operations: p.operations,
      port: DEFAULT_PORTS[p.api.name as ServiceName],
    }),
  );
  const examples = pages.flatMap((p) => {
    const code = CLIENT_EXAMPLES[p.api.name];
    return code ? [example({ title: p.title, code: code.trimEnd() })] : [];
  });
  return page({
    cards: parts(cards),
    clientExamples: parts(examples),
    authRows: authRows(pages),
    mockRows: mockRows(pages),
    docsPort: DEFAULT_PORTS.docs,
    cfgpuPort: DEFAULT_PORTS.cfgpu,
    ...shellSamples(),
    errorRows: errorRows(),
    mcpConfig: MCP_CONFIG,
  });
}

/** What the site is made from: specs, client (for the samples), mock ports, these scripts. */
const DOCS_INPUTS = ['specs', 'src', 'mocks', 'scripts', 'redocly.yaml', 'package-lock.json'].map(
  (p) => path.join(ROOT, p),
);

/**
 * Builds the site, or keeps the one built from the same inputs (`npm start` builds it on every
 * start; unchanged, that takes a few milliseconds instead of several seconds).
 */
export async function buildDocs(options: { force?: boolean } = {}): Promise<string[]> {
  const apis = await loadApis();
  const files = ['index.html', 'llms.txt', ...apis.map((api) => `${api.name}.html`)].map((f) =>
    path.join(DOCS_DIR, f),
  );
  const digestFile = path.join(DOCS_DIR, '.inputs');
  const digest = await digestFiles(DOCS_INPUTS);
  const built = await Promise.all(
    files.map((file) =>
      stat(file).then(
        () => true,
        () => false,
      ),
    ),
  );
  const previous = await readFile(digestFile, 'utf8').catch(() => undefined);
  if (!options.force && previous === digest && built.every(Boolean)) return files;
  await mkdir(DOCS_DIR, { recursive: true });
  const pages = await Promise.all(apis.map(buildApiPage));
  await writeFile(path.join(DOCS_DIR, 'index.html'), await indexPage(pages));
  await writeFile(path.join(DOCS_DIR, 'llms.txt'), llmsText(pages));
  await writeFile(digestFile, digest);
  return files;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const files = await buildDocs({ force: process.argv.includes('--force') });
  for (const file of files) console.log(`wrote ${path.relative(ROOT, file)}`);
}
