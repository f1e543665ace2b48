/**
 * `openFile` (csgkit/node): a file as a Blob that remembers its file and range through slices,
 * reads like `fs.openAsBlob` wherever a Blob goes, and is hashed by `nodeSha256` straight from
 * the file, refusing a file changed since it was opened.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileBlob, nodeSha256, openFile } from '../../../node/index.js';

const bytesOf = (size: number) =>
  Buffer.from(Uint8Array.from({ length: size }, (_, i) => (i * 13 + (i >>> 10)) % 251));
const BYTES = bytesOf(3 * 1024 * 1024 + 4321);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let dir: string;
let file: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'csgkit-file-'));
  file = path.join(dir, 'data.bin');
  await writeFile(file, BYTES);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('openFile', () => {
  it('is a Blob of the file, sliced as Blob.slice slices, slices of slices included', async () => {
    const blob = await openFile(file, { type: 'application/octet-stream' });
    expect(blob).toBeInstanceOf(Blob);
    expect([blob.size, blob.type]).toEqual([BYTES.length, 'application/octet-stream']);
    const reference = new Blob([BYTES]);
    const index = fc.option(fc.integer({ min: -BYTES.length - 10, max: BYTES.length + 10 }), {
      nil: undefined,
    });
    await fc.assert(
      fc.asyncProperty(index, index, index, index, async (a, b, c, d) => {
        const ours = blob.slice(a, b).slice(c, d);
        const theirs = reference.slice(a, b).slice(c, d);
        expect(ours).toBeInstanceOf(FileBlob);
        expect(ours.size).toBe(theirs.size);
        const got = Buffer.from(await ours.arrayBuffer());
        expect(got.equals(Buffer.from(await theirs.arrayBuffer()))).toBe(true);
        // nodeSha256 reads a FileBlob from the file itself, at the slice's offsets.
        expect(await nodeSha256(ours, () => undefined)).toBe(sha256(got));
      }),
      { numRuns: 40 },
    );
  });

  it('goes wherever a Blob goes: FormData, Response, the platform fetch body', async () => {
    const blob = await openFile(file);
    const part = blob.slice(1000, 1010);
    const form = new FormData();
    form.append('file', part, 'x.bin');
    const encoded = Buffer.from(await new Response(form).arrayBuffer());
    expect(encoded.includes(BYTES.subarray(1000, 1010))).toBe(true);
    const whole = Buffer.from(await new Response(blob).arrayBuffer());
    expect(whole.equals(BYTES)).toBe(true);
    const streamed = Buffer.from(await new Response(blob.slice(-5000).stream()).arrayBuffer());
    expect(streamed.equals(BYTES.subarray(-5000))).toBe(true);
  });

  it('hashes with progress up to its size, and refuses a file changed since it was opened', async () => {
    const blob = await openFile(file);
    const seen: number[] = [];
    expect(await nodeSha256(blob, (n) => seen.push(n))).toBe(sha256(BYTES));
    expect(seen.at(-1)).toBe(BYTES.length);
    expect(seen).toEqual([...seen].sort((x, y) => x - y));
    const later = path.join(dir, 'later.bin');
    await writeFile(later, BYTES);
    const opened = await openFile(later);
    await utimes(later, new Date(), new Date(Date.now() + 60_000));
    await expect(nodeSha256(opened, () => undefined)).rejects.toThrow(
      /changed after it was opened/,
    );
    await expect(openFile(dir)).rejects.toThrow(/not a regular file/);
  });

  it('stops hashing with the signal’s reason', async () => {
    const controller = new AbortController();
    const reason = new Error('stop');
    const hashing = nodeSha256(
      await openFile(file),
      () => {
        controller.abort(reason);
      },
      controller.signal,
    );
    await expect(hashing).rejects.toBe(reason);
  });
});
