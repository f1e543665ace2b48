/**
 * Error messages say each thing once and never the token, whatever text the service sends:
 * property tests (fast-check) through the public clients with CSGHub's error bodies as its
 * helpers write them and CFGPU's `success: false` envelopes; plus the CSGHub code catalogue.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CFGPU_ERROR_CODES, CfgpuError, cfgpuErrorStatus } from '../../src/cfgpu/index.js';
import { APIError } from '../../src/core/index.js';
import { CSGHUB_ERROR_CODES } from '../../src/csghub/index.js';
import { cfgpuWith } from '../helpers/cfgpu.js';
import { csghubWith } from '../helpers/csghub.js';
import { fail, json, TOKEN } from '../helpers/fake-fetch.js';

const RUNS = 300;

const occurrences = (text: string, part: string): number => text.split(part).length - 1;

/** Service text, sometimes with the token in it (a service echoing a header back). */
const serviceText = (code: string) =>
  fc
    .tuple(fc.string({ maxLength: 60 }), fc.boolean(), fc.string({ maxLength: 20 }))
    .map(([before, echo, after]) => (echo ? `${before}Bearer ${TOKEN}${after}` : before + after))
    .filter((text) => !text.includes(code));

/** The bodies CSGHub's response helpers write for a coded error (api/httpbase/response.go). */
const csghubBody = fc.constantFrom(...Object.keys(CSGHUB_ERROR_CODES)).chain((code) =>
  fc.record({
    code: fc.constant(code),
    text: serviceText(code),
    shape: fc.constantFrom('bare', 'wrapped', 'no-code-field'),
    status: fc.constantFrom(400, 401, 403, 404, 409, 422, 429, 500, 503),
  }),
);

describe('CSGHub error messages', () => {
  it('say the code exactly once, the token never, in the message, the fields and JSON', async () => {
    await fc.assert(
      fc.asyncProperty(csghubBody, async ({ code, text, shape, status }) => {
        const body =
          shape === 'bare'
            ? { code, msg: code }
            : shape === 'wrapped'
              ? { code, msg: `${code}: ${text}` }
              : { msg: `${code}: ${text}` };
        const { csghub } = csghubWith(() => json(body, { status, statusText: 'Failed' }), {
          maxRetries: 0,
        });
        const error = await csghub.models.get('ns/name').catch((e: unknown) => e);
        expect(error).toBeInstanceOf(APIError);
        const { message, serviceMessage } = error as APIError;
        expect(occurrences(message, code)).toBe(1);
        expect(message.startsWith(`${status} ${code}: `)).toBe(true);
        expect(message.endsWith(' (getModel: GET /api/v1/models/{namespace}/{name})')).toBe(true);
        expect(message).not.toContain(TOKEN);
        expect(serviceMessage ?? '').not.toContain(TOKEN);
        expect(serviceMessage ?? '').not.toContain(code);
        expect(JSON.stringify(error)).not.toContain(TOKEN);
        expect(error).toMatchObject({ status, code });
      }),
      { numRuns: RUNS },
    );
  });
});

const cfgpuFailure = fc
  .constantFrom<number | string>(...Object.keys(CFGPU_ERROR_CODES).map(Number), 'BIZ_ERROR')
  .chain((code) => fc.record({ code: fc.constant(code), text: serviceText(String(code)) }));

describe('CFGPU error messages', () => {
  it('say the code exactly once, the token never, and have a status of 400 or more', async () => {
    await fc.assert(
      fc.asyncProperty(cfgpuFailure, async ({ code, text }) => {
        const { cfgpu } = cfgpuWith(() => fail(code, text));
        const error = await cfgpu.regions.list().catch((e: unknown) => e);
        expect(error).toBeInstanceOf(CfgpuError);
        const { message, status, httpStatus } = error as CfgpuError;
        expect(occurrences(message, String(code))).toBe(1);
        expect(message).not.toContain(TOKEN);
        expect(JSON.stringify(error)).not.toContain(TOKEN);
        expect(status).toBeGreaterThanOrEqual(400);
        expect(httpStatus).toBe(200);
      }),
      { numRuns: RUNS },
    );
  });

  it('gives each documented code the status of its kind, and 400 to any other', () => {
    expect(cfgpuErrorStatus(10001)).toBe(400);
    expect(cfgpuErrorStatus(50001)).toBe(402);
    expect(cfgpuErrorStatus(51002)).toBe(503);
    expect(cfgpuErrorStatus(52005)).toBe(409);
    expect(cfgpuErrorStatus(52009)).toBe(409);
    expect(cfgpuErrorStatus(52010)).toBe(400);
    expect(cfgpuErrorStatus(51001)).toBe(503);
    expect(cfgpuErrorStatus(52001)).toBe(402);
    expect(cfgpuErrorStatus('BIZ_ERROR')).toBe(400);
    expect(cfgpuErrorStatus(undefined)).toBe(400);
    for (const code of Object.keys(CFGPU_ERROR_CODES).map(Number)) {
      expect(cfgpuErrorStatus(code)).toBeGreaterThanOrEqual(400);
    }
  });

  it('says the code alone when errorMsg is empty, and serialises httpStatus', async () => {
    const { cfgpu } = cfgpuWith(() => fail(52005, ''));
    const error = await cfgpu.instances.stop('instance-1').catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      'CFGPU 52005 (stopInstance: POST /userapi/v1/instance/{instanceId}/stop)',
    );
    expect((error as CfgpuError).serviceMessage).toBeUndefined();
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'CfgpuError',
      message: (error as Error).message,
      status: 409,
      httpStatus: 200,
      code: 52005,
      operation: 'POST /userapi/v1/instance/{instanceId}/stop',
      operationId: 'stopInstance',
    });
  });
});

describe('CSGHUB_ERROR_CODES', () => {
  const entries = Object.entries(CSGHUB_ERROR_CODES);

  it('lists codes of the server form, each with a meaning', () => {
    expect(entries.length).toBeGreaterThan(100);
    for (const [code, meaning] of entries) {
      expect(code).toMatch(/^[A-Z]+-ERR-\d+$/);
      expect(meaning.trim()).not.toBe('');
    }
  });

  it('numbers each prefix from 0 without gaps or repeats, as the server counts them', () => {
    const byPrefix = new Map<string, number[]>();
    for (const [code] of entries) {
      const [, prefix = '', number = ''] = /^(.+)-(\d+)$/.exec(code) ?? [];
      byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), Number(number)]);
    }
    for (const numbers of byPrefix.values()) {
      expect(numbers).toEqual(numbers.map((_, index) => index));
    }
    expect([...byPrefix.keys()]).toEqual(expect.arrayContaining(['AUTH-ERR', 'REPO-ERR']));
  });

  it('has the meanings the server gives its best-known codes', () => {
    expect(CSGHUB_ERROR_CODES['AUTH-ERR-0']).toBe('Unauthorized');
    expect(CSGHUB_ERROR_CODES['REPO-ERR-3']).toBe('Repository not found');
    expect(CSGHUB_ERROR_CODES['SYS-ERR-0']).toBe('Internal Server Error');
  });
});
