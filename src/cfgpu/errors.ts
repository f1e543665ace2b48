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
 * The service answered `success: false` (under HTTP 200). `errorCode` says why;
 * {@link CFGPU_ERROR_CODES} gives the meaning of the documented codes.
 */
export class CfgpuError extends APIError {
  readonly errorCode: CfgpuErrorCode | undefined;
  readonly errorMsg: string;

  constructor(init: CfgpuErrorInit) {
    const text = [init.errorCode, init.errorMsg]
      .filter((p) => p !== undefined && p !== '')
      .join(' ');
    super({
      ...init,
      code: init.errorCode,
      message: `CFGPU ${text || 'error'}`,
    });
    this.errorCode = init.errorCode;
    this.errorMsg = init.errorMsg;
  }
}

nameErrorClasses({ CfgpuError });
