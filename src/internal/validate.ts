import { InvalidArgumentError } from '../core/errors.js';
import type { Operation } from './operation.js';

const shown = (value: string) =>
  JSON.stringify(value.length > 64 ? `${value.slice(0, 64)}…` : value);

/** Checks path parameters against the spec's rules before anything is sent. */
export function checkPathParams(op: Operation, values: Record<string, unknown> | undefined): void {
  if (!op.params) return;
  for (const name in op.params) {
    const rule = op.params[name];
    const value = values?.[name];
    // Pre-encoded values (file paths) were checked where they were built.
    if (typeof (value as { raw?: unknown } | undefined)?.raw === 'string') continue;
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw new InvalidArgumentError(`${name} is required (got ${typeof value})`, op);
    }
    const text = String(value);
    // Empty, or `.`/`..`, which URLs resolve (encoded too) and would send the call elsewhere.
    if (text.length < (rule?.minLength ?? 1) || /^\.\.?$/.test(text)) {
      throw new InvalidArgumentError(`${name} must not be ${shown(text)}`, op);
    }
    if (rule?.maxLength !== undefined && text.length > rule.maxLength) {
      throw new InvalidArgumentError(
        `${name} is too long (${text.length} > ${rule.maxLength} characters)`,
        op,
      );
    }
    if (rule?.pattern && !rule.pattern.test(text)) {
      throw new InvalidArgumentError(
        `${name} ${shown(text)} is malformed (expected ${String(rule.pattern)})`,
        op,
      );
    }
  }
}
