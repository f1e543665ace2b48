/**
 * The CLI's config file: `$XDG_CONFIG_HOME/csgkit/config.json` (else `~/.config/…`), one entry
 * per API with its token and base URL, written only by `login` and readable only by its owner.
 */
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export type ApiName = 'csghub' | 'cfgpu';

export interface ApiConfig {
  token?: string;
  baseUrl?: string;
}

export type ConfigFile = Partial<Record<ApiName, ApiConfig>>;

export function configPath(env: NodeJS.ProcessEnv = process.env): string {
  const set = (value: string | undefined) => (value === '' ? undefined : value);
  const base =
    set(env['XDG_CONFIG_HOME']) ?? path.join(set(env['HOME']) ?? os.homedir(), '.config');
  return path.join(base, 'csgkit', 'config.json');
}

export async function readConfig(file = configPath()): Promise<ConfigFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return {};
  }
  try {
    const parsed = JSON.parse(text) as unknown;
    return typeof parsed === 'object' && parsed !== null ? parsed : {};
  } catch {
    throw new Error(`${file} is not valid JSON; fix or delete it`);
  }
}

/** Stores one API's settings, keeping the others; the file is created with mode 0600. */
export async function writeConfig(
  api: ApiName,
  settings: ApiConfig,
  file = configPath(),
): Promise<void> {
  const current = await readConfig(file);
  current[api] = { ...current[api], ...settings };
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  await writeFile(file, `${JSON.stringify(current, null, 2)}\n`, { mode: 0o600 });
  // `mode` applies only when the file is created: tighten an older one too.
  await chmod(file, 0o600);
}
