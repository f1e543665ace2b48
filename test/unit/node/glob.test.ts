/** The glob patterns of whole-repository downloads (`node/glob.ts`). */
import { describe, expect, it } from 'vitest';
import { compileGlob, selectPath } from '../../../node/index.js';

const matches = (pattern: string, path: string) => compileGlob(pattern).test(path);

describe('compileGlob', () => {
  it('matches a name in any folder when the pattern has no slash', () => {
    expect(matches('*.json', 'config.json')).toBe(true);
    expect(matches('*.json', 'tokenizer/tokenizer.json')).toBe(true);
    expect(matches('*.json', 'config.jsonl')).toBe(false);
    expect(matches('config.json', 'a/b/config.json')).toBe(true);
    expect(matches('config.json', 'a/b/my-config.json')).toBe(false);
  });

  it('matches from the root when the pattern has a slash', () => {
    expect(matches('tokenizer/*', 'tokenizer/vocab.txt')).toBe(true);
    expect(matches('tokenizer/*', 'tokenizer/sub/vocab.txt')).toBe(false);
    expect(matches('tokenizer/*', 'x/tokenizer/vocab.txt')).toBe(false);
    expect(matches('*/vocab.txt', 'tokenizer/vocab.txt')).toBe(true);
  });

  it('takes ** for any number of folder levels, none included', () => {
    expect(matches('**/*.py', 'infer.py')).toBe(true);
    expect(matches('**/*.py', 'examples/python/infer.py')).toBe(true);
    expect(matches('examples/**', 'examples/python/infer.py')).toBe(true);
    expect(matches('examples/**/infer.py', 'examples/infer.py')).toBe(true);
    expect(matches('examples/**/infer.py', 'examples/a/b/infer.py')).toBe(true);
    expect(matches('examples/**/infer.py', 'other/a/infer.py')).toBe(false);
  });

  it('takes ? for one character within a level, and a trailing / for a whole folder', () => {
    expect(matches('model-0000?.bin', 'model-00001.bin')).toBe(true);
    expect(matches('model-0000?.bin', 'model-000010.bin')).toBe(false);
    expect(matches('a?b', 'a/b')).toBe(false);
    expect(matches('examples/', 'examples/python/infer.py')).toBe(true);
    expect(matches('examples/', 'examples-old/x.py')).toBe(false);
  });

  it('reads every other character literally', () => {
    expect(matches('a.b', 'axb')).toBe(false);
    expect(matches('(x)+[y]', '(x)+[y]')).toBe(true);
    expect(matches('^$|\\', '^$|\\')).toBe(true);
    expect(matches('', 'anything')).toBe(false);
  });
});

describe('selectPath', () => {
  const globs = (...patterns: string[]) => patterns.map(compileGlob);

  it('keeps what an include matches and no exclude does', () => {
    const include = globs('*.json', 'tokenizer/*');
    const exclude = globs('tokenizer/tokenizer.json');
    const paths = ['config.json', 'tokenizer/tokenizer.json', 'tokenizer/vocab.txt', 'README.md'];
    expect(paths.filter((p) => selectPath(p, include, exclude))).toEqual([
      'config.json',
      'tokenizer/vocab.txt',
    ]);
    expect(paths.filter((p) => selectPath(p, [], globs('*.md')))).toHaveLength(3);
    expect(paths.filter((p) => selectPath(p, [], []))).toEqual(paths);
  });
});
