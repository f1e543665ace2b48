/**
 * Starts `csgkit-mcp` as a child process against the mocks, the built bin (package.json `bin`,
 * built by `npm test`) or the source through tsx, and connects the SDK's own client to it over
 * stdio. One server per flag combination, shared by
 * the tests of a file; its stderr is kept for the tests that read it.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { binPath } from '../../scripts/lib/bins.js';
import { ROOT } from '../../tooling/apis.js';

export const mockUrls = inject('mockUrls');

export const CSGHUB_TOKEN = 'mcp-hub-token-7d3e91b2';
export const CFGPU_TOKEN = 'mcp-gpu-token-4a8c06f5';

export interface Running {
  client: Client;
  stderr: () => string;
  close: () => Promise<void>;
}

/** Text of a tool result (the servers answer one text block). */
export function textOf(result: unknown): string {
  const content = (result as { content?: { type: string; text?: string }[] }).content ?? [];
  return content.map((c) => c.text ?? '').join('');
}

export async function startServer(
  flags: string[],
  { built = false }: { built?: boolean } = {},
): Promise<Running> {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] =>
        !/^(CSGHUB|CFGPU)_/.test(entry[0]) && entry[1] !== undefined,
    ),
  );
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: built
      ? [binPath('csgkit-mcp'), ...flags]
      : ['--import', 'tsx', path.join(ROOT, 'cli/mcp/index.ts'), ...flags],
    cwd: ROOT,
    env: {
      ...clean,
      // No config file from the machine running the tests.
      XDG_CONFIG_HOME: mkdtempSync(path.join(os.tmpdir(), 'csgkit-mcp-')),
      CSGHUB_URL: mockUrls['csghub'] ?? '',
      CSGHUB_TOKEN,
      CFGPU_BASE_URL: mockUrls['cfgpu'] ?? '',
      CFGPU_API_TOKEN: CFGPU_TOKEN,
    },
    stderr: 'pipe',
  });
  let stderr = '';
  transport.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const client = new Client({ name: 'csgkit-test', version: '1.0.0' });
  await client.connect(transport);
  return { client, stderr: () => stderr, close: () => client.close() };
}
