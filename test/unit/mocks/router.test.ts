/**
 * The mock hands Prism only the operations its index keeps for a path. That must never change
 * what Prism decides: the same operation, or the same error (404 no path, 405 no method), as
 * when Prism routes against the whole spec.
 */
import * as routerModule from '@stoplight/prism-http/dist/router/index.js';
import type { IHttpOperation } from '@stoplight/types';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadOperations } from '../../../mocks/operations.js';
import { writeBundledSpec } from '../../../tooling/bundled-spec.js';
import { indexOperations } from '../../../mocks/router.js';

type Decision = { _tag: 'Right'; right: IHttpOperation } | { _tag: 'Left'; left: { name: string } };
const route = (routerModule as unknown as { default: { default?: unknown } }).default;
const prismRoute = (typeof route === 'function' ? route : route.default) as (opts: {
  resources: IHttpOperation[];
  input: unknown;
}) => Decision;

const outcome = (decision: Decision) =>
  decision._tag === 'Right'
    ? `operation ${decision.right.iid ?? ''}`
    : `error ${decision.left.name}`;

const METHODS = ['get', 'post', 'put', 'delete', 'patch'] as const;
/** Path segments, including ones that look like literals of other routes and odd characters. */
const segment = fc.oneof(
  fc.constantFrom('api', 'v1', 'userapi', 'models', 'status', 'instance', 'list', '{id}', ''),
  fc.stringMatching(/^[A-Za-z0-9_.%~-]{1,12}$/),
  fc.string({ minLength: 1, maxLength: 6 }).map(encodeURIComponent),
);

describe.each(['csghub', 'cfgpu'])('the %s mock router', (api) => {
  it('routes every request as Prism does against the whole spec', async () => {
    const operations = await loadOperations(await writeBundledSpec(api));
    const index = indexOperations(operations);
    // A request path from a real template (its parameters filled in), or from nowhere.
    const fromTemplate = fc
      .tuple(
        fc.constantFrom(...operations.map((op) => op.path)),
        fc.array(segment, { minLength: 8, maxLength: 8 }),
      )
      .map(([template, values]) => {
        let i = 0;
        return template.replace(/{[^}]+}/g, () => values[i++] ?? 'x');
      });
    const anywhere = fc
      .array(segment, { minLength: 1, maxLength: 7 })
      .map((s) => `/${s.join('/')}`);
    fc.assert(
      fc.property(fc.oneof(fromTemplate, anywhere), fc.constantFrom(...METHODS), (path, method) => {
        const input = { method, url: { path, query: {} }, headers: {} };
        const whole = prismRoute({ resources: operations, input });
        const narrowed = prismRoute({ resources: index.candidates(path), input });
        expect(outcome(narrowed)).toBe(outcome(whole));
      }),
      { numRuns: 1500 },
    );
  }, 60_000);
});
