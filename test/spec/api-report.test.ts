import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTRY_POINTS, apiReport } from '../../scripts/api-report.js';
import { ROOT } from '../../tooling/apis.js';

// Reads dist/, which `npm test` builds before the tests run.
describe('the public API report (api/*.api.md, npm run api:report)', () => {
  it.each(ENTRY_POINTS)(
    'matches what csgkit/%s exports',
    (entry) => {
      const { changed, errors } = apiReport(entry, false);
      expect(errors).toEqual([]);
      // When this fails, `npm run api:report` shows the change in api/: review it, then commit it.
      expect(changed).toBe(false);
    },
    60_000,
  );

  it('covers every entry point in package.json', async () => {
    const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as {
      exports: Record<string, unknown>;
    };
    const entries = Object.keys(pkg.exports)
      .filter((key) => key !== './package.json')
      .map((key) => key.slice(2));
    expect([...ENTRY_POINTS].sort()).toEqual(entries.sort());
  });
});
