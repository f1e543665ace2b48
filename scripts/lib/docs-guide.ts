/**
 * What the docs add to the specs: code samples on every operation, and the sections a reader
 * of the reference needs before the first call (authentication, errors, pagination), merged
 * into `info.description` of a copy of the spec so Redoc lists them in its sidebar.
 */
import { CFGPU_ERROR_CODES } from '../../src/cfgpu/errors.js';
import { bundleApi, type ApiEntry, type OpenApiDocument } from '../../tooling/apis.js';
import { declaredMethods, mapClient, type ClientMap } from './client-methods.js';
import { buildCodeSamples, withCodeSamples, type OperationSamples } from './code-samples.js';
import { sampleSetup, type SampleSetup } from './sample-facts.js';

/** One row of the error table: when, which class, and whether a read is retried. */
export interface ErrorRow {
  /** Markdown: backticks for code. */
  condition: string;
  classes: string[];
  /** Extra detail after the class names, Markdown. */
  note?: string;
  retried: 'yes' | 'no' | '—';
  /** The HTTP status the row is about, for the rows that are about one. */
  status?: number;
  /** Only this API raises it. */
  only?: string;
}

/** The client's error table (README "Errors"). */
export const ERROR_ROWS: readonly ErrorRow[] = [
  {
    condition: 'CFGPU `success: false` under HTTP 200',
    classes: ['CfgpuError'],
    note: '(`errorCode`, `errorMsg`)',
    retried: 'no',
    only: 'cfgpu',
  },
  { condition: 'HTTP 400', classes: ['BadRequestError'], retried: 'no', status: 400 },
  { condition: 'HTTP 401', classes: ['AuthenticationError'], retried: 'no', status: 401 },
  { condition: 'HTTP 403', classes: ['PermissionDeniedError'], retried: 'no', status: 403 },
  { condition: 'HTTP 404', classes: ['NotFoundError'], retried: 'no', status: 404 },
  { condition: 'HTTP 408', classes: ['APIError'], retried: 'yes', status: 408 },
  { condition: 'HTTP 409', classes: ['ConflictError'], retried: 'no', status: 409 },
  { condition: 'HTTP 422', classes: ['UnprocessableEntityError'], retried: 'no', status: 422 },
  { condition: 'HTTP 429', classes: ['RateLimitError'], retried: 'yes', status: 429 },
  { condition: 'HTTP ≥ 500', classes: ['InternalServerError'], retried: 'yes', status: 500 },
  {
    condition: "2xx body that is not the service's JSON",
    classes: ['InvalidResponseError'],
    retried: 'no',
  },
  {
    condition: 'No answer (DNS, refused, reset, cut-off body)',
    classes: ['APIConnectionError'],
    retried: 'yes',
  },
  {
    condition: 'No answer within `timeoutMs`',
    classes: ['APIConnectionTimeoutError'],
    retried: 'yes',
  },
  { condition: 'Your `AbortSignal` fired', classes: ['APIUserAbortError'], retried: 'no' },
  {
    condition: 'Bad argument caught before sending (e.g. empty or malformed id)',
    classes: ['InvalidArgumentError'],
    retried: '—',
  },
  {
    condition: 'Waiter ran out of time / hit a dead-end state',
    classes: ['WaitTimeoutError', 'WaitFailedError'],
    retried: '—',
  },
];

export const errorRowsFor = (api?: string) =>
  ERROR_ROWS.filter((row) => row.only === undefined || api === undefined || row.only === api);

/** How each API pages its lists, in the spec's and the client's own field names. */
const PAGINATION: Record<string, string> = {
  csghub: `On the wire, \`page\` and \`per\` (50 by default) go in the query string and \`total\` sits at
the top level of the envelope, next to \`data\`. A few lists nest their page in \`data\`
(\`data.data\` and \`data.total\`), and the invoice lists, sent as POST, take \`page\` and
\`page_size\` in the JSON body.

In the TypeScript client a paged list answers a page promise: \`await\` it for one
\`CsghubPage\` (\`items\`, \`total\`, \`page\`, \`per\`, \`hasNextPage()\`, \`getNextPage()\`), or
iterate it with \`for await\` to walk every item of every page:

\`\`\`ts
for await (const model of csghub.models.list({ search: 'wukong', per: 100 })) {
  console.log(model.path);
}
\`\`\``,
  cfgpu: `On the wire, \`listInstances\` is a POST whose JSON body carries \`currentPage\` and \`pageSize\`
next to its filters, and the envelope's \`content\` is the page object: \`records\`, \`total\`,
\`pageSize\`, \`currentPage\` and \`pages\`.

In the TypeScript client \`cfgpu.instances.list()\` answers a page promise: \`await\` it for one
\`CfgpuPage\` (\`records\`, \`total\`, \`pageSize\`, \`currentPage\`, \`pages\`, \`hasNextPage()\`,
\`getNextPage()\`), or iterate it with \`for await\` to walk every instance of every page:

\`\`\`ts
for await (const instance of cfgpu.instances.list({ status: 'RUNNING', pageSize: 50 })) {
  console.log(instance.instanceId, instance.status);
}
\`\`\``,
};

