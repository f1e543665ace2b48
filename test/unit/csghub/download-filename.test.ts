/**
 * `FileDownload.filename` is safe to join to a directory whatever `Content-Disposition` says:
 * one path segment, no control characters, never `.`, `..` or empty, at most 255 UTF-8 bytes.
 */
import net from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSGHub } from '../../../src/csghub/index.js';
import { TOKEN } from '../../helpers/fake-fetch.js';
import { csghubWith } from '../../helpers/csghub.js';

const REPO = 'OpenCSG/csg-wukong-1B';

/** The name a download gets when the hub answers `path` with this `Content-Disposition`. */
async function filenameFor(disposition: string | undefined, path = 'sub/config.json') {
  const { csghub } = csghubWith(
    () =>
      new Response('{}', {
        headers: {
          'content-length': '2',
          ...(disposition === undefined ? {} : { 'content-disposition': disposition }),
        },
      }),
  );
  const file = await csghub.models.download(REPO, path);
  await file.body.cancel();
  return file.filename;
}

const utf8Bytes = (text: string) => new TextEncoder().encode(text).byteLength;

/** What every filename must be, whatever the server sent. */
function expectSafe(name: string) {
  expect(name).not.toMatch(/[/\\]/);
  // eslint-disable-next-line no-control-regex
  expect(name).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  expect(name).not.toMatch(/^[. ]*$/);
  expect(utf8Bytes(name)).toBeLessThanOrEqual(255);
}

