/**
 * A small streaming `multipart/form-data` reader: each part's headers are parsed and its body is
 * handed on in chunks as it arrives (a file part goes straight to disk), so a large upload is
 * never held in memory. Limits: 16 KiB of headers per part, 1,000 parts.
 */
import type { Readable } from 'node:stream';

const MAX_HEADER_BYTES = 16 * 1024;
const MAX_PARTS = 1000;

export interface FormPart {
  /** The field name from `Content-Disposition`. */
  name: string;
  /** The file name, for a file part. */
  filename: string | undefined;
}

/** Receives one part: `data` for each chunk of its body (awaited, for backpressure), then `end`. */
export interface PartSink {
  data(chunk: Buffer): Promise<void> | void;
  end(): Promise<void> | void;
}

export class FormDataError extends Error {}

/** The boundary of a `multipart/form-data` content type, or undefined. */
export function boundaryOf(contentType: string | undefined): string | undefined {
  if (!contentType || !/^multipart\/form-data\b/i.test(contentType)) return undefined;
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^;\s]{1,70}))/i.exec(contentType);
  return match?.[1] ?? match?.[2];
}

function parseHeaders(text: string): FormPart {
  let name: string | undefined;
  let filename: string | undefined;
  for (const line of text.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon < 0 || line.slice(0, colon).trim().toLowerCase() !== 'content-disposition') continue;
    const value = line.slice(colon + 1);
    name = /;\s*name="([^"]*)"/i.exec(value)?.[1];
    filename = /;\s*filename="([^"]*)"/i.exec(value)?.[1];
  }
  if (name === undefined) throw new FormDataError('a form part has no name');
  return { name, filename };
}

/** Reads the form from `source`, calling `open` for each part and feeding it its body. */
export async function readForm(
  source: Readable,
  boundary: string,
  open: (part: FormPart) => PartSink,
): Promise<void> {
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  // The first boundary has no CRLF before it; one is added so every boundary looks the same.
  let buffer: Buffer = Buffer.from('\r\n');
  type State = 'preamble' | 'after' | 'headers' | 'body' | 'done';
  let state = 'preamble' as State;
  let sink: PartSink | undefined;
  let parts = 0;

  const step = async (): Promise<boolean> => {
    switch (state) {
      case 'preamble': {
        const at = buffer.indexOf(delimiter);
        if (at < 0) {
          buffer = buffer.subarray(Math.max(0, buffer.length - delimiter.length));
          return false;
        }
        buffer = buffer.subarray(at + delimiter.length);
        state = 'after';
        return true;
      }
      case 'after': {
        if (buffer.length < 2) return false;
        const two = buffer.subarray(0, 2).toString('latin1');
        if (two === '--') {
          state = 'done';
          return false;
        }
        if (two !== '\r\n') throw new FormDataError('malformed boundary line');
        buffer = buffer.subarray(2);
        state = 'headers';
        return true;
      }
      case 'headers': {
        const at = buffer.indexOf('\r\n\r\n');
        if (at < 0) {
          if (buffer.length > MAX_HEADER_BYTES)
            throw new FormDataError('form part headers too large');
          return false;
        }
        if (++parts > MAX_PARTS)
          throw new FormDataError(`more than ${String(MAX_PARTS)} form parts`);
        sink = open(parseHeaders(buffer.subarray(0, at).toString('utf8')));
        buffer = buffer.subarray(at + 4);
        state = 'body';
        return true;
      }
      case 'body': {
        const at = buffer.indexOf(delimiter);
        if (at < 0) {
          const keep = delimiter.length - 1;
          if (buffer.length > keep) {
            await sink?.data(buffer.subarray(0, buffer.length - keep));
            buffer = buffer.subarray(buffer.length - keep);
          }
          return false;
        }
        if (at > 0) await sink?.data(buffer.subarray(0, at));
        await sink?.end();
        sink = undefined;
        buffer = buffer.subarray(at + delimiter.length);
        state = 'after';
        return true;
      }
      case 'done':
        return false;
    }
  };

  for await (const chunk of source as AsyncIterable<Buffer>) {
    if (state === 'done') continue; // the epilogue is ignored
    buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
    while (await step());
  }
  if (state !== 'done') throw new FormDataError('the form ended before its closing boundary');
}
