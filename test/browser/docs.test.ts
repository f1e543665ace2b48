import { mkdir, readFile } from 'node:fs/promises';
import type http from 'node:http';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCS_DIR, buildDocs } from '../../scripts/docs-build.js';
import { bundleApi, listOperations, loadApis } from '../../tooling/apis.js';
import { createStaticServer, listen } from '../../tooling/static-server.js';
import { parse } from 'yaml';
import { ERROR_ROWS } from '../../scripts/lib/docs-guide.js';
import { launchChromium } from '../helpers/browser.js';

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

/** The code samples the build wrote into the docs' copy of the spec, by operationId. */
async function writtenSamples(api: string): Promise<Map<string, Record<string, string>>> {
  const doc = parse(await readFile(path.join(DOCS_DIR, `${api}.openapi.yaml`), 'utf8')) as {
    paths: Record<string, Record<string, { operationId?: string; 'x-codeSamples'?: unknown }>>;
  };
  const samples = new Map<string, Record<string, string>>();
  for (const item of Object.values(doc.paths)) {
    for (const op of Object.values(item)) {
      const list = op['x-codeSamples'] as { label: string; source: string }[] | undefined;
      if (op.operationId && list)
        samples.set(op.operationId, Object.fromEntries(list.map((s) => [s.label, s.source])));
    }
  }
  return samples;
}

async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  const dir = path.join(DOCS_DIR, 'screenshots');
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage });
}