describe('FileDownload.filename', () => {
  it.each([
    ['attachment; filename="config.json"', 'config.json'],
    ['attachment; filename=config.json', 'config.json'],
    ['attachment; filename="../../x"', 'x'],
    ['attachment; filename="..%2F..%2Fx"', 'x'],
    ['attachment; filename="/etc/passwd"', 'passwd'],
    ['attachment; filename="C:\\\\x\\\\y"', 'y'],
    ['attachment; filename=C:\\x\\y', 'y'],
    ['attachment; filename="..\\\\..\\\\evil.sh"', 'evil.sh'],
    ['attachment; filename="C:evil.sh"', 'C_evil.sh'],
    ['attachment; filename="a%00b"', 'ab'],
    ['attachment; filename="a%0Ab.txt"', 'ab.txt'],
    ['attachment; filename="a%0D%0Ab.txt"', 'ab.txt'],
    ['attachment; filename="a\u001b[31mb"', 'a[31mb'],
    ['attachment; filename="a\u007fb\u0085c\u009bd"', 'abcd'],
    ["attachment; filename*=UTF-8''a%1B%5B2Jb%C2%9Bc", 'a[2Jbc'],
    ['attachment; filename="50%off.txt"', '50%off.txt'],
    ["attachment; filename*=UTF-8''50%off.txt", '50%off.txt'],
    ['attachment; filename="a \\"quoted\\" name.txt"', 'a "quoted" name.txt'],
    ['attachment; filename="CON"', '_CON'],
    ['attachment; filename="nul.txt"', '_nul.txt'],
  ])('%j gives %j', async (disposition, expected) => {
    expect(await filenameFor(disposition)).toBe(expected);
  });

  it.each([
    'attachment; filename=".."',
    'attachment; filename="."',
    'attachment; filename="..."',
    'attachment; filename=""',
    'attachment; filename="../"',
    'attachment; filename="x/.."',
    'attachment; filename="%2e%2e"',
    'attachment; filename="%00"',
    'attachment',
    'inline; filename',
  ])('falls back to the requested name when %j leaves nothing safe', async (disposition) => {
    expect(await filenameFor(disposition)).toBe('config.json');
  });

  it('takes the requested name when there is no Content-Disposition', async () => {
    expect(await filenameFor(undefined, 'weights/model.safetensors')).toBe('model.safetensors');
  });

  it('makes the requested name safe too, and says "download" when nothing is left', async () => {
    expect(await filenameFor('attachment; filename=".."', 'dir\\..\\a\u0000b')).toBe('ab');
    expect(await filenameFor('attachment; filename=".."', 'dir/..\\..')).toBe('download');
    expect(await filenameFor(undefined, 'dir/\u0001\u0002')).toBe('download');
  });

  it('prefers filename* (RFC 6266) to filename, in either order', async () => {
    const star = "filename*=UTF-8''%E6%A8%A1%E5%9E%8B%20card.md";
    expect(await filenameFor(`attachment; filename="model card.md"; ${star}`)).toBe('模型 card.md');
    expect(await filenameFor(`attachment; ${star}; filename="model card.md"`)).toBe('模型 card.md');
    expect(await filenameFor("attachment; filename*=iso-8859-1'en'%E9t%E9.txt")).toBe('été.txt');
    // A charset it cannot read: filename= instead.
    expect(
      await filenameFor("attachment; filename=plain.txt; filename*=Shift_JIS''%82%A0.txt"),
    ).toBe('plain.txt');
    // filename* climbing out is cut like any other.
    expect(await filenameFor("attachment; filename*=UTF-8''..%2F..%2F.bashrc")).toBe('.bashrc');
  });

  it('bounds a long name to 255 UTF-8 bytes, keeping its extension', async () => {
    const long = await filenameFor(`attachment; filename="${'a'.repeat(400)}.safetensors"`);
    expect(utf8Bytes(long)).toBe(255);
    expect(long).toMatch(/^a+\.safetensors$/);
    const wide = await filenameFor(
      `attachment; filename*=UTF-8''${encodeURIComponent('模'.repeat(200))}.txt`,
    );
    expect(utf8Bytes(wide)).toBeLessThanOrEqual(255);
    expect(wide).toMatch(/^模+\.txt$/);
    const requested = await filenameFor(undefined, `dir/${'b'.repeat(300)}`);
    expect(requested).toBe('b'.repeat(255));
  });

  it('is always safe, whatever the header holds', async () => {
    // Header values as fetch allows them: any byte but NUL, CR and LF.
    const byte = fc.oneof(
      fc.constantFrom('/', '\\', '.', '%', '"', ';', '=', "'", ' ', ':', '*', '\u001b', '\u0085'),
      fc.integer({ min: 1, max: 255 }).map((code) => String.fromCharCode(code)),
    );
    const value = fc
      .array(byte, { maxLength: 300 })
      .map((chars) => chars.join('').replace(/[\r\n]/g, ''));
    const header = fc.oneof(
      value.map((v) => `attachment; filename="${v}"`),
      value.map((v) => `attachment; filename*=UTF-8''${v}`),
      value,
    );
    await fc.assert(
      fc.asyncProperty(header, async (disposition) => {
        expectSafe(await filenameFor(disposition));
      }),
      { numRuns: 300 },
    );
  });
});

describe('FileDownload.filename from a real server', () => {
  let base: string;
  let disposition: Buffer = Buffer.alloc(0);
  // Raw bytes on the wire, which Node's own HTTP server would refuse to send.
  const server = net.createServer((socket) => {
    socket.once('data', () => {
      socket.end(
        Buffer.concat([
          Buffer.from('HTTP/1.1 200 OK\r\ncontent-length: 2\r\nconnection: close\r\n'),
          Buffer.from('content-disposition: '),
          disposition,
          Buffer.from('\r\n\r\nok'),
        ]),
      );
    });
  });

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${String((server.address() as net.AddressInfo).port)}`;
  });

  afterAll(() => {
    server.close();
  });

  const download = async (raw: Buffer) => {
    disposition = raw;
    const csghub = new CSGHub({ token: TOKEN, baseUrl: base });
    const file = await csghub.models.download(REPO, 'config.json');
    await file.body.cancel();
    return file.filename;
  };

  it('reads a name sent as raw UTF-8 bytes as UTF-8', async () => {
    const raw = Buffer.from('attachment; filename="模型/../配置.json"');
    expect(await download(raw)).toBe('配置.json');
  });

  it('drops C1 control bytes of a name that is not UTF-8', async () => {
    const raw = Buffer.from('attachment; filename="a\x9bb\x85c.txt"', 'latin1');
    expect(await download(raw)).toBe('abc.txt');
  });
});
