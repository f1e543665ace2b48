/**
 * The TypeScript sample of an operation: a call of its declared client method with arguments
 * from the spec's examples, shaped by what the method returns (pages or a stream to iterate, a
 * value to print, nothing). Without a method, the raw client or plain `fetch`.
 */
import type { ClientMethod } from './client-methods.js';
import { argumentsFor } from './sample-arguments.js';
import {
  isObject,
  requiredQuery,
  urlOf,
  type Json,
  type OperationFacts,
  type SampleSetup,
} from './sample-facts.js';

const RESERVED = new Set(
  'arguments await break case catch class const continue debugger default delete do else enum eval export extends false finally for function if implements import in instanceof interface let new null package private protected public return static super switch this throw true try typeof var void while with yield'.split(
    ' ',
  ),
);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function singular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(ss|us)$/.test(word)) return word;
  if (/(sses|xes|ches|shes)$/.test(word)) return word.slice(0, -2);
  return word.replace(/s$/, '');
}

function plural(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

const camelWords = (identifier: string) =>
  identifier
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(' ');

const camel = (words: string[]) =>
  words.map((w, i) => (i === 0 ? w : (w[0] ?? '').toUpperCase() + w.slice(1))).join('');

/** Words that name no thing alone: `AgentTaskDetail` stays whole rather than `detail`. */
const GENERIC = new Set(['item', 'detail', 'created', 'result', 'record', 'list', 'info', 'share']);

/** Words that say how, not what: `listMine`, `getForModel`, `listModelsFor`. */
const NOT_NOUNS = new Set(['all', 'mine', 'my', 'for', 'by', 'of', 'as', 'to', 'from', 'with']);

/**
 * A variable name for what a call gives: its declared type less the words the call path
 * already says (`accounting.invoices.titles.list` gives `AccountingInvoiceTitle` → `title`),
 * else the method's own noun, else its resource.
 */
function variableName(method: ClientMethod, setup: SampleSetup, item: boolean): string {
  const pathWords = new Set(method.path.flatMap(camelWords).map(singular));
  const { type } = method.result;
  let candidate: string | undefined;
  if (type) {
    const all = camelWords(type.name);
    const words = [...all];
    while (words.length > 1 && pathWords.has(singular(words[0] ?? ''))) words.shift();
    const name = camel(words.length === 1 && GENERIC.has(words[0] ?? '') ? all : words);
    candidate = type.plural && !item ? plural(name) : name;
  } else {
    const methodName = method.path[method.path.length - 1] ?? '';
    const noun = camelWords(methodName)
      .slice(1)
      .filter((w) => !NOT_NOUNS.has(w));
    const resource = method.path[method.path.length - 2] ?? 'result';
    const single = noun.length === 0 || /^(get|create|update)$/.test(methodName);
    candidate =
      noun.length > 0
        ? camel(item ? [...noun.slice(0, -1), singular(noun[noun.length - 1] ?? '')] : noun)
        : item || single
          ? singular(resource)
          : resource;
  }
  return IDENTIFIER.test(candidate) && !RESERVED.has(candidate) && candidate !== setup.api
    ? candidate
    : 'result';
}

const quote = (text: string) =>
  `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;

/** A TypeScript literal for a JSON value, on one line when short (and not `broken`), else indented. */
export function tsLiteral(value: Json | undefined, indent = '', broken = false): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return quote(value);
  if (value === null || typeof value !== 'object') return String(value);
  const inner = `${indent}  `;
  const entries = Array.isArray(value)
    ? value.map((v) => tsLiteral(v, inner))
    : Object.entries(value).map(
        ([k, v]) => `${IDENTIFIER.test(k) ? k : quote(k)}: ${tsLiteral(v, inner)}`,
      );
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{ ', ' }'];
  if (entries.length === 0) return Array.isArray(value) ? '[]' : '{}';
  const oneLine = `${open}${entries.join(', ')}${close}`;
  if (!broken && oneLine.length <= 72 && !oneLine.includes('\n')) return oneLine;
  return `${open.trim()}\n${entries.map((e) => `${inner}${e},`).join('\n')}\n${indent}${close.trim()}`;
}

const MAX_LINE = 92;

/**
 * `prefix` + the call + `suffix`, on one line when it fits, else with its last object argument
 * (or, without one, every argument) on lines of their own, as Prettier would.
 */
function statement(
  prefix: string,
  setup: SampleSetup,
  method: ClientMethod,
  facts: OperationFacts,
  suffix: string,
): string {
  const target = `${setup.api}.${method.path.join('.')}`;
  const args = argumentsFor(method.params, facts);
  const oneLine = `${prefix}${target}(${args.map((a) => tsLiteral(a)).join(', ')})${suffix}`;
  if (oneLine.length <= MAX_LINE || oneLine.includes('\n')) return oneLine;
  const last = args[args.length - 1];
  if (isObject(last ?? null)) {
    const head = args.slice(0, -1).map((a) => `${tsLiteral(a)}, `);
    const broken = `${prefix}${target}(${head.join('')}${tsLiteral(last, '', true)})${suffix}`;
    if ((broken.split('\n')[0] ?? '').length <= MAX_LINE) return broken;
  }
  const lines = args.map((a) => `  ${tsLiteral(a, '  ')},`);
  return `${prefix}${target}(\n${lines.join('\n')}\n)${suffix}`;
}

const setupLines = (setup: SampleSetup, imports: string[] = [setup.className]) => [
  `import { ${imports.join(', ')} } from 'csgkit/${setup.api}';`,
  '',
  `const ${setup.api} = new ${setup.className}({ token: process.env.${setup.tokenEnv} });`,
  '',
];

export function clientSample(
  setup: SampleSetup,
  method: ClientMethod,
  facts: OperationFacts,
): string {
  const lines = setupLines(setup);
  switch (method.result.kind) {
    case 'pages':
    case 'stream': {
      const item = variableName(method, setup, true);
      lines.push(
        statement(`for await (const ${item} of `, setup, method, facts, ') {'),
        `  console.log(${item});`,
        '}',
      );
      break;
    }
    case 'value': {
      const name = variableName(method, setup, false);
      lines.push(
        statement(`const ${name} = await `, setup, method, facts, ';'),
        `console.log(${name});`,
      );
      break;
    }
    case 'nothing':
      lines.push(statement('await ', setup, method, facts, ';'));
      break;
  }
  return `${lines.join('\n')}\n`;
}

/** For an operation no client method reaches: the client's raw typed client, not an invented method. */
export function rawSample(setup: SampleSetup, rawClient: string, facts: OperationFacts): string {
  const params: Record<string, Json> = {};
  if (facts.pathParams.length > 0)
    params['path'] = Object.fromEntries(facts.pathParams.map((p) => [p.name, p.value]));
  const query = requiredQuery(facts);
  if (query.length > 0) params['query'] = Object.fromEntries(query);
  const init: Record<string, Json> = {};
  if (Object.keys(params).length > 0) init['params'] = params;
  if (facts.body !== undefined) init['body'] = facts.body;
  const args = [quote(facts.path)];
  if (Object.keys(init).length > 0) args.push(tsLiteral(init, '', true));
  return [
    ...setupLines(setup, [setup.className, rawClient]),
    `// No ${setup.className} method wraps this operation: the raw client answers the envelope as sent.`,
    `const { data, error } = await ${rawClient}(${setup.api}).${facts.method}(${args.join(', ')});`,
    'console.log(data ?? error);',
    '',
  ].join('\n');
}

/** For an operation nothing in the client reaches: plain `fetch`, never an invented method. */
export function fetchSample(setup: SampleSetup, facts: OperationFacts): string {
  const url = urlOf(setup, facts, requiredQuery(facts));
  const headers: string[] = [];
  if (facts.authenticated)
    headers.push(`Authorization: \`${setup.authPrefix}\${process.env.${setup.tokenEnv} ?? ''}\``);
  if (facts.body !== undefined) headers.push(`'Content-Type': 'application/json'`);
  const init = [`  method: '${facts.method}',`];
  if (headers.length > 0) init.push(`  headers: { ${headers.join(', ')} },`);
  if (facts.body !== undefined)
    init.push(`  body: JSON.stringify(${tsLiteral(facts.body, '  ')}),`);
  return [
    `// No ${setup.className} method wraps this operation: a plain request.`,
    `const response = await fetch(${quote(url)}, {`,
    ...init,
    '});',
    'console.log(await response.json());',
    '',
  ].join('\n');
}
