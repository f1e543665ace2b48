/**
 * Repository paths chosen by the server, checked before they become local paths: a name that
 * could reach outside the download folder, or that a file system would read differently, is
 * refused with the reason.
 */
import path from 'node:path';

/** Longest repository path taken, in characters. */
export const MAX_PATH_CHARS = 1024;
/** Longest folder or file name taken, in UTF-8 bytes (the usual file-system limit). */
export const MAX_NAME_BYTES = 255;
/** The suffix of unfinished files beside their final name. */
export const PARTIAL_SUFFIX = '.partial';

// C0 controls, DEL and C1 controls.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;
// Bidirectional overrides, embeddings and isolates: they make a name read as another one.
const BIDI = /[\u202a-\u202e\u2066-\u2069]/u;

/** Why a repository path cannot be written under the download folder, or undefined if it can. */
export function repoPathProblem(name: unknown): string | undefined {
  if (typeof name !== 'string' || name === '') return 'the name is empty';
  if (name.length > MAX_PATH_CHARS)
    return `the path is longer than ${String(MAX_PATH_CHARS)} characters`;
  if (CONTROL.test(name)) return 'the path holds a control character';
  if (BIDI.test(name)) return 'the path holds a bidirectional control character';
  if (name.includes('\\')) return 'the path holds a backslash';
  if (name.startsWith('/')) return 'the path is absolute';
  if (/^[A-Za-z]:/u.test(name)) return 'the path starts with a drive letter';
  for (const segment of name.split('/')) {
    if (segment === '') return 'the path has an empty folder name';
    if (segment === '.' || segment === '..') return `the path has a "${segment}" segment`;
    if (Buffer.byteLength(segment) > MAX_NAME_BYTES) {
      return `a name in the path is longer than ${String(MAX_NAME_BYTES)} bytes`;
    }
  }
  if (name.endsWith(PARTIAL_SUFFIX)) {
    return `the name ends in "${PARTIAL_SUFFIX}", which this download keeps for unfinished files`;
  }
  return undefined;
}

/** Thrown for a repository path that cannot be written under the download folder. */
export class UnsafePathError extends Error {
  override readonly name = 'UnsafePathError';
  constructor(
    readonly repoPath: string,
    readonly reason: string,
  ) {
    super(`refused the server's file name ${JSON.stringify(repoPath)}: ${reason}`);
  }
}

/**
 * The local path of a repository file under `localDir` (absolute), or `UnsafePathError`. The
 * result is also checked to lie strictly inside `localDir` once resolved.
 */
export function localPathOf(localDir: string, name: string): string {
  const reason = repoPathProblem(name);
  if (reason !== undefined) throw new UnsafePathError(name, reason);
  const root = path.resolve(localDir);
  const target = path.resolve(root, ...name.split('/'));
  const relative = path.relative(root, target);
  if (
    relative === '' ||
    relative === '..' ||
    relative.startsWith(`..${path.sep}`) ||
    path.isAbsolute(relative)
  ) {
    throw new UnsafePathError(name, 'the path leads outside the download folder');
  }
  return target;
}
