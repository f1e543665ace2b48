/**
 * Prism's view of a spec (its operations, dereferenced), cached next to the bundled spec.
 * Turning the CSGHub spec into operations takes Prism about 0.8 s; reading them back from
 * JSON takes a few tens of milliseconds, which is most of what separates a mock that is up in
 * well under two seconds from one that is not.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { getHttpOperationsFromSpec } from '@stoplight/prism-http';
import type { IHttpOperation } from '@stoplight/types';
import { replaceFile } from '../tooling/files.js';

interface Cache {
  source: string;
  operations: IHttpOperation[];
}

export async function loadOperations(specFile: string): Promise<IHttpOperation[]> {
  const source = createHash('sha256')
    .update(await readFile(specFile))
    .digest('hex');
  const cacheFile = `${specFile}.operations.json`;
  const cached = await readFile(cacheFile, 'utf8')
    .then((text) => JSON.parse(text) as Cache)
    .catch(() => undefined);
  if (cached?.source === source) return cached.operations;
  const operations = await getHttpOperationsFromSpec(specFile);
  await replaceFile(cacheFile, JSON.stringify({ source, operations } satisfies Cache));
  return operations;
}