const markdownTable = (head: string[], rows: string[][]) =>
  [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');

const classCell = (row: ErrorRow) =>
  [row.classes.map((c) => `\`${c}\``).join(' / '), row.note].filter(Boolean).join(' ');

function authentication(setup: SampleSetup, map: ClientMap): string {
  const urlEnv = map.env.find((name) => name.endsWith('_URL'));
  const sent = setup.authPrefix
    ? `adds \`${setup.authPrefix.trim()} \` to a token that names no scheme`
    : 'sends the token exactly as given, bare or `Bearer …`';
  return `**From the TypeScript client:** \`new ${setup.className}({ token })\`, or set
\`${setup.tokenEnv}\`${urlEnv ? ` (and \`${urlEnv}\` for another address)` : ''}; the client ${sent}.
**With curl:** \`-H "Authorization: ${setup.authPrefix}$${setup.tokenEnv}"\`, as in every sample
on this page. Tokens never appear in the client's error messages or logs.`;
}

function errors(api: string): string {
  const rows = errorRowsFor(api).map((row) => [row.condition, classCell(row), row.retried]);
  const codes =
    api === 'cfgpu'
      ? `\n\n\`errorMsg\` is the service's text, in Chinese; \`CFGPU_ERROR_CODES[code]\` gives the
meaning of the documented codes:\n\n${markdownTable(
          ['errorCode', 'Meaning'],
          Object.entries(CFGPU_ERROR_CODES).map(([code, meaning]) => [code, meaning]),
        )}`
      : '';
  return `The TypeScript client throws one class per condition. Every class extends
\`CsgkitError\`; request errors extend \`APIError\`, which carries \`status\`, \`headers\`, \`body\`,
the service's own \`code\`, the \`operation\` and \`requestId\`. Reads are retried (twice by
default, \`maxRetries\`) where the table says so; writes only with \`retryNonIdempotent: true\`.

${markdownTable(['Condition', 'Error class', 'Retried (reads)'], rows)}${codes}`;
}

/** The index page's one example per API; the unit tests type-check them like the samples. */
export const CLIENT_EXAMPLES: Record<string, string> = {
  csghub: `import { CSGHub } from 'csgkit/csghub';

const csghub = new CSGHub({ token: process.env.CSGHUB_TOKEN });

// Every model matching "wukong", page after page.
for await (const model of csghub.models.list({ search: 'wukong' })) {
  console.log(model.path, model.downloads);
}
`,
  cfgpu: `import { CFGPU } from 'csgkit/cfgpu';

const cfgpu = new CFGPU({ token: process.env.CFGPU_API_TOKEN });

// Rent a GPU, wait until it runs, then stop it.
const { instanceId } = await cfgpu.instances.create({
  priceType: 'Usage',
  regionCode: 'hz',
  gpuType: 'qnid2x6c',
  gpuNum: 1,
  imageId: 'image_exc6f72b',
});
await cfgpu.instances.waitFor(instanceId, 'RUNNING', { timeoutMs: 10 * 60_000 });
await cfgpu.instances.stop(instanceId);
`,
};

/** The sections each reference page gets, as `[heading, Markdown]`. */
export function guideSections(setup: SampleSetup, map: ClientMap): [string, string][] {
  const sections: [string, string][] = [
    ['Authentication', authentication(setup, map)],
    ['Errors', errors(setup.api)],
  ];
  const pagination = PAGINATION[setup.api];
  if (pagination) sections.push(['Pagination', pagination]);
  return sections;
}

/**
 * Adds `## heading` sections to Markdown: appended to the section of the same name when there
 * is one, else at the end, so the sidebar keeps one entry per topic.
 */
export function mergeSections(markdown: string, sections: [string, string][]): string {
  const parts = markdown.trimEnd().split(/^(?=## )/m);
  for (const [heading, body] of sections) {
    const i = parts.findIndex((part) => part.startsWith(`## ${heading}\n`));
    if (i >= 0) parts[i] = `${(parts[i] ?? '').trimEnd()}\n\n${body}\n\n`;
    else parts.push(`## ${heading}\n${body}\n\n`);
  }
  return (
    parts
      .map((part) => (part.endsWith('\n\n') ? part : `${part.trimEnd()}\n\n`))
      .join('')
      .trimEnd() + '\n'
  );
}

export interface DocsSpec {
  /** The bundled spec with samples and guide sections, for Redoc. */
  doc: OpenApiDocument;
  samples: OperationSamples[];
  setup: SampleSetup;
  /** The client's class, environment and raw client, and the method each operation declares. */
  map: ClientMap;
  /** Operations that declare no client method (their TypeScript sample uses the raw client or `fetch`). */
  undeclared: string[];
}

/** The docs' copy of an API's spec; the source specs and `build/specs/` stay untouched. */
export async function docsSpec(api: ApiEntry): Promise<DocsSpec> {
  const [bundled, dereferenced] = await Promise.all([bundleApi(api), bundleApi(api, true)]);
  const map = mapClient(api, declaredMethods(dereferenced));
  const setup = sampleSetup(api.name, dereferenced, map);
  const samples = buildCodeSamples(dereferenced, map, setup);
  const decorated = withCodeSamples(bundled, samples);
  const description = mergeSections(bundled.info.description ?? '', guideSections(setup, map));
  return {
    doc: { ...decorated, info: { ...decorated.info, description } },
    samples,
    setup,
    map,
    undeclared: samples.filter((s) => s.call === undefined).map((s) => s.operationId),
  };
}
