/**
 * What the typed client costs an application's type check: one small consumer file that lists
 * models, reads one and streams a chat completion, written against `csgkit/csghub` and again
 * against bare openapi-fetch over the same generated `paths`. Both are checked from the built
 * declarations (`dist/`), as an installed package would be, each round in a fresh program.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import ts from 'typescript';
import { ROOT } from '../../tooling/apis.js';

const CONSUMERS = {
  csgkit: `import { CSGHub } from '../dist/src/csghub/index.js';

const csghub = new CSGHub({ token: 'token' });

export async function main(): Promise<string> {
  const paths: string[] = [];
  for await (const model of csghub.models.list({ search: 'qwen' })) paths.push(model.path ?? '');
  const model = await csghub.models.get('OpenCSG/csg-wukong-1B');
  const stream = await csghub.chat.completions.create({
    model: 'Qwen/Qwen2.5-7B-Instruct',
    messages: [{ role: 'user', content: 'Hello' }],
    stream: true,
  });
  let text = '';
  for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
  return \`\${paths.length} \${model.name ?? ''} \${text}\`;
}
`,
  openapiFetch: `import createClient from 'openapi-fetch';
import type { paths } from '../dist/generated/csghub.js';

const client = createClient<paths>({
  baseUrl: 'https://hub.opencsg.com',
  headers: { authorization: 'Bearer token' },
});

export async function main(): Promise<string> {
  const { data: list } = await client.GET('/api/v1/models', {
    params: { query: { search: 'qwen' } },
  });
  const paths = (list?.data ?? []).map((model) => model.path ?? '');
  const { data: one } = await client.GET('/api/v1/models/{namespace}/{name}', {
    params: { path: { namespace: 'OpenCSG', name: 'csg-wukong-1B' } },
  });
  const { data: answer } = await client.POST('/v1/chat/completions', {
    body: { model: 'Qwen/Qwen2.5-7B-Instruct', messages: [{ role: 'user', content: 'Hello' }] },
  });
  // The operation also answers an event stream, so \`data\` may be its text.
  const choice = typeof answer === 'object' ? answer.choices[0] : undefined;
  // A moderated answer comes chunk-shaped (\`delta\`), so \`message\` is not always there.
  const reply = choice && 'message' in choice ? (choice.message.content ?? '') : '';
  return \`\${paths.length} \${one?.data?.name ?? ''} \${reply}\`;
}
`,
} as const;

export type Consumer = keyof typeof CONSUMERS;

/** An application's usual settings: strict, ESM, browser and ES2022 libraries, no skipLibCheck. */
const OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts', 'lib.dom.asynciterable.d.ts'],
  types: [],
};

const fileOf = (consumer: Consumer) => path.join(ROOT, 'build', `consumer-${consumer}.ts`);

/** Checks one consumer in a fresh program (nothing reused); its source lives only in memory. */
export function check(consumer: Consumer): number {
  const file = fileOf(consumer);
  const host = ts.createCompilerHost(OPTIONS);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  host.fileExists = (name) => name === file || fileExists(name);
  host.readFile = (name) => (name === file ? CONSUMERS[consumer] : readFile(name));
  host.getSourceFile = (name, version, ...rest) =>
    name === file
      ? ts.createSourceFile(name, CONSUMERS[consumer], version)
      : getSourceFile(name, version, ...rest);
  const started = performance.now();
  const program = ts.createProgram([file], OPTIONS, host);
  const diagnostics = ts.getPreEmitDiagnostics(program);
  const elapsed = performance.now() - started;
  if (diagnostics.length > 0) {
    throw new Error(
      `the ${consumer} consumer does not type-check:\n` +
        ts.formatDiagnostics(diagnostics, {
          getCanonicalFileName: (name) => name,
          getCurrentDirectory: () => ROOT,
          getNewLine: () => '\n',
        }),
    );
  }
  return elapsed;
}
