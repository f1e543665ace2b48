import { InvalidArgumentError, type OperationRef } from '../core/errors.js';

/** A repository: `'namespace/name'`, or both parts apart. */
export type RepoId = string | { readonly namespace: string; readonly name: string };

const PART = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Untyped callers may pass anything; show and check it as text. */
const text = (value: unknown): string => String(value);

/** Splits and checks a repository id before anything is sent. */
export function splitRepoId(
  id: RepoId,
  operation: OperationRef,
): { namespace: string; name: string } {
  const parts = typeof id === 'string' ? id.split('/') : [text(id.namespace), text(id.name)];
  const [namespace, name] = parts;
  if (parts.length !== 2 || !namespace || !name || !PART.test(namespace) || !PART.test(name)) {
    throw new InvalidArgumentError(
      `repository ${JSON.stringify(parts.join('/'))} is not "namespace/name"`,
      operation,
    );
  }
  return { namespace, name };
}

/**
 * A file path for a path parameter: `/` kept between segments, each segment encoded. Empty,
 * `.` and `..` segments are refused, so a path can never climb out of the repository's route.
 */
export function encodeFilePath(path: string, operation: OperationRef): { raw: string } {
  const segments = path.replace(/^\/+/, '').split('/');
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..') {
      throw new InvalidArgumentError(
        `file path ${JSON.stringify(path)} has an empty, "." or ".." segment`,
        operation,
      );
    }
  }
  return { raw: segments.map(encodeURIComponent).join('/') };
}
