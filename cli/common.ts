/**
 * What the `csghub` and `cfgpu` commands share: global flags, settings (flag > environment >
 * config file), output as aligned tables or `--json`, one-line errors on stderr, exit codes
 * (0 ok, 1 API error, 2 usage or config-file error, 130 interrupted) and Ctrl-C. Kept free of
 * client imports, so `--help` starts fast; commands load the client when they run. Everything
 * printed passes through `neutralise` (./terminal.ts) here, so no command prints service text
 * raw.
 */
import { Command, CommanderError, Option } from 'commander';
import {
  ConfigError,
  apiConfig,
  configPath,
  tokenProblem,
  writeConfig,
  type ApiName,
} from './config.js';
import { neutralise, neutralJson } from './terminal.js';

export const EXIT_OK = 0;
export const EXIT_API_ERROR = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERRUPTED = 130;

/** A command was called in a way it cannot work with; nothing was sent. */
export class UsageError extends Error {}

/** Flags every command takes. */
export interface GlobalFlags {
  json?: boolean;
  baseUrl?: string;
  token?: string;
  yes?: boolean;
}

/** Cancelled on Ctrl-C (or SIGTERM, SIGHUP): every request and wait of the command stops. */
const interrupt = new AbortController();
export const signal = interrupt.signal;

export interface Settings {
  token: string | undefined;
  baseUrl: string | undefined;
}

/** Settings of one API: flag, then environment, then the config file written by `login`. */
export async function settingsFor(
  api: ApiName,
  flags: GlobalFlags,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Settings> {
  const names =
    api === 'csghub'
      ? { token: 'CSGHUB_TOKEN', baseUrl: 'CSGHUB_URL' }
      : { token: 'CFGPU_API_TOKEN', baseUrl: 'CFGPU_BASE_URL' };
  const file = await apiConfig(api);
  // An empty value (`CSGHUB_TOKEN=`) counts as unset.
  const first = (...values: (string | undefined)[]) =>
    values.find((v) => v !== undefined && v !== '');
  return {
    token: first(flags.token, env[names.token], file.token),
    baseUrl: first(flags.baseUrl, env[names.baseUrl], file.baseUrl),
  };
}

/** Writes text to stdout, lines kept, escape sequences and the like shown as escapes. */
function write(text: string): void {
  process.stdout.write(neutralise(text, { lines: true }));
}

/** Writes a line to stdout. */
export function say(text = ''): void {
  write(`${text}\n`);
}

/** Writes one line to stderr (progress and notes beside the output). */
export function note(text: string): void {
  process.stderr.write(`${neutralise(text)}\n`);
}

/** Prints API objects as the client returned them (JSON escapes what a terminal acts on). */
export function printJson(value: unknown): void {
  say(neutralJson(value));
}

export interface Column<Row> {
  header: string;
  value: (row: Row) => unknown;
}

/**
 * Formats a value for a table cell, on one line: dates stay as sent, nothing becomes an empty
 * cell, newlines and escape sequences show as escapes.
 */
function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return neutralise(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return neutralise(JSON.stringify(value));
}

/** An aligned, borderless table with a header row (cli-table3). */
export async function printTable<Row>(rows: Row[], columns: Column<Row>[]): Promise<void> {
  const { default: Table } = await import('cli-table3');
  const table = new Table({
    head: columns.map((c) => c.header),
    chars: {
      top: '',
      'top-mid': '',
      'top-left': '',
      'top-right': '',
      bottom: '',
      'bottom-mid': '',
      'bottom-left': '',
      'bottom-right': '',
      left: '',
      'left-mid': '',
      mid: '',
      'mid-mid': '',
      right: '',
      'right-mid': '',
      middle: '  ',
    },
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0 },
  });
  for (const row of rows) table.push(columns.map((c) => cell(c.value(row))));
  say(table.toString().replace(/[ \t]+$/gm, ''));
}

/** Prints one object: JSON with `--json`, else `key  value` lines. */
export function printRecord(flags: GlobalFlags, value: unknown, fields?: string[]): void {
  if (flags.json) {
    printJson(value);
    return;
  }
  const record = (value ?? {}) as Record<string, unknown>;
  const keys = fields ?? Object.keys(record);
  const width = Math.max(0, ...keys.map((k) => k.length));
  for (const key of keys) {
    if (record[key] === undefined) continue;
    say(`${neutralise(key).padEnd(width)}  ${cell(record[key])}`);
  }
}

/** Output for the commands of one program; `rows` and `record` follow `--json`. */
export interface Output {
  /** A line on stdout. */
  readonly say: (text?: string) => void;
  /** Text on stdout as it arrives (a streamed answer), newlines kept. */
  readonly write: (text: string) => void;
  /** One line on stderr, beside the output (e.g. what is being waited for). */
  readonly note: (text: string) => void;
  readonly json: (value: unknown) => void;
  readonly table: <Row>(rows: Row[], columns: Column<Row>[]) => Promise<void>;
  /** One object: JSON with `--json`, else `key  value` lines. */
  readonly record: (value: unknown, fields?: string[]) => void;
  /** A list: JSON with `--json`, else an aligned table. */
  readonly rows: <Row>(rows: Row[], columns: Column<Row>[]) => Promise<void>;
}

