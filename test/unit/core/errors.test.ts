import { describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  CsgkitError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
  errorClassForStatus,
  redactHeaders,
} from '../../../src/core/errors.js';

const operation = { id: 'getThing', method: 'GET', path: '/things/{id}' };

describe('errorClassForStatus', () => {
  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [503, InternalServerError],
    [418, APIError],
  ] as const)('maps %i to %s', (status, cls) => {
    expect(errorClassForStatus(status)).toBe(cls);
  });
});

describe('APIError', () => {
  it('names the status, the service message and the operation', () => {
    const error = new NotFoundError({ operation, status: 404, serviceMessage: 'no such thing' });
    expect(error.message).toBe('404 no such thing (getThing: GET /things/{id})');
    expect(error.name).toBe('NotFoundError');
    expect(error).toBeInstanceOf(APIError);
    expect(error).toBeInstanceOf(CsgkitError);
  });

  it('shows a service code that differs from the status', () => {
    const error = new BadRequestError({
      operation,
      status: 400,
      code: 10001,
      serviceMessage: 'bad',
    });
    expect(error.message).toBe('400 10001 bad (getThing: GET /things/{id})');
  });

  it('keeps the cause of connection errors', () => {
    const cause = new Error('ECONNRESET');
    const error = new APIConnectionTimeoutError({ operation, cause });
    expect(error.cause).toBe(cause);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error.status).toBeUndefined();
  });

  it('serialises without credentials', () => {
    const headers = new Headers({ 'set-cookie': 'session=abc', 'x-request-id': 'r-1' });
    const error = new APIError({ operation, status: 500, headers });
    const json = JSON.stringify(error);
    expect(json).not.toContain('session=abc');
    expect(JSON.parse(json)).toMatchObject({
      name: 'APIError',
      status: 500,
      operation,
      headers: { 'set-cookie': '[REDACTED]', 'x-request-id': 'r-1' },
    });
  });
});

describe('redactHeaders', () => {
  it('masks credentials in Headers and plain objects, whatever the case (names lower-cased)', () => {
    expect(redactHeaders(new Headers({ Authorization: 'Bearer x', Accept: 'a' }))).toEqual({
      authorization: '[REDACTED]',
      accept: 'a',
    });
    expect(redactHeaders({ Cookie: 'c', 'Proxy-Authorization': 'p', 'X-Other': 'o' })).toEqual({
      cookie: '[REDACTED]',
      'proxy-authorization': '[REDACTED]',
      'x-other': 'o',
    });
  });
});
