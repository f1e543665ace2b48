/**
 * The docs site's `llms.txt`: built with the site, it says what the site holds and links to
 * both API references and the MCP server section, each link pointing at a file the build wrote.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCS_DIR, buildDocs } from '../../scripts/docs-build.js';
import { loadApis } from '../../tooling/apis.js';

describe('llms.txt', () => {
  it('is built with the site and lists both APIs and the MCP server', async () => {
    const files = await buildDocs();
    const file = path.join(DOCS_DIR, 'llms.txt');
    expect(files).toContain(file);
    const text = await readFile(file, 'utf8');
    expect(text).toMatch(/^# csgkit API documentation\n\n> /);
    const links = [...text.matchAll(/\]\(([^)#]+)(#[^)]*)?\)/g)].map((m) => m[1] ?? '');
    for (const api of await loadApis()) expect(links).toContain(`${api.name}.html`);
    expect(text).toMatch(/\[CSGHub[^\]]*\]\(csghub\.html\): .+ \(\d+ operations\)/);
    expect(text).toMatch(/\[CFGPU[^\]]*\]\(cfgpu\.html\): .+ \(\d+ operations\)/);
    expect(text).toContain('](index.html#mcp)');
    for (const link of new Set(links)) expect(existsSync(path.join(DOCS_DIR, link))).toBe(true);
    const index = await readFile(path.join(DOCS_DIR, 'index.html'), 'utf8');
    expect(index).toContain('<section id="mcp">');
    expect(index).toContain('&quot;mcpServers&quot;');
  }, 180_000);
});
