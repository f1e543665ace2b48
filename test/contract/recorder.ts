import type { FetchLike } from '../../src/core/options.js';
import { bundleApi, listOperations, loadApi, type OperationEntry } from '../../tooling/apis.js';

/** Records which spec operations the contract tests reach, and any Prism violation. */
export class ContractRecorder {
  readonly hits = new Set<string>();
  violations: string[] = [];
  readonly #operations: OperationEntry[];
  readonly #matchers: { key: string; method: string; pattern: RegExp }[];

  private constructor(operations: OperationEntry[]) {
    this.#operations = operations;
    // Literal paths before templated ones, so `/instance/status` never counts as `/{id}/status`.
    this.#matchers = operations
      .map((op) => ({
        key: `${op.method.toUpperCase()} ${op.path}`,
        method: op.method.toUpperCase(),
        params: (op.path.match(/\{/g) ?? []).length,
        pattern: new RegExp(
          `^${op.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{[^}]+\\\}/g, '[^/]+')}$`,
        ),
      }))
      .sort((a, b) => a.params - b.params);
  }

  static async forApi(name: string): Promise<ContractRecorder> {
    return new ContractRecorder(listOperations(await bundleApi(await loadApi(name), true)));
  }

  get operations(): OperationEntry[] {
    return this.#operations;
  }

  /** A `fetch` that records the operation each request reaches. */
  fetch: FetchLike = async (input, init) => {
    const url = new URL(input);
    const method = (init.method ?? 'GET').toUpperCase();
    const match = this.#matchers.find((m) => m.method === method && m.pattern.test(url.pathname));
    this.hits.add(match?.key ?? `UNKNOWN ${method} ${url.pathname}`);
    const response = await globalThis.fetch(input, init);
    const violations = response.headers.get('sl-violations');
    if (violations) this.violations.push(`${method} ${url.pathname}: ${violations}`);
    // The mock refuses a request that breaks the spec as the service would, and says why here.
    const refused = response.headers.get('x-mock-validation');
    if (refused) this.violations.push(`${method} ${url.pathname}: refused: ${refused}`);
    if (response.headers.get('content-type')?.includes('problem+json')) {
      // With --errors, Prism answers a request violation with problem details instead.
      const problem = (await response.clone().json()) as { type?: string; validation?: unknown };
      if (problem.type?.includes('stoplight.io/prism/errors')) {
        this.violations.push(
          `${method} ${url.pathname}: ${JSON.stringify(problem.validation ?? problem.type)}`,
        );
      }
    }
    return response;
  };

  /** Returns and clears the violations seen so far (for tests that send invalid requests). */
  takeViolations(): string[] {
    const seen = this.violations;
    this.violations = [];
    return seen;
  }
}
