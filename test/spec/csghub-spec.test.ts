import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, bundleApi, listOperations, loadApi } from '../../tooling/apis.js';

const doc = await bundleApi(await loadApi('csghub'), true);
const operations = listOperations(doc);

/** Path templates compared by shape: `{id}` and `{comment_id}` both stand for a segment. */
const shape = (method: string, route: string) =>
  `${method.toUpperCase()} ${route.replace(/^\/api\/v1/, '').replace(/\{[^}]+\}/g, '{}')}`;

interface MediaType {
  examples?: Record<string, unknown>;
}

describe('CSGHub spec', () => {
  it('holds every seed operation, or DECISIONS.md accounts for it', async () => {
    const seed = (await readFile(path.join(ROOT, 'specs/seeds/csghub-operations.tsv'), 'utf8'))
      .trim()
      .split('\n')
      .map((line) => line.split('\t') as [string, string]);
    const decisions = await readFile(path.join(ROOT, 'specs/DECISIONS.md'), 'utf8');
    const inSpec = new Set(operations.map((op) => shape(op.method, op.path)));
    const unaccounted = seed.filter(
      ([method, route]) =>
        !inSpec.has(shape(method, route)) && !decisions.includes(`\`${method} ${route}\``),
    );
    expect(seed).toHaveLength(272);
    expect(unaccounted).toEqual([]);
  });

  it('keys every path with its real prefix', () => {
    // The git LFS routes sit at the host root, beside the git routes they belong to; the
    // SDK-compatible routes under `/csg/`.
    const prefix =
      /^\/((api\/)?v1\/|csg\/(api\/(models|datasets|codes|spaces|mcps)\/|((datasets|codes|spaces|mcps)\/)?\{namespace\}\/\{name\}\/resolve\/)|(models|datasets|codes|spaces)\/\{namespace\}\/\{name\}\.git\/info\/lfs\/)/;
    for (const route of Object.keys(doc.paths)) expect(route).toMatch(prefix);
  });

  it('authenticates with the Authorization header, so a bare token and Bearer both reach the mock', () => {
    const schemes = (doc['components'] as { securitySchemes: Record<string, unknown> })
      .securitySchemes;
    expect(schemes['ApiToken']).toMatchObject({
      type: 'apiKey',
      in: 'header',
      name: 'Authorization',
    });
  });

  it('has unique camelCase operationIds with a summary and a tag', () => {
    const ids = operations.map((op) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const op of operations) {
      expect(op.operationId).toMatch(/^[a-z][A-Za-z]+$/);
      expect(op.summary, op.operationId).not.toBe('');
      expect(op.tags.length, op.operationId).toBeGreaterThan(0);
    }
  });

  it('gives every JSON or event-stream response named examples', () => {
    const missing: string[] = [];
    for (const op of operations) {
      const responses = (
        doc.paths[op.path]?.[op.method] as {
          responses: Record<string, { content?: Record<string, MediaType> }>;
        }
      ).responses;
      for (const [status, response] of Object.entries(responses)) {
        for (const [type, media] of Object.entries(response.content ?? {})) {
          if (Object.keys(media.examples ?? {}).length === 0)
            missing.push(`${op.operationId} ${status} ${type}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
