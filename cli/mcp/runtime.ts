/**
 * What every tool of the MCP server goes through: the clients (built from the same settings as
 * the CLIs), the guard (read-only unless `--allow-writes`, `confirm: true` for what destroys or
 * costs, the spending cap) and the execution of one checked operation through the client's own
 * transport, so retries, timeouts and token masking apply.
 */
import type { CFGPU } from '../../src/cfgpu/client.js';
import type { CSGHub } from '../../src/csghub/client.js';
import type { Scrub } from '../../src/internal/mask.js';
import { note, settingsFor } from '../common.js';
import type { ApiName } from '../config.js';
import {
  checkArguments,
  findOperation,
  type ApiOperation,
  type CallArguments,
  type CheckedCall,
} from './catalog.js';

export interface ServerOptions {
  /** Without it only reads run. */
  allowWrites: boolean;
  /** Most money (in the service's currency unit, yuan) the calls of one run may commit. */
  maxSpend: number | undefined;
  /** Overrides of the environment, for tests; the process environment otherwise. */
  env?: NodeJS.ProcessEnv;
}

/** A tool was called in a way the server refuses; nothing was sent. */
export class RefusedError extends Error {}

/** A cost estimate in yuan, or why there is none. */
export type Estimate = { amount: number; basis: string } | { amount: undefined; basis: string };

/** Hours one prepaid period of CFGPU's `priceType` stands for (a month counted as 30 days). */
export const PERIOD_HOURS = { Day: 24, Week: 168, Month: 720 } as const;

/** Longest text a tool answers with; longer results are cut and say so. */
export const MAX_RESULT_CHARS = 24_000;

export class Runtime {
  readonly options: ServerOptions;
  #csghub: Promise<CSGHub> | undefined;
  #cfgpu: Promise<CFGPU> | undefined;
  #scrub: Scrub = (value) => value;
  /** Estimated money committed by confirmed calls so far in this run. */
  spent = 0;

  constructor(options: ServerOptions) {
    this.options = options;
  }

