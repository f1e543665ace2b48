import { mkdir } from 'node:fs/promises';
import type http from 'node:http';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCS_DIR, buildDocs } from '../../scripts/docs-build.js';
import { bundleApi, listOperations, loadApis } from '../../scripts/lib/apis.js';
import { createStaticServer, listen } from '../../scripts/lib/static-server.js';
import { launchChromium } from '../helpers/browser.js';

/** Third-party assets Redoc links to; answered locally so the page is judged offline. */
const KNOWN_EXTERNAL = [/^https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(-full)?\.svg$/];

let browser: Browser;
let server: http.Server;
let base: string;
const apis = await loadApis();

beforeAll(async () => {
  await buildDocs();
  server = createStaticServer(DOCS_DIR);
  base = await listen(server, 0, '127.0.0.1');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
  server.close();
});

/** Redoc's slug for a tag: `MCP servers` → `mcp-servers`. */
const kebab = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Opens a page, collecting console errors and any request that leaves this machine. */
async function open(url: string): Promise<{ page: Page; errors: string[]; external: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  const external: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => {
    external.push(route.request().url());
    return route.fulfill({
      status: 200,
      contentType: 'image/svg+xml',
      body: '<svg xmlns="http://www.w3.org/2000/svg"/>',
    });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  return { page, errors, external };
}

async function screenshot(page: Page, name: string): Promise<void> {
  const dir = path.join(DOCS_DIR, 'screenshots');
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
}

describe('docs site', () => {
  it('has an index linking every API page', async () => {
    const { page, errors } = await open(`${base}/`);
    const links = await page
      .locator('a.card')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(apis.map((api) => `${api.name}.html`));
    expect(await page.textContent('body')).toContain('Prefer: example=');
    await screenshot(page, 'index');
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(apis.map((api) => [api.name, api] as const))(
    'shows every %s operation, with no console errors',
    async (name, api) => {
      const operations = listOperations(await bundleApi(api, true));
      const { page, errors, external } = await open(`${base}/${name}.html`);
      await screenshot(page, name);
      // Redoc renders a section when it is opened: open each operation from the sidebar and
      // check that its page shows its method and path. Redoc takes ≈ 0.2 s per operation here,
      // hence the long timeout below for a spec of hundreds of them.
      for (const op of operations) {
        const slug = `${kebab(op.tags[0] ?? '')}/${op.operationId.toLowerCase()}`;
        // A hash change, not a reload: Redoc routes it without parsing the page again.
        await page.evaluate((hash) => {
          window.location.hash = hash;
        }, `#/${slug}`);
        const heading = page.locator(`[id="${slug}"]`).first();
        await heading.waitFor({ state: 'visible', timeout: 10_000 });
        // The operation's own section and heading in one read, not the whole page's text.
        const [title, section] = await page.evaluate((id) => {
          const found = document.getElementById(id);
          return [
            found?.textContent ?? '',
            found?.closest('[data-section-id]')?.textContent ?? '',
          ] as const;
        }, slug);
        expect(title, op.operationId).toContain(op.summary);
        expect(section, op.operationId).toContain(op.path);
      }
      expect(errors).toEqual([]);
      expect(external.filter((url) => !KNOWN_EXTERNAL.some((re) => re.test(url)))).toEqual([]);
      await page.close();
    },
    240_000,
  );
});