describe('docs site', () => {
  it('has an index linking every API page, with the client, auth, mock, CLI and errors', async () => {
    const { page, errors, external } = await open(`${base}/`);
    const links = await page
      .locator('a.card')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(apis.map((api) => `${api.name}.html`));
    expect(await page.textContent('body')).toContain('Prefer: example=');
    const section = async (id: string) =>
      ((await page.locator(`section#${id}`).textContent()) ?? '').replace(/\s+/g, ' ');
    const shows = async (id: string, texts: string[]) => {
      const text = await section(id);
      for (const expected of texts) expect(text, `section ${id}`).toContain(expected);
    };
    await shows(
      'client',
      apis.map((api) => `from 'csgkit/${api.name}'`),
    );
    await shows('auth', [
      'Bearer',
      'CSGHUB_TOKEN',
      'CSGHUB_URL',
      'CFGPU_API_TOKEN',
      'CFGPU_BASE_URL',
    ]);
    await shows('mock', [
      'npm start',
      'http://127.0.0.1:4010',
      'http://127.0.0.1:4011',
      'http://127.0.0.1:4000',
      'Prefer: code=404',
      'Prefer: dynamic=true',
      '--dynamic',
      '--stateful',
      '--examples',
      '/__reset',
      'CREATING → RUNNING → CLOSED → RELEASED',
      '/__health',
    ]);
    await shows('cli', ['npx csghub --help', 'npx cfgpu --help', 'csghub login']);
    const errorClasses = await page
      .locator('section#errors tr td:nth-child(2)')
      .evaluateAll((cells) => cells.map((cell) => cell.textContent));
    expect(errorClasses).toHaveLength(ERROR_ROWS.length);
    ERROR_ROWS.forEach((row, i) => {
      for (const name of row.classes) expect(errorClasses[i]).toContain(name);
    });
    await screenshot(page, 'index', true);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await page.close();
  });

  it.each(apis.map((api) => [api.name, api] as const))(
    'shows every %s operation with its code samples, with no console errors',
    async (name, api) => {
      const operations = listOperations(await bundleApi(api, true));
      const written = await writtenSamples(name);
      const { page, errors, external } = await open(`${base}/${name}.html`);
      await screenshot(page, name);
      const sidebar =
        (await page.locator('[data-component-name="Menu/Menu"]').first().textContent()) ?? '';
      for (const heading of ['Authentication', 'Errors', 'Pagination'])
        expect(sidebar, heading).toContain(heading);
      // Redoc renders a section when it is opened: open each operation from the sidebar and
      // check that its page shows its method, path and code samples. Redoc takes ≈ 0.25 s per
      // operation here (more on a busy machine), hence the long timeout below for a spec of
      // hundreds of them.
      for (const op of operations) {
        const slug = `${kebab(op.tags[0] ?? '')}/${op.operationId.toLowerCase()}`;
        // A hash change, not a reload: Redoc routes it without parsing the page again.
        await page.evaluate((hash) => {
          window.location.hash = hash;
        }, `#/${slug}`);
        const heading = page.locator(`[id="${slug}"]`).first();
        await heading.waitFor({ state: 'visible', timeout: 10_000 });
        // The section, its heading and both code samples in one evaluate. Redoc shows one
        // sample language at a time (a global choice): read the one shown, switch to the other.
        const { title, section, samples } = await page.evaluate(
          async ([id, labels]) => {
            const found = document.getElementById(id);
            const sectionEl = found?.closest('[data-section-id]');
            const panel = sectionEl?.querySelector('.panel-request-samples');
            const switcher = [
              ...(panel?.querySelectorAll<HTMLElement>('button[aria-haspopup=menu]') ?? []),
            ].find((b) => labels.includes(b.textContent));
            const read: Record<string, string> = {};
            const first = switcher?.textContent ?? '';
            read[first] = panel?.querySelector('pre')?.textContent ?? '';
            switcher?.click();
            // React renders the menu and then the other sample within a few frames.
            const deadline = performance.now() + 5000;
            let other: HTMLElement | undefined;
            while (!other && performance.now() < deadline) {
              await new Promise((resolve) => setTimeout(resolve, 1));
              other = [...document.querySelectorAll<HTMLElement>('[role=menuitem]')].find(
                (item) => labels.includes(item.textContent) && item.textContent !== first,
              );
            }
            other?.click();
            let text = read[first];
            while (other && text === read[first] && performance.now() < deadline) {
              await new Promise((resolve) => setTimeout(resolve, 1));
              text = panel?.querySelector('pre')?.textContent ?? '';
            }
            if (other) read[other.textContent] = text;
            return {
              title: found?.textContent ?? '',
              section: sectionEl?.textContent ?? '',
              samples: read,
            };
          },
          [slug, ['TypeScript', 'curl']] as [string, string[]],
        );
        expect(title, op.operationId).toContain(op.summary);
        expect(section, op.operationId).toContain(op.path);
        const expected = written.get(op.operationId);
        expect(expected, `${op.operationId} has no x-codeSamples`).toBeDefined();
        expect(samples['TypeScript'], op.operationId).toBe(expected?.['TypeScript']);
        expect(samples['TypeScript'], op.operationId).toMatch(
          new RegExp(`\\b${name}(\\.[A-Za-z]+)+\\(`),
        );
        expect(samples['curl'], op.operationId).toBe(expected?.['curl']);
        expect(samples['curl'], op.operationId).toMatch(/^curl /);
      }
      // One operation with its samples in view, TypeScript first.
      const shown = operations.find((op) => op.method === 'post') ?? operations[0];
      if (shown) {
        const slug = `${kebab(shown.tags[0] ?? '')}/${shown.operationId.toLowerCase()}`;
        await page.evaluate((hash) => {
          window.location.hash = hash;
        }, `#/${slug}`);
        const heading = page.locator(`[id="${slug}"]`).first();
        await heading.waitFor({ state: 'visible' });
        const section = page.locator('[data-section-id]').filter({ has: heading }).last();
        const switcher = section.locator('.panel-request-samples button', { hasText: /^curl$/ });
        if ((await switcher.count()) > 0) {
          await switcher.first().click();
          await page.getByRole('menuitem', { name: 'TypeScript', exact: true }).click();
        }
        await heading.evaluate((element) => {
          element.scrollIntoView({ block: 'start' });
        });
        await screenshot(page, `${name}-operation`);
      }
      // Redocly's credit stays, drawn from an inline copy of its logo.
      const logo = page.locator('img[alt="redocly logo"]').first();
      expect(await logo.getAttribute('src')).toMatch(/^data:image\/svg\+xml,/);
      expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      expect(external).toEqual([]);
      await page.close();
    },
    300_000,
  );
});
