/**
 * Glob patterns for repository paths (`/`-separated, relative to the root):
 * `*` any characters within one folder level, `?` one such character, `**` any number of
 * whole levels. A pattern without `/` matches a file's name in any folder (`*.json`); one with
 * `/` matches the whole path from the root (`tokenizer/*`, `**\/*.bin`); a trailing `/` matches
 * everything under that folder (`examples/`). Anything else is literal.
 */

/** One compiled pattern: `test(path)` says whether a repository path matches it. */
export interface Glob {
  readonly pattern: string;
  test(path: string): boolean;
}

const escape = (text: string) => text.replace(/[.+^${}()|[\]\\]/g, '\\$&');

function source(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length;) {
    if (pattern.startsWith('**', i)) {
      const atStart = i === 0 || pattern[i - 1] === '/';
      const next = pattern[i + 2];
      if (atStart && next === '/') {
        out += '(?:[^/]*/)*'; // `**/`: zero or more whole levels
        i += 3;
      } else if (atStart && next === undefined) {
        out += '.*'; // a trailing `**`: everything below
        i += 2;
      } else {
        out += '[^/]*'; // `**` inside a name is a plain `*`
        i += 2;
      }
      continue;
    }
    const c = pattern[i] ?? '';
    out += c === '*' ? '[^/]*' : c === '?' ? '[^/]' : escape(c);
    i += 1;
  }
  return out;
}

/** Compiles a pattern; an empty one matches nothing. */
export function compileGlob(pattern: string): Glob {
  const folder = pattern.endsWith('/');
  const body = folder ? `${pattern}**` : pattern;
  const anywhere = !body.includes('/');
  const regex = new RegExp(`^${source(body)}$`, 'u');
  return {
    pattern,
    test(path: string): boolean {
      if (pattern === '') return false;
      return regex.test(anywhere ? path.slice(path.lastIndexOf('/') + 1) : path);
    },
  };
}

/**
 * Whether a path is selected: it matches one of `include` (or `include` is empty) and none of
 * `exclude`.
 */
export function selectPath(
  path: string,
  include: readonly Glob[],
  exclude: readonly Glob[],
): boolean {
  if (include.length > 0 && !include.some((glob) => glob.test(path))) return false;
  return !exclude.some((glob) => glob.test(path));
}
