import { describe, expect, it } from 'vitest';
import { neutralJson, neutralise } from '../../../cli/terminal.js';

const codes = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));

const unsafe = [
  ...codes(0x00, 0x1f),
  '\x7f',
  ...codes(0x80, 0x9f),
  ...codes(0x202a, 0x202e),
  ...codes(0x2066, 0x2069),
];

describe('neutralise', () => {
  it.each(unsafe.map((c) => [c.codePointAt(0)?.toString(16) ?? '', c]))(
    'shows U+%s as an escape on one line',
    (_, char) => {
      const shown = neutralise(`a${char}b`);
      expect(shown).toMatch(/^a\\(x[0-9a-f]{2}|u[0-9a-f]{4}|n|r|t)b$/);
    },
  );

  it('names the common ones and keeps newline and tab in multi-line text', () => {
    expect(neutralise('\x1b]0;title\x07\u202e\x9b')).toBe('\\x1b]0;title\\x07\\u202e\\x9b');
    expect(neutralise('a\nb\tc\rd')).toBe('a\\nb\\tc\\rd');
    expect(neutralise('a\nb\tc\rd', { lines: true })).toBe('a\nb\tc\\rd');
  });

  it('leaves printable text alone, wide characters and emoji included, and is idempotent', () => {
    const text = 'OpenCSG 开放传神 ¥9.60 é 😀 \u200d';
    expect(neutralise(text)).toBe(text);
    const once = neutralise('\x1b[2J\u2066');
    expect(neutralise(once)).toBe(once);
  });
});

describe('neutralJson', () => {
  it('escapes what JSON.stringify leaves raw, and parses back to the same value', () => {
    const value = { name: `\x1b]52;c;x\x07 \x7f \x9b \u202e \u2069 ok`, n: [1, 2] };
    const text = neutralJson(value);
    // Only the newlines between lines of the indented JSON remain.
    expect(text).not.toMatch(/(?!\n)[\p{Cc}\u202a-\u202e\u2066-\u2069]/u);
    expect(JSON.parse(text)).toEqual(value);
    expect(neutralJson(undefined)).toBe('null');
  });
});
