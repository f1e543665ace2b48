import type { Scrub } from './mask.js';
import type { Operation } from './operation.js';

/** How one service wraps its answers and errors. */
export interface ServiceProfile {
  /** Turns a parsed 2xx body into the payload, or throws the service's error. */
  unwrap(body: unknown, response: Response, operation: Operation, scrub: Scrub): unknown;
  /**
   * Pulls the service's own code and text out of an error body (`message` without the code when
   * the service repeats it there).
   */
  describeError(body: unknown): {
    code?: string | number | undefined;
    message?: string | undefined;
  };
}