/** What the commands of one program share; each command group's `register` receives it. */
export interface CliContext<Client> {
  /** A client built from the settings when a command runs (flags are parsed by then). */
  readonly client: () => Promise<Client>;
  readonly flags: () => GlobalFlags;
  /** Cancelled on Ctrl-C: every request and wait of the command takes it. */
  readonly signal: AbortSignal;
  readonly requestOptions: () => { signal: AbortSignal };
  readonly output: Output;
}

/**
 * The context of a program with the global flags. `createClient` imports the client itself, so
 * `--help` never loads it.
 */
export function cliContext<Client>(
  program: Command,
  api: ApiName,
  createClient: (settings: Settings) => Promise<Client>,
): CliContext<Client> {
  const flags = () => program.opts<GlobalFlags>();
  return {
    client: async () => createClient(await settingsFor(api, flags())),
    flags,
    signal,
    requestOptions: () => ({ signal }),
    output: {
      say,
      write,
      note,
      json: printJson,
      table: printTable,
      record: (value, fields) => {
        printRecord(flags(), value, fields);
      },
      rows: async (rows, columns) => {
        if (flags().json) printJson(rows);
        else await printTable(rows, columns);
      },
    },
  };
}

/** The global flags, added to the root command (and so shown in every `--help`). */
export function withGlobalFlags(program: Command, api: ApiName): Command {
  const env = api === 'csghub' ? 'CSGHUB_URL' : 'CFGPU_BASE_URL';
  return program
    .option('--json', 'print the API objects as JSON')
    .option(
      '--base-url <url>',
      `service address (default: $${env}, the config file, or the public service)`,
    )
    .addOption(
      new Option(
        '--token <token>',
        'access token (default: environment, then the config file)',
      ).hideHelp(),
    )
    .option('-y, --yes', 'do not ask before destructive actions')
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({
      // Commander's errors quote what was typed, which may come from anywhere.
      writeErr: (text) => process.stderr.write(neutralise(text, { lines: true })),
    });
}

/** The full name of a command, e.g. `cfgpu instances release`. */
function fullName(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

const isAbort = (error: unknown): boolean =>
  signal.aborted ||
  (error instanceof Error &&
    (error.name === 'AbortError' || error.constructor.name === 'APIUserAbortError'));

/**
 * The text of an error line: the error's message, which says the status, the service's code
 * and text and the operation once each, then the request id when the service sent one. When
 * the service sent a code without text, the code's meaning from the catalogues stands in for the
 * HTTP status text the client put there (the clients leave the catalogues out of their bundles).
 */
async function describeFailure(error: unknown): Promise<string> {
  if (!(error instanceof Error)) return String(error);
  const { APIError } = await import('../src/core/errors.js');
  if (!(error instanceof APIError)) return error.message;
  let message = error.message;
  const { code, operation: op } = error;
  const meaning =
    error.serviceMessage === undefined && code !== undefined ? await meaningOf(code) : undefined;
  if (meaning !== undefined) {
    const lead = error.name === 'CfgpuError' ? 'CFGPU' : error.status;
    message = `${lead ?? ''} ${code}: ${meaning} (${op.id}: ${op.method} ${op.path})`.trim();
  }
  return error.requestId === undefined ? message : `${message} [request id ${error.requestId}]`;
}

/** What a service's error code means: CSGHub's codes are strings, CFGPU's numbers. */
async function meaningOf(code: string | number): Promise<string | undefined> {
  const table: Readonly<Record<string, string>> =
    typeof code === 'string'
      ? (await import('../src/csghub/error-codes.js')).CSGHUB_ERROR_CODES
      : (await import('../src/cfgpu/errors.js')).CFGPU_ERROR_CODES;
  return Object.hasOwn(table, code) ? table[code] : undefined;
}

/** The exit code for an error a command threw. */
async function exitCodeFor(error: unknown): Promise<number> {
  if (isAbort(error)) return EXIT_INTERRUPTED;
  if (error instanceof UsageError || error instanceof ConfigError) return EXIT_USAGE;
  const { InvalidArgumentError } = await import('../src/core/errors.js');
  if (error instanceof InvalidArgumentError) return EXIT_USAGE;
  return EXIT_API_ERROR;
}

/**
 * Runs a program: parses `argv`, runs the command, and turns every failure into one line on
 * stderr naming the command and an exit code. Returns the exit code.
 */
export async function runCli(program: Command, argv: string[] = process.argv): Promise<number> {
  let current = program.name();
  program.hook('preAction', (_root, action) => {
    current = fullName(action);
  });
  for (const command of [program, ...allCommands(program)]) {
    command.exitOverride();
    // An option's value is parsed before `preAction`: name the command in its error too.
    command.hook('preSubcommand', (_parent, sub) => {
      current = fullName(sub);
    });
  }
  const stop = () => {
    if (signal.aborted) process.exit(EXIT_INTERRUPTED);
    interrupt.abort();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  process.once('SIGHUP', stop);
  // `csghub models list | head`: a reader that went away is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT_OK);
    throw error;
  });
  try {
    await program.parseAsync(argv);
    return signal.aborted ? EXIT_INTERRUPTED : EXIT_OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end here with code 0; parse errors were already printed.
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    const code = await exitCodeFor(error);
    const message = code === EXIT_INTERRUPTED ? 'interrupted' : await describeFailure(error);
    // The client masks the credentials it was given; this catches a URL quoted by anything else.
    const { hideUserinfo } = await import('../src/internal/mask.js');
    note(`${current}: ${hideUserinfo(message)}`);
    return code;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    process.off('SIGHUP', stop);
  }
}

