/**
 * The CLI's config file: `$XDG_CONFIG_HOME/csgkit/config.json` (else `~/.config/…`), one entry
 * per API with its token and base URL, written only by `login` and readable only by its owner:
 * the directory 0700, the file 0600, replaced whole (a temporary file renamed over it) under a
 * lock, never written through a symbolic link.
 */
import { randomUUID } from 'node:crypto';
import { chmod, lstat, mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export type ApiName = 'csghub' | 'cfgpu';

export interface ApiConfig {
  token?: string;
  baseUrl?: string;
}

export type ConfigFile = Partial<Record<ApiName, ApiConfig>>;

/** The config file cannot be used as it is; the message says what to do. */
export class ConfigError extends Error {}

export function configPath(env: NodeJS.ProcessEnv = process.env): string {
  const set = (value: string | undefined) => (value === '' ? undefined : value);
  const base =
    set(env['XDG_CONFIG_HOME']) ?? path.join(set(env['HOME']) ?? os.homedir(), '.config');
  return path.join(base, 'csgkit', 'config.json');
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Why a token cannot be stored or sent, or `undefined` when it can. It travels as a header
 * value, so it is visible ASCII: no spaces, control characters or anything else.
 */
export function tokenProblem(token: unknown): string | undefined {
  if (typeof token !== 'string') return 'must be a string';
  if (token === '') return 'must not be empty';
  if (!/^[!-~]+$/.test(token)) {
    return 'must be visible ASCII only: no spaces, control or non-ASCII characters';
  }
  return undefined;
}

/** The whole file; `{}` when there is none. Entries are checked when read, by {@link apiConfig}. */
export async function readConfig(file = configPath()): Promise<ConfigFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new ConfigError(`cannot read ${file}: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ConfigError(`${file} is not valid JSON; fix or delete it`);
  }
  if (!isRecord(parsed)) throw new ConfigError(`${file} must hold a JSON object; fix or delete it`);
  return parsed;
}

/** One API's settings from the file, refused with a clear message when they are not strings. */
export async function apiConfig(api: ApiName, file = configPath()): Promise<ApiConfig> {
  const entry: unknown = (await readConfig(file))[api];
  const fix = `run \`${api} login\` again or fix ${file}`;
  if (entry === undefined) return {};
  if (!isRecord(entry)) throw new ConfigError(`"${api}" must be an object; ${fix}`);
  for (const key of ['token', 'baseUrl'] as const) {
    const value = entry[key];
    if (value !== undefined && typeof value !== 'string') {
      throw new ConfigError(`"${api}.${key}" must be a string, not ${describe(value)}; ${fix}`);
    }
  }
  const problem = entry['token'] === undefined ? undefined : tokenProblem(entry['token']);
  if (problem) throw new ConfigError(`"${api}.token" ${problem}; ${fix}`);
  return entry;
}

const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`;

/**
 * Stores one API's settings, keeping the other API's entry and this one's other string
 * settings. Refuses a token {@link tokenProblem} objects to and a config path that is a
 * symbolic link (rather than replace the link or write to what it points at).
 */
export async function writeConfig(
  api: ApiName,
  settings: ApiConfig,
  file = configPath(),
): Promise<void> {
  const problem = settings.token === undefined ? undefined : tokenProblem(settings.token);
  if (problem) throw new ConfigError(`the token ${problem}`);
  const dir = path.dirname(file);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  // The directory is ours alone: tighten one an older version or a person created wider.
  await chmod(dir, 0o700);
  await withLock(file, async () => {
    await refuseLink(file);
    const current = await readConfig(file);
    const old = current[api];
    const kept = Object.fromEntries(
      Object.entries(isRecord(old) ? old : {}).filter(([, value]) => typeof value === 'string'),
    );
    current[api] = { ...kept, ...settings };
    await replace(file, `${JSON.stringify(current, null, 2)}\n`);
  });
}

async function refuseLink(file: string): Promise<void> {
  const found = await lstat(file).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  });
  if (found?.isSymbolicLink()) {
    throw new ConfigError(
      `${file} is a symbolic link; login does not write through it. Remove the link or set XDG_CONFIG_HOME to another directory`,
    );
  }
  if (found && !found.isFile()) throw new ConfigError(`${file} is not a regular file`);
}

/**
 * Writes a file whole or not at all: a new temporary file beside it (`wx`: created, never
 * followed through a link; 0600 from the start), synced, then renamed over it.
 */
async function replace(file: string, text: string): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomUUID()}.tmp`);
  try {
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** A lock older than this was left by a login that died; it is taken over. */
const STALE_LOCK_MS = 10_000;
/** How long a login waits for another to finish before giving up. */
const LOCK_WAIT_MS = 15_000;

/**
 * Runs `body` holding `<file>.lock` (created with `wx`, so only one process holds it), so that
 * logins at the same time each read the file after the previous one replaced it and no API's
 * entry is lost.
 */
async function withLock<T>(file: string, body: () => Promise<T>): Promise<T> {
  const lock = `${file}.lock`;
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      await (await open(lock, 'wx', 0o600)).close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const held = await lstat(lock).catch(() => undefined);
    if (held && Date.now() - held.mtimeMs > STALE_LOCK_MS) {
      await rm(lock, { force: true });
    } else if (Date.now() > deadline) {
      throw new ConfigError(`${lock} is held by another login; delete it if none is running`);
    } else {
      await sleep(10 + Math.random() * 40);
    }
  }
  try {
    return await body();
  } finally {
    await rm(lock, { force: true });
  }
}
