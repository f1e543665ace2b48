import { APIError, nameErrorClasses, type APIErrorInit } from '../core/errors.js';
import type { KnownCfgpuErrorCode } from '../../generated/cfgpu.types.js';

/**
 * A CFGPU error code: one of the documented codes, or any other number or string the service
 * sends (such as `BIZ_ERROR`). Numeric strings arrive as numbers.
 */
// `& {}` keeps editor completion for the known codes.
export type CfgpuErrorCode = KnownCfgpuErrorCode | (number & {}) | (string & {});

/** What each documented code means, in English (the service's `errorMsg` is in Chinese). */
export const CFGPU_ERROR_CODES: Readonly<Record<KnownCfgpuErrorCode, string>> = {
  10001: 'request parameter error',
  50001: 'insufficient balance',
  51001: 'insufficient resources in the region',
  51002: 'not enough free GPUs of this type',
  52001: 'balance covers less than one hour',
  52002: 'the instance is starting',
  52003: 'the instance is already running',
  52004: 'the instance is stopping',
  52005: 'the instance is already stopped',
  52006: 'the instance is being released',
  52007: 'the instance must be stopped first',
  52008: 'the instance has expired',
  52009: 'a prepaid instance cannot be released before it expires',
};

/**
 * The HTTP status a CFGPU error code stands for (what {@link CfgpuError}'s `status` is): 402 for
 * the balance codes (50001, 52001), 503 for no capacity now (51001, 51002: it may come back), 409
 * for an instance in a state that does not allow the action (52002–52009), 400 for a refused
 * parameter (10001) and for any other code.
 */
export function cfgpuErrorStatus(code: CfgpuErrorCode | undefined): number {
  return code === 50001 || code === 52001
    ? 402
    : code === 51001 || code === 51002
      ? 503
      : typeof code === 'number' && code > 52001 && code < 52010
        ? 409
        : 400;
}

/** Numeric strings become numbers, so `52005` and `"52005"` compare equal. */
export function normalizeErrorCode(code: unknown): CfgpuErrorCode | undefined {
  if (typeof code === 'number') return code;
  if (typeof code !== 'string' || code === '') return undefined;
  return /^-?\d+$/.test(code) ? Number(code) : code;
}

export interface CfgpuErrorInit extends APIErrorInit {
  errorCode: CfgpuErrorCode | undefined;
  errorMsg: string;
}

/**
 * The service answered `success: false` (under HTTP 200). `code` (also `errorCode`) says why;
 * {@link CFGPU_ERROR_CODES} gives the meaning of the documented codes. `status` is the HTTP
 * status the code stands for ({@link cfgpuErrorStatus}), so `status >= 400` holds as for any
 * other failed request; `httpStatus` is the status the answer came with (200).
 */
export class CfgpuError extends APIError {
  readonly errorCode: CfgpuErrorCode | undefined;
  /** The service's text (`errorMsg`), `''` when it sent none; also `serviceMessage`. */
  readonly errorMsg: string;
  /** The HTTP status the answer came with: 200 for CFGPU's `success: false` answers. */
  readonly httpStatus: number | undefined;

  constructor(init: CfgpuErrorInit) {
    const code = init.errorCode === '' ? undefined : init.errorCode;
    const text = init.errorMsg.trim();
    // The code once: not again when the text already says it.
    const shown = code === undefined || text.includes(String(code)) ? '' : String(code);
    super({
      ...init,
      status: cfgpuErrorStatus(code),
      code,
      serviceMessage: init.errorMsg,
      message: `CFGPU ${shown && text ? `${shown}: ${text}` : shown || text || 'error'}`,
    });
    this.errorCode = code;
    this.errorMsg = init.errorMsg;
    this.httpStatus = init.status;
  }
}

nameErrorClasses({ CfgpuError });
