/**
 * Builds the static docs site into `build/docs/`: one Redoc page per API (scripts inlined, so
 * it works offline) and an index page introducing the APIs, the client and the mock.
 *
 *   npm run docs:build
 */
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeBundledSpec } from '../mocks/prism.js';
import { DEFAULT_PORTS, type ServiceName } from '../mocks/config.js';
import { ROOT, bundleApi, listOperations, loadApis, type ApiEntry } from './lib/apis.js';

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
}

async function buildApiPage(api: ApiEntry): Promise<PageInfo> {
  const spec = await writeBundledSpec(api.name);
  const doc = await bundleApi(api, true);
  const file = `${api.name}.html`;
  await run([
    redoclyBin(),
    'build-docs',
    spec,
    '--inlineBundle',
    '--template',
    path.join(ROOT, 'scripts', 'docs', 'template.hbs'),
    '-o',
    path.join(DOCS_DIR, file),
  ]);
  const info = doc.info as { title: string; summary?: string };
  return {
    api,
    title: info.title,
    summary: info.summary ?? '',
    operations: listOperations(doc).length,
    file,
  };
}

const escape = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );

function indexPage(pages: PageInfo[]): string {
  const cards = pages
    .map(
      (p) => `
      <a class="card" href="${p.file}" data-api="${p.api.name}">
        <h2>${escape(p.title)}</h2>
        <p>${escape(p.summary)}</p>
        <p class="meta">${p.operations} operations · mock on port ${DEFAULT_PORTS[p.api.name as ServiceName]}</p>
      </a>`,
    )
    .join('');
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>csgkit API documentation</title>
  <style>
    body { font: 16px/1.55 system-ui, sans-serif; margin: 0; color: #1f2933; background: #f7f8fa; }
    main { max-width: 880px; margin: 0 auto; padding: 40px 24px; }
    h1 { margin-top: 0; }
    .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: 16px; }
    .card { display: block; background: #fff; border: 1px solid #d9dee5; border-radius: 8px; padding: 16px 20px; color: inherit; text-decoration: none; }
    .card:hover { border-color: #3d6bd4; }
    .card h2 { margin: 0 0 4px; font-size: 20px; color: #3d6bd4; }
    .meta { color: #5c6b7a; font-size: 14px; margin-bottom: 0; }
    pre { background: #14181f; color: #e6e9ef; padding: 14px 16px; border-radius: 8px; overflow-x: auto; font-size: 14px; }
    code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; }
    table { border-collapse: collapse; width: 100%; background: #fff; }
    th, td { text-align: left; border: 1px solid #d9dee5; padding: 6px 10px; font-size: 14px; }
  </style>
</head>
<body>
<main>
  <h1>csgkit API documentation</h1>
  <p>Reference documentation for the CSGHub and CFGPU HTTP APIs, generated from the OpenAPI specs
  that also drive the typed TypeScript client and the local mock servers.</p>
  <div class="cards">${cards}
  </div>

  <h2>TypeScript client</h2>
  <pre><code>import { CFGPU } from 'csgkit/cfgpu';

const cfgpu = new CFGPU({ token: process.env.CFGPU_API_TOKEN });
for await (const instance of cfgpu.instances.list({ status: 'RUNNING' })) {
  console.log(instance.instanceId, instance.gpuName);
}</code></pre>
  <p>Every method returns the unwrapped payload and throws a typed error on failure. Reads are
  retried on 408, 429, 5xx and connection errors; writes are not retried unless you opt in.</p>

  <h2>Local mock</h2>
  <p><code>npm start</code> serves this site and a mock server per API, answering the named
  examples of the spec and validating every request. Point any client at the mock by changing only
  the host, e.g. <code>new CFGPU({ baseUrl: 'http://127.0.0.1:${DEFAULT_PORTS.cfgpu}', token: 'any' })</code>.
  Choose a scenario with the <code>Prefer</code> header: <code>Prefer: example=insufficientBalance</code>
  or <code>Prefer: code=401</code>.</p>

  <h2>Errors</h2>
  <table>
    <tr><th>Condition</th><th>Error class</th></tr>
    <tr><td>CFGPU <code>success: false</code> (HTTP 200)</td><td><code>CfgpuError</code> with <code>errorCode</code>, <code>errorMsg</code></td></tr>
    <tr><td>HTTP 400 / 401 / 403 / 404 / 409 / 422 / 429</td><td><code>BadRequestError</code> / <code>AuthenticationError</code> / <code>PermissionDeniedError</code> / <code>NotFoundError</code> / <code>ConflictError</code> / <code>UnprocessableEntityError</code> / <code>RateLimitError</code></td></tr>
    <tr><td>HTTP ≥ 500</td><td><code>InternalServerError</code></td></tr>
    <tr><td>No answer / timeout / aborted</td><td><code>APIConnectionError</code> / <code>APIConnectionTimeoutError</code> / <code>APIUserAbortError</code></td></tr>
  </table>
</main>
</body>
</html>
`;
}

export async function buildDocs(): Promise<string[]> {
  await mkdir(DOCS_DIR, { recursive: true });
  const pages = await Promise.all((await loadApis()).map(buildApiPage));
  await writeFile(path.join(DOCS_DIR, 'index.html'), indexPage(pages));
  return ['index.html', ...pages.map((p) => p.file)].map((f) => path.join(DOCS_DIR, f));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const files = await buildDocs();
  for (const file of files) console.log(`wrote ${path.relative(ROOT, file)}`);
}
