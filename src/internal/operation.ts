import type { OperationRef } from '../core/errors.js';

/** One row of a generated operation table (`generated/<api>.operations.ts`). */
export interface Operation extends OperationRef {
  readonly idempotent: boolean;
  readonly params?: Readonly<
    Record<
      string,
      { readonly pattern?: RegExp; readonly minLength?: number; readonly maxLength?: number }
    >
  >;
}

/** A path parameter value; `{ raw }` is already encoded and kept as is (file paths with `/`). */
export type PathValue = string | number | { readonly raw: string };
