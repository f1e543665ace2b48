/**
 * The name a downloaded file gets: the service's suggestion (`Content-Disposition`, RFC 6266),
 * else the requested path's last segment, else `download`. A server can suggest anything
 * (`../../.bashrc`, `/etc/passwd`, control characters), so whatever is taken is cut down to one
 * path segment that is safe to join to a directory.
 */

const FALLBACK = 'download';
/** The usual limit of a file name (ext4, APFS, NTFS count about this much). */
const MAX_BYTES = 255;

/** `name=value` parameters of a header such as `attachment; filename="a.txt"`, quotes undone. */
function headerParams(header: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const [, name = '', raw = ''] of `;${header}`.matchAll(
    /;\s*([^\s=;]+)\s*=\s*("(?:[^"\\]|\\.)*"?|[^;]*)/g,
  )) {
    const value = raw.startsWith('"')
      ? raw.replace(/^"|"$/g, '').replace(/\\(.)/g, '$1')
      : raw.trim();
    const key = name.toLowerCase();
    if (!params.has(key)) params.set(key, value);
  }
  return params;
}

const percentDecode = (text: string): string => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/** Header text arrives one character per byte; a name sent as raw UTF-8 is read as UTF-8. */
function asUtf8(text: string): string {
  if (!/[\u0080-\u00ff]/.test(text) || /[\u0100-\uffff]/.test(text)) return text;
  try {
    const bytes = Uint8Array.from(text, (char) => char.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return text;
  }
}

/** RFC 8187's `charset'language'value` of `filename*`; undefined for a charset it cannot read. */
function extendedValue(text: string): string | undefined {
  const match = /^([^']*)'[^']*'(.*)$/s.exec(text);
  const charset = match?.[1]?.toLowerCase();
  const value = match?.[2] ?? '';
  if (charset === 'utf-8') return percentDecode(value);
  if (charset === 'iso-8859-1') {
    return value.replace(/%([0-9a-f]{2})/gi, (_, hex: string) =>
      String.fromCharCode(parseInt(hex, 16)),
    );
  }
  return undefined;
}

/** The name a `Content-Disposition` header suggests, `filename*` before `filename`. */
function suggestedName(disposition: string): string | undefined {
  const params = headerParams(disposition);
  const extended = params.get('filename*');
  const decoded = extended === undefined ? undefined : extendedValue(extended);
  if (decoded !== undefined) return decoded;
  const plain = params.get('filename');
  // Not percent-encoded by the RFC, but often is: decoded when it decodes, else kept as sent.
  return plain === undefined ? undefined : percentDecode(asUtf8(plain));
}

const utf8Length = (char: string): number => {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
};

/** At most `MAX_BYTES` of UTF-8, cut between characters, keeping a short extension. */
function bounded(name: string): string {
  const chars = Array.from(name);
  if (chars.reduce((sum, char) => sum + utf8Length(char), 0) <= MAX_BYTES) return name;
  const extension = /\.[^.]{1,16}$/.exec(name)?.[0] ?? '';
  let room = MAX_BYTES - Array.from(extension).reduce((sum, c) => sum + utf8Length(c), 0);
  let stem = '';
  for (const char of chars.slice(0, chars.length - Array.from(extension).length)) {
    room -= utf8Length(char);
    if (room < 0) break;
    stem += char;
  }
  return stem + extension;
}

/**
 * One path segment safe to join to a directory, or undefined when nothing safe is left: the part
 * after the last `/` or `\`, without control characters (C0, DEL, C1), with `:` (a Windows drive
 * or stream) made `_`, never only dots and spaces (`.`, `..`), never a Windows device name such
 * as `CON` or `nul.txt` (prefixed with `_`), at most 255 UTF-8 bytes.
 */
function safeSegment(text: string): string | undefined {
  let name = (text.split(/[/\\]/).pop() ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .replaceAll(':', '_');
  if (/^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])\s*(\.|$)/i.test(name)) name = `_${name}`;
  name = bounded(name);
  return /^[. ]*$/.test(name) ? undefined : name;
}

/** The safe local name of a download of `requestedPath` answered with this disposition. */
export function downloadFilename(disposition: string | null, requestedPath: string): string {
  const suggested = disposition === null ? undefined : suggestedName(disposition);
  return (
    (suggested === undefined ? undefined : safeSegment(suggested)) ??
    safeSegment(requestedPath) ??
    FALLBACK
  );
}