  /** Reads both APIs' settings (so their tokens are masked everywhere) before any tool runs. */
  async init(): Promise<void> {
    const env = this.options.env ?? process.env;
    const [hub, gpu] = await Promise.all([
      settingsFor('csghub', {}, env),
      settingsFor('cfgpu', {}, env),
    ]);
    const { masker } = await import('../../src/internal/mask.js');
    const scrubs = [masker(hub.token), masker(gpu.token)];
    this.#scrub = <T>(value: T): T => scrubs.reduce((v, scrub) => scrub(v), value);
    const { nodeFetch } = await import('../../node/index.js');
    this.#csghub = import('../../src/csghub/client.js').then(
      ({ CSGHub }) => new CSGHub({ token: hub.token, baseUrl: hub.baseUrl, fetch: nodeFetch }),
    );
    // The CFGPU client refuses to exist without a token: the error waits for the first call.
    this.#cfgpu = import('../../src/cfgpu/client.js').then(
      ({ CFGPU }) => new CFGPU({ token: gpu.token, baseUrl: gpu.baseUrl, fetch: nodeFetch }),
    );
    this.#cfgpu.catch(() => undefined);
  }

  /** Masks both tokens (and URL credentials) in any text or JSON value. */
  scrub<T>(value: T): T {
    return this.#scrub(value);
  }

  csghub(): Promise<CSGHub> {
    if (!this.#csghub) throw new Error('runtime not initialised');
    return this.#csghub;
  }

  cfgpu(): Promise<CFGPU> {
    if (!this.#cfgpu) throw new Error('runtime not initialised');
    return this.#cfgpu;
  }

  /** One line on stderr, tokens masked (stdout carries the protocol). */
  log(text: string): void {
    note(`csgkit-mcp: ${this.scrub(text)}`);
  }

  /**
   * Refuses a write without `--allow-writes`; answers `false` when the operation needs
   * `confirm: true` and did not get it (the caller then reports what it would do).
   */
  admit(op: ApiOperation, confirm: boolean | undefined): boolean {
    if (op.risk === 'read') return true;
    if (!this.options.allowWrites) {
      throw new RefusedError(
        `${op.id} (${op.method} ${op.path}) changes things; the server is read-only. ` +
          'Start csgkit-mcp with --allow-writes to allow it.',
      );
    }
    return op.risk === 'write' || confirm === true;
  }

  /**
   * Counts a confirmed call's estimated cost against `--max-spend`, refusing it when the cap
   * would be passed or, under a cap, when a billed call has no estimate.
   */
  charge(op: ApiOperation, estimate: Estimate | undefined): void {
    const cap = this.options.maxSpend;
    if (cap === undefined || op.risk !== 'confirm' || estimate === undefined) return;
    if (estimate.amount === undefined) {
      throw new RefusedError(
        `${op.id} may cost money and its cost cannot be estimated (${estimate.basis}); ` +
          `refused under --max-spend ${cap}.`,
      );
    }
    if (this.spent + estimate.amount > cap) {
      throw new RefusedError(
        `${op.id} would bring this run's estimated spending to ${round(this.spent + estimate.amount)} ` +
          `(${estimate.basis}), over --max-spend ${cap}; ${round(this.spent)} committed so far.`,
      );
    }
    this.spent += estimate.amount;
  }

  /** Runs a checked operation through the client's transport; resolves to the unwrapped data. */
  async execute(op: ApiOperation, call: CheckedCall, signal: AbortSignal): Promise<unknown> {
    if (/^(stream|download)/.test(op.id)) {
      throw new RefusedError(
        `${op.id} answers an event stream or file bytes, which a tool result cannot carry; ` +
          'use the csghub CLI (status, logs, download) instead.',
      );
    }
    const transport = await this.#transportFor(op);
    const { encodeFilePath } = await import('../../src/csghub/ids.js');
    const path: Record<string, string | number | { raw: string }> = {};
    for (const [name, value] of Object.entries(call.path)) {
      path[name] = name === 'file_path' ? encodeFilePath(String(value), op.runtime) : value;
    }
    return transport.request(
      op.runtime,
      {
        params: { path, query: call.query },
        ...(call.body === undefined ? {} : { body: call.body }),
      },
      { signal },
    );
  }

  /** Looks an operation up, checks its arguments and guard, and runs it. */
  async call(
    id: string,
    args: CallArguments & { confirm?: boolean },
    signal: AbortSignal,
    estimate?: () => Promise<Estimate>,
  ): Promise<{ done: true; data: unknown } | { done: false; preview: Record<string, unknown> }> {
    const op = findOperation(id);
    if (!op) throw new RefusedError(`no operation ${id}; find one with search_operations`);
    const call = checkArguments(op, args);
    if (!this.admit(op, args.confirm)) {
      const cost = estimate ? await estimate().catch(() => undefined) : undefined;
      return {
        done: false,
        preview: {
          wouldCall: `${op.method} ${op.path}`,
          operation: op.id,
          summary: op.summary,
          why: `${op.reason ?? 'needs confirmation'}; nothing was sent`,
          arguments: call,
          ...(cost && { estimatedCost: cost }),
          toProceed: 'call again with confirm: true',
        },
      };
    }
    if (op.risk === 'confirm' && this.options.maxSpend !== undefined) {
      this.charge(op, estimate ? await estimate() : defaultEstimate(op));
    }
    this.log(`${op.id} ${op.method} ${op.path}`);
    return { done: true, data: await this.execute(op, call, signal) };
  }

  async #transportFor(op: ApiOperation) {
    if (op.api === 'cfgpu') {
      const { transportOf } = await import('../../src/cfgpu/client.js');
      return transportOf(await this.cfgpu());
    }
    const { transportsOf } = await import('../../src/csghub/client.js');
    const transports = transportsOf(await this.csghub());
    return op.path.startsWith('/v1/') ? transports.gateway : transports.hub;
  }
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The estimate of a call with no better rule: destroying or stopping costs nothing more, and
 * anything else billed has no estimate (refused under a cap).
 */
function defaultEstimate(op: ApiOperation): Estimate {
  if (/^(delete|remove|release|stop|revoke|reset)/.test(op.id) || op.method === 'DELETE') {
    return { amount: 0, basis: 'stops or removes; commits no new spending' };
  }
  return { amount: undefined, basis: 'the API publishes no price for it' };
}

/** The API an operation id belongs to, if any. */
export const apiOf = (id: string): ApiName | undefined => findOperation(id)?.api;
