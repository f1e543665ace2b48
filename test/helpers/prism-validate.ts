/**
 * Prism's response validator, for tests that check the mock's own answers against the spec.
 * Under vitest its CommonJS module comes wrapped in `default` (once or twice); this unwraps it.
 */
import type { IHttpOperation } from '@stoplight/types';
import * as validatorModule from '@stoplight/prism-http/dist/validator/index.js';

type Validate = (opts: {
  resource: IHttpOperation;
  element: { statusCode: number; headers: Record<string, string>; body: unknown };
}) => { _tag: 'Left'; left: { message: string; path?: string[] }[] } | { _tag: 'Right' };

const unwrap = (namespace: object): unknown => {
  let value: unknown = namespace;
  while (value && typeof value === 'object' && 'default' in value) value = value.default;
  return value;
};

export const { validateOutput } = unwrap(validatorModule) as { validateOutput: Validate };
