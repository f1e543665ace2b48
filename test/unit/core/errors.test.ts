import { describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  CsgkitError,
  InternalServerError,
  InvalidArgumentError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
  WaitFailedError,
  WaitTimeoutError,
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
    expect(error.message).toBe('400 10001: bad (getThing: GET /things/{id})');
  });

  it('keeps the cause of connection errors', () => {
    const cause = new Error('ECONNRESET');
    const error = new APIConnectionTimeoutError({ operation, cause });
    expect(error.cause).toBe(cause);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error.status).toBeUndefined();
  });

  it('says the code once: not when it is the status, nor when the text already has it', () => {
    expect(
      new APIError({ operation, status: 404, code: 404, serviceMessage: 'gone' }).message,
    ).toBe('404 gone (getThing: GET /things/{id})');
    const echoed = new APIError({ operation, status: 400, code: 'E7', serviceMessage: 'E7 bad' });
    expect(echoed.message).toBe('400 E7 bad (getThing: GET /things/{id})');
  });

  it('says the fallback text only when the service sent none', () => {
    const bare = new APIError({
      operation,
      status: 401,
      code: 'AUTH-ERR-0',
      fallbackText: 'Unauthorized',
    });
    expect(bare.message).toBe('401 AUTH-ERR-0: Unauthorized (getThing: GET /things/{id})');
    expect(bare.serviceMessage).toBeUndefined();
    const own = new APIError({
      operation,
      status: 401,
      serviceMessage: 'token expired',
      fallbackText: 'Unauthorized',
    });
    expect(own.message).toBe('401 token expired (getThing: GET /things/{id})');
    expect(own.serviceMessage).toBe('token expired');
  });

  it('keeps only the public fields of the operation it was given', () => {
    const row = { ...operation, idempotent: true, params: { id: { pattern: /^[a-z]+$/ } } };
    const error = new APIError({ operation: row, status: 500 });
    expect(error.operation).toEqual(operation);
  });

  it('serialises to a small object without headers, body, regexes or credentials', () => {
    const headers = new Headers({ 'set-cookie': 'session=abc', 'x-request-id': 'r-1' });
    const row = { ...operation, idempotent: true, params: { id: { pattern: /^[a-z]+$/ } } };
    const error = new NotFoundError({
      operation: row,
      status: 404,
      headers,
      body: { msg: 'REPO-ERR-3', internal: 'x' },
      code: 'REPO-ERR-3',
      serviceMessage: 'no such thing',
      requestId: 'r-1',
    });
    const json = JSON.stringify(error);
    expect(json).not.toContain('session=abc');
    expect(JSON.parse(json)).toEqual({
      name: 'NotFoundError',
      message: '404 REPO-ERR-3: no such thing (getThing: GET /things/{id})',
      status: 404,
      code: 'REPO-ERR-3',
      serviceMessage: 'no such thing',
      operation: 'GET /things/{id}',
      operationId: 'getThing',
      requestId: 'r-1',
    });
    expect(error.toJSON()).toEqual(JSON.parse(json));
  });

  it('serialises a cause of this package, and leaves out any other', () => {
    const last = new InternalServerError({ operation, status: 503 });
    const timeout = new APIConnectionTimeoutError({ operation, message: 'deadline', cause: last });
    expect(timeout.toJSON()).toEqual({
      name: 'APIConnectionTimeoutError',
      message: 'deadline (getThing: GET /things/{id})',
      operation: 'GET /things/{id}',
      operationId: 'getThing',
      cause: {
        name: 'InternalServerError',
        message: '503 (getThing: GET /things/{id})',
        status: 503,
        operation: 'GET /things/{id}',
        operationId: 'getThing',
      },
    });
    const aborted = new APIUserAbortError({ operation, cause: new Error('reason with secret') });
    expect(JSON.stringify(aborted)).not.toContain('secret');
  });

  it('serialises the other errors of this package the same way', () => {
    expect(new InvalidArgumentError('id is empty', operation).toJSON()).toEqual({
      name: 'InvalidArgumentError',
      message: 'id is empty (getThing: GET /things/{id})',
      operation: 'GET /things/{id}',
      operationId: 'getThing',
    });
    expect(new WaitFailedError('deploy failed', 'ERROR').toJSON()).toEqual({
      name: 'WaitFailedError',
      message: 'deploy failed',
      state: 'ERROR',
    });
    expect(new WaitTimeoutError('still building', undefined).toJSON()).toEqual({
      name: 'WaitTimeoutError',
      message: 'still building',
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
