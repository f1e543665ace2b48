/** Server-chosen repository paths on their way to disk (`node/safe-path.ts`). */
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localPathOf, repoPathProblem, UnsafePathError } from '../../../node/index.js';

const ROOT = path.resolve('/tmp/csgkit-snapshot-root');

describe('repoPathProblem', () => {
  it.each([
    ['../../etc/passwd', '".." segment'],
    ['a/../../b', '".." segment'],
    ['./a', '"." segment'],
    ['/etc/passwd', 'absolute'],
    ['a\\..\\b', 'backslash'],
    ['C:/Windows/x', 'drive letter'],
    ['c:evil', 'drive letter'],
    ['a\u0000b', 'control character'],
    ['a\nb', 'control character'],
    ['a\u001b[31m', 'control character'],
    ['a\u009bb', 'control character'],
    ['x\u202egnp.exe', 'bidirectional control character'],
    ['x\u2066y', 'bidirectional control character'],
    ['a//b', 'empty folder name'],
    ['a/', 'empty folder name'],
    ['', 'empty'],
    ['x'.repeat(256), 'longer than 255 bytes'],
    ['好'.repeat(86), 'longer than 255 bytes'],
    [`${'a/'.repeat(600)}b`, 'longer than 1024 characters'],
    ['model.bin.partial', '.partial'],
  ])('refuses %j (%s)', (name, reason) => {
    expect(repoPathProblem(name)).toContain(reason);
    expect(() => localPathOf(ROOT, name)).toThrow(UnsafePathError);
  });

  it('refuses what is not a string', () => {
    expect(repoPathProblem(undefined)).toBeDefined();
    expect(repoPathProblem(42)).toBeDefined();
  });

  it.each(['config.json', 'tokenizer/vocab.txt', 'a/b/c/..d', '...', 'é/名字.txt', 'ab:c'])(
    'takes %j',
    (name) => {
      expect(repoPathProblem(name)).toBeUndefined();
      expect(localPathOf(ROOT, name)).toBe(path.join(ROOT, ...name.split('/')));
    },
  );
});

describe('localPathOf', () => {
  it('never leads outside the folder, whatever the server sends', () => {
    const segment = fc.oneof(
      fc.constantFrom('..', '.', '', '/', '\\', 'C:', '..\\..', '%2e%2e', '\u0000', '~'),
      fc.string({ maxLength: 8 }),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
    );
    const name = fc.oneof(
      fc.array(segment, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('/')),
      fc.string({ maxLength: 40 }),
    );
    fc.assert(
      fc.property(name, (candidate) => {
        let target: string;
        try {
          target = localPathOf(ROOT, candidate);
        } catch (error) {
          return error instanceof UnsafePathError;
        }
        const relative = path.relative(ROOT, target);
        return (
          relative !== '' &&
          relative !== '..' &&
          !relative.startsWith(`..${path.sep}`) &&
          !path.isAbsolute(relative) &&
          target.startsWith(`${ROOT}${path.sep}`)
        );
      }),
      { numRuns: 3000 },
    );
  });
});
