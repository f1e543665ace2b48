/**
 * Text from the service, made safe to print. A name, message or file name may carry characters
 * a terminal acts on instead of showing: C0 controls (ESC starts sequences that retitle the
 * window, clear the screen or write the clipboard), DEL, C1 controls (U+0080–U+009F, e.g. CSI)
 * and bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069), which reorder what is shown.
 * Each is printed as an escape a reader can see: `\x1b`, `\x9b`, `\u202e` (`\n`, `\r`, `\t` for
 * those three).
 */

/** Everything a terminal acts on; `\p{Cc}` is C0, DEL and C1. */
const UNSAFE = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu;
/** The same but newline and tab, for text that may span lines. */
const UNSAFE_BUT_LINES = /(?![\n\t])[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu;

const hex = (code: number, digits: number) => code.toString(16).padStart(digits, '0');

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escape(char: string): string {
  const named = NAMED[char];
  if (named) return named;
  const code = char.codePointAt(0) ?? 0;
  return code <= 0xff ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`;
}

/**
 * `text` with every character a terminal would act on shown as an escape. One line unless
 * `lines` is set (multi-line answers such as a chat reply keep their newlines and tabs).
 */
export function neutralise(text: string, { lines = false } = {}): string {
  return text.replace(lines ? UNSAFE_BUT_LINES : UNSAFE, escape);
}

/**
 * A value as indented JSON that is safe to print: `JSON.stringify` escapes C0 controls but
 * leaves DEL, C1 and bidi characters raw, so those become `\u` escapes too (the same value
 * once parsed; they can only occur inside strings).
 */
export function neutralJson(value: unknown): string {
  return JSON.stringify(value ?? null, null, 2).replace(
    UNSAFE_BUT_LINES,
    (char) => `\\u${hex(char.codePointAt(0) ?? 0, 4)}`,
  );
}
