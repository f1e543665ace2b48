/** The parts of Prism's internals that the mock server plugs into. */
import type { IHttpOperation } from '@stoplight/types';

export type PrismRoute = (opts: {
  resources: IHttpOperation[];
  input: { url: { path: string } };
}) => unknown;
export type PrismMock = (opts: MockArgs) => (logger: unknown) => unknown;
/** What Prism hands its mock step. */
export interface MockArgs {
  resource: IHttpOperation;
  input: {
    data: {
      method: string;
      url: { path: string; query?: Record<string, unknown> };
      body?: unknown;
      headers?: Record<string, string>;
    };
    validations: { severity: number }[];
  };
  config: { code?: number; exampleKey?: string };
}