function allCommands(command: Command): Command[] {
  return command.commands.flatMap((c) => [c, ...allCommands(c)]);
}

/**
 * Asks before a destructive action: on a terminal, a y/N question on stderr; elsewhere the
 * command needs `--yes`, so a script never blocks on a prompt or destroys by accident.
 */
export async function confirm(flags: GlobalFlags, question: string): Promise<void> {
  if (flags.yes) return;
  if (!process.stdin.isTTY) {
    throw new UsageError(`${question.replace(/\?$/, '')}: refusing without --yes (not a terminal)`);
  }
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await rl.question(`${neutralise(question)} [y/N] `, { signal });
    if (!/^y(es)?$/i.test(answer.trim())) throw new UsageError('cancelled');
  } finally {
    rl.close();
  }
}

/** Items per page: the specs' `per` allows 1–100; CFGPU's `pageSize` is held to the same. */
export const PER_PAGE_MAX = 100;
/** Longest `--timeout` in seconds: a day. */
export const TIMEOUT_MAX = 86_400;

/**
 * Parses a whole-number option or argument from 1 to `max`, written in plain decimal: `1e9`,
 * `0x10`, ` 5`, `5.0`, `+5` and `010`, which `Number()` would take, are refused.
 */
export function positiveInt(name: string, max = Number.MAX_SAFE_INTEGER) {
  return (value: string): number => {
    const n = /^[1-9][0-9]*$/.test(value) ? Number(value) : Number.NaN;
    if (!(n <= max)) {
      const range = max === Number.MAX_SAFE_INTEGER ? '1 or more' : `from 1 to ${max}`;
      throw new UsageError(
        `${name} must be a whole number ${range} (got ${JSON.stringify(value)})`,
      );
    }
    return n;
  };
}

/** One of `allowed`, else a usage error naming the flag. */
export function oneOf<T extends string>(name: string, allowed: readonly T[]) {
  return (value: string): T => {
    if ((allowed as readonly string[]).includes(value)) return value as T;
    throw new UsageError(
      `${name} must be one of ${allowed.join(', ')} (got ${JSON.stringify(value)})`,
    );
  };
}

/** How far back a deploy's or job's log may start (`--since`), as the hub names it. */
export const LOG_SINCE = ['10mins', '30mins', '1hour', '6hours', '1day', '2days', '1week'] as const;

/** Reads a secret: from stdin when piped, else typed on the terminal without echo. */
export async function readSecret(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) {
    let text = '';
    for await (const chunk of process.stdin) text += String(chunk);
    return text.trim();
  }
  process.stderr.write(prompt);
  const stdin = process.stdin;
  stdin.setRawMode(true);
  stdin.resume();
  let secret = '';
  try {
    for await (const chunk of stdin) {
      for (const char of String(chunk)) {
        if (char === '\r' || char === '\n') return secret.trim();
        if (char === '\u0003') throw new DOMException('interrupted', 'AbortError');
        if (char === '\u007f') secret = secret.slice(0, -1);
        else secret += char;
      }
    }
    return secret.trim();
  } finally {
    stdin.setRawMode(false);
    stdin.pause();
    process.stderr.write('\n');
  }
}

/**
 * `<program> login`: stores a token (and `--base-url`) in the config file, mode 0600 in a 0700
 * directory, replaced atomically; see ./config.ts.
 */
export function addLogin(program: Command, api: ApiName, prompt: string, example: string): void {
  program
    .command('login')
    .description('store a token (and address) in the config file, readable only by you')
    .addHelpText('after', `\nExample:\n  echo "$TOKEN" | ${api} login --base-url ${example}`)
    .action(async () => {
      const token = await readSecret(prompt);
      if (!token) throw new UsageError('no token given');
      // Never quoted: a token pasted with a typo is still mostly the secret.
      const problem = tokenProblem(token);
      if (problem) throw new UsageError(`the token ${problem}`);
      const { baseUrl } = program.opts<GlobalFlags>();
      await writeConfig(api, { token, ...(baseUrl && { baseUrl }) });
      say(`saved to ${configPath()}`);
    });
}
