/**
 * Builds the static docs site into `build/docs/`: one Redoc page per API (scripts inlined, so
 * it works offline), rendered from a copy of its spec with code samples and guide sections
 * (`<api>.openapi.yaml`), and an index page introducing the APIs, the client, the mock and
 * the command line.
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

export const DOCS_DIR = path.join(ROOT, 'build', 'docs');

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
    path.join(ROOT, 'scripts', 'docs', 'template.hbs'),
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

const escape = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );

/** Escapes, then turns Markdown backticks into `<code>`. */
const inline = (markdown: string) => escape(markdown).replace(/`([^`]+)`/g, '<code>$1</code>');

const code = (text: string) => `<pre><code>${escape(text.trimEnd())}</code></pre>`;

function errorTable(): string {
  const rows = errorRowsFor()
    .map((row) => {
      const classes = row.classes.map((c) => `<code>${escape(c)}</code>`).join(' / ');
      const note = row.note ? ` ${inline(row.note)}` : '';
      return `<tr><td>${inline(row.condition)}</td><td>${classes}${note}</td><td>${row.retried}</td></tr>`;
    })
    .join('\n    ');
  return `<table>
    <tr><th>Condition</th><th>Error class</th><th>Retried (reads)</th></tr>
    ${rows}
  </table>`;
}

function authRows(pages: PageInfo[]): string {
  return pages
    .map(({ title, spec: { setup, map } }) => {
      const header = setup.authPrefix
        ? `<code>Authorization: ${escape(setup.authPrefix)}&lt;token&gt;</code>; the client adds <code>${escape(setup.authPrefix.trim())}</code> to a bare token`
        : '<code>Authorization: &lt;token&gt;</code> or <code>Bearer &lt;token&gt;</code>, sent as given';
      const vars = map.env.map((name) => `<code>${escape(name)}</code>`).join(', ');
      return `<tr><td>${escape(title)}</td><td>${header}</td><td>${vars}</td></tr>`;
    })
    .join('\n    ');
}

function indexPage(pages: PageInfo[]): string {
  const cards = pages
    .map(
      (p) => `
      <a class="card" href="${p.file}" data-api="${p.api.name}">
        <h3>${escape(p.title)}</h3>
        <p>${escape(p.summary)}</p>
        <p class="meta">${p.operations} operations · mock on port ${DEFAULT_PORTS[p.api.name as ServiceName]}</p>
      </a>`,
    )
    .join('');
  const examples = pages
    .map((p) => {
      const example = CLIENT_EXAMPLES[p.api.name];
      return example ? `<h3>${escape(p.title)}</h3>\n  ${code(example)}` : '';
    })
    .join('\n  ');
  const mockPorts = pages
    .map(
      (p) =>
        `<tr><td>${escape(p.title)}</td><td><code>http://127.0.0.1:${DEFAULT_PORTS[p.api.name as ServiceName]}</code></td><td><code>${escape(p.spec.setup.server)}</code></td></tr>`,
    )
    .join('\n    ');
  const { csghub, cfgpu, docs } = DEFAULT_PORTS;
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>csgkit API documentation</title>
  <link rel="icon" href="data:,">
  <style>
    body { font: 16px/1.55 system-ui, sans-serif; margin: 0; color: #1f2933; background: #f7f8fa; }
    main { max-width: 920px; margin: 0 auto; padding: 40px 24px 64px; }
    h1 { margin-top: 0; }
    h2 { margin-top: 40px; padding-top: 8px; border-top: 1px solid #d9dee5; }
    nav.toc { display: flex; flex-wrap: wrap; gap: 6px 18px; margin: 0 0 24px; font-size: 15px; }
    nav.toc a, main a { color: #3d6bd4; }
    .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: 16px; }
    .card { display: block; background: #fff; border: 1px solid #d9dee5; border-radius: 8px; padding: 16px 20px; color: inherit; text-decoration: none; }
    .card:hover { border-color: #3d6bd4; }
    .card h3 { margin: 0 0 4px; font-size: 20px; color: #3d6bd4; }
    .meta { color: #5c6b7a; font-size: 14px; margin-bottom: 0; }
    pre { background: #14181f; color: #e6e9ef; padding: 14px 16px; border-radius: 8px; overflow-x: auto; font-size: 14px; line-height: 1.45; }
    code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 0.92em; }
    pre code { font-size: inherit; }
    table { border-collapse: collapse; width: 100%; background: #fff; margin: 12px 0; }
    th, td { text-align: left; vertical-align: top; border: 1px solid #d9dee5; padding: 6px 10px; font-size: 14px; }
    th { background: #eef1f5; }
  </style>
</head>
<body>
<main>
  <h1>csgkit API documentation</h1>
  <p>Reference documentation for the CSGHub and CFGPU HTTP APIs, generated from the OpenAPI specs
  that also drive the typed TypeScript client, the command-line tools and the local mock
  servers. Every operation of the reference shows a TypeScript call of the client and a curl
  command, both written from the spec's examples.</p>
  <nav class="toc" aria-label="Contents">
    <a href="#apis">APIs</a><a href="#client">TypeScript client</a><a href="#auth">Authentication</a>
    <a href="#mock">Local mock</a><a href="#cli">Command line</a><a href="#errors">Errors</a>
  </nav>

  <section id="apis">
  <div class="cards">${cards}
  </div>
  </section>

  <section id="client">
  <h2>TypeScript client</h2>
  <p>One client per API, imported from its own entry point (<code>csgkit/csghub</code>,
  <code>csgkit/cfgpu</code>), for Node 20+ and browsers. Methods follow the reference: resources
  mirror its tags, methods its operations. Each answers the unwrapped payload and throws a typed
  error on failure; paged lists can be awaited for one page or walked with <code>for await</code>;
  <code>.withResponse()</code> gives the raw <code>Response</code> too.</p>
  ${examples}
  </section>

  <section id="auth">
  <h2>Authentication</h2>
  <p>Both APIs take a token in the <code>Authorization</code> header. Pass it to the client as
  <code>{ token }</code>, or set the environment variable and construct the client without one.
  The mocks accept any token, bare or with <code>Bearer</code>.</p>
  <table>
    <tr><th>API</th><th>Header</th><th>Environment (token, address)</th></tr>
    ${authRows(pages)}
  </table>
  </section>

  <section id="mock">
  <h2>Local mock</h2>
  <p><code>npm start</code> serves a mock of each API and this site; the mocks answer at the same
  paths as the real services, so a client or curl command works against them by changing only the
  host. They validate every request against the spec and answer with its named examples.</p>
  <table>
    <tr><th>API</th><th>Mock</th><th>Real service</th></tr>
    ${mockPorts}
    <tr><td>Docs</td><td><code>http://127.0.0.1:${docs}</code></td><td></td></tr>
  </table>
  ${code(`npm start                      # mocks on :${csghub} (CSGHub) and :${cfgpu} (CFGPU), docs on :${docs}
npm start -- --dynamic         # answers generated from the schemas instead of the examples
npm start -- --stateful        # mocks that remember what you create

curl http://127.0.0.1:${cfgpu}/__health    # readiness: 200 and a JSON status, on each mock port`)}
  <p>Pick a scenario per request with the <code>Prefer</code> header:
  <code>Prefer: code=404</code> answers the spec's 404, <code>Prefer: example=&lt;name&gt;</code>
  one named example (such as <code>insufficientBalance</code>), and
  <code>Prefer: dynamic=true</code> a generated answer.</p>
  ${code(`curl -H 'Authorization: any-token' -H 'Prefer: example=insufficientBalance' \\
  -X POST -H 'Content-Type: application/json' \\
  -d '{"priceType":"Day","regionCode":"hz","gpuType":"qnid2x6c","gpuNum":1,"imageId":"image_exc6f72b"}' \\
  http://127.0.0.1:${cfgpu}/userapi/v1/instance/create
curl -H 'Authorization: Bearer any-token' -H 'Prefer: code=404' \\
  http://127.0.0.1:${csghub}/api/v1/models/OpenCSG/csg-wukong-1B`)}
  <p>From the client: <code>new CFGPU({ baseUrl: 'http://127.0.0.1:${cfgpu}', token: 'any' })</code>,
  and per call <code>{ headers: { Prefer: 'code=404' } }</code>.</p>
  <p>In <strong>stateful</strong> mode (<code>npm start -- --stateful</code>) CFGPU instances
  move through their lifecycle, <code>CREATING</code> → <code>RUNNING</code> →
  <code>CLOSED</code> → <code>RELEASED</code>, as you create, stop and release them, and CSGHub
  repositories can be created, read, updated and deleted.</p>
  </section>

  <section id="cli">
  <h2>Command line</h2>
  <p>Two commands on top of the clients, <code>csghub</code> and <code>cfgpu</code>. Every command
  has <code>--help</code> with examples; <code>--json</code> prints the API objects as they are.</p>
  ${code(`npx csghub --help
npx cfgpu --help

export CSGHUB_URL=http://127.0.0.1:${csghub} CSGHUB_TOKEN=any-token   # against the mock
npx csghub models list --per 5
npx csghub models get OpenCSG/csg-wukong-1B --json
npx csghub models download OpenCSG/csg-wukong-1B config.json

export CFGPU_BASE_URL=http://127.0.0.1:${cfgpu} CFGPU_API_TOKEN=any-token
npx cfgpu regions
npx cfgpu instances create --region hz --gpu 4090 --image image_exc6f72b --wait
npx cfgpu instances release instance-8f3kq2m1 --yes`)}
  <p>Settings come from the flag, then the environment, then
  <code>~/.config/csgkit/config.json</code> written by <code>csghub login</code> /
  <code>cfgpu login</code>. Exit codes: 0 ok, 1 API or connection error, 2 usage error, 130
  interrupted.</p>
  </section>

  <section id="errors">
  <h2>Errors</h2>
  <p>Every error extends <code>CsgkitError</code>; request errors extend <code>APIError</code>,
  which carries <code>status</code>, <code>headers</code>, <code>body</code>, the service's
  <code>code</code>, the <code>operation</code> and <code>requestId</code>. Writes are retried only
  with <code>retryNonIdempotent: true</code>.</p>
  ${errorTable()}
  </section>
</main>
</body>
</html>
`;
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
  const files = ['index.html', ...apis.map((api) => `${api.name}.html`)].map((f) =>
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
  await writeFile(path.join(DOCS_DIR, 'index.html'), indexPage(pages));
  await writeFile(digestFile, digest);
  return files;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const files = await buildDocs({ force: process.argv.includes('--force') });
  for (const file of files) console.log(`wrote ${path.relative(ROOT, file)}`);
}
