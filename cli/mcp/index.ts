#!/usr/bin/env node
/**
 * `csgkit-mcp`: a stdio MCP server over the CSGHub and CFGPU APIs. Settings come from the same
 * environment variables and config file as the `csghub` and `cfgpu` commands. stdout carries
 * the protocol; everything else goes to stderr, tokens masked.
 *
 *   csgkit-mcp [--allow-writes] [--max-spend <yuan>]
 */
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { note, say } from '../common.js';
import { Runtime } from './runtime.js';
import { registerTools } from './tools.js';

const USAGE = `Usage: csgkit-mcp [--allow-writes] [--max-spend <amount>]

A stdio MCP server for CSGHub and CFGPU. Reads CSGHUB_TOKEN, CSGHUB_URL, CFGPU_API_TOKEN,
CFGPU_BASE_URL and the config file written by \`csghub login\` / \`cfgpu login\`.

  --allow-writes        allow operations other than reads (each destructive or billed one
                        still needs confirm: true from the agent)
  --max-spend <amount>  refuse billed calls once their estimated cost in this run would pass
                        <amount> (yuan); billed calls with no estimate are refused too
  -h, --help            show this help
`;

function fail(message: string): never {
  note(`csgkit-mcp: ${message}`);
  note('(add --help for usage)');
  process.exit(2);
}

/** The package's version: the nearest package.json above this file (source or dist/). */
function packageVersion(): string {
  for (let dir = new URL('.', import.meta.url); dir.pathname !== '/'; dir = new URL('..', dir)) {
    try {
      const found = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (found.name === 'csgkit' && found.version) return found.version;
    } catch {
      // none here: look one folder up
    }
  }
  return '0.0.0';
}

async function main(): Promise<void> {
  let values: { 'allow-writes'?: boolean; 'max-spend'?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        'allow-writes': { type: 'boolean' },
        'max-spend': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  if (values.help) {
    say(USAGE.trimEnd());
    return;
  }
  let maxSpend: number | undefined;
  if (values['max-spend'] !== undefined) {
    const text = values['max-spend'];
    maxSpend = /^[0-9]+(\.[0-9]+)?$/.test(text) ? Number(text) : Number.NaN;
    if (!Number.isFinite(maxSpend))
      fail(`--max-spend must be a non-negative amount (got ${JSON.stringify(text)})`);
  }
  const runtime = new Runtime({ allowWrites: values['allow-writes'] === true, maxSpend });
  try {
    await runtime.init();
  } catch (error) {
    fail(runtime.scrub((error as Error).message));
  }
  const server = new McpServer({ name: 'csgkit', version: packageVersion() });
  const tools = registerTools(server, runtime);
  await server.connect(new StdioServerTransport());
  runtime.log(
    `ready: ${tools.length} tools, ${runtime.options.allowWrites ? 'writes allowed' : 'read-only'}` +
      (maxSpend === undefined ? '' : `, max spend ${maxSpend}`),
  );
}

await main();
