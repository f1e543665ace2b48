import { accessSync, constants } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chromiumPath, launchChromium } from '../helpers/browser.js';

describe('the Chromium the browser tests use', () => {
  it('is the packaged one on a machine without a system Chromium, and it renders a page', async () => {
    const packaged = await chromiumPath({}, '/nonexistent/chromium');
    expect(packaged).not.toBe('/nonexistent/chromium');
    accessSync(packaged, constants.X_OK);
    const browser = await launchChromium(packaged);
    try {
      const page = await browser.newPage();
      await page.setContent('<p id="made-here">rendered</p>');
      expect(await page.textContent('#made-here')).toBe('rendered');
    } finally {
      await browser.close();
    }
  });

  it('prefers CHROMIUM_PATH, and refuses one that names no file', async () => {
    await expect(chromiumPath({ CHROMIUM_PATH: process.execPath })).resolves.toBe(process.execPath);
    await expect(chromiumPath({ CHROMIUM_PATH: '/nonexistent/chromium' })).rejects.toThrow(
      'CHROMIUM_PATH names no file: /nonexistent/chromium',
    );
  });
});
