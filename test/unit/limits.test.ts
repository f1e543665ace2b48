/**
 * Size limits against a hostile local server: answers larger than `maxResponseBytes` (sent
 * whole, endless, or as a gzip bomb whose Content-Length is small) fail with
 * `InvalidResponseError` after reading at most the limit, without a retry; service messages
 * in `error.message` are cut short while `error.body` keeps what was sent.
 */
import http from 'node:http';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CFGPU,
  CfgpuError,
  InvalidResponseError,
  type CfgpuOptions,
} from '../../src/cfgpu/index.js';
import { BadRequestError, CSGHub } from '../../src/csghub/index.js';
import { listen } from '../../tooling/static-server.js';

const MiB = 1024 * 1024;
const CHUNK = 'a'.repeat(64 * 1024);

/** A CFGPU answer whose list holds one string: `text`. */
const envelope = (text: string) =>
  JSON.stringify({ success: true, errorCode: null, errorMsg: null, content: [text] });

interface Seen {
  attempts: number;
  /** Bytes written before the client closed the connection, when it did. */
  writtenWhenClosed?: number;
}

type Answer = (response: http.ServerResponse, seen: Seen) => void;

/** A JSON answer that never ends: 64 KiB at a time, as fast as the client reads. */
const endless =
  (status: number): Answer =>
  (response, seen) => {
    let written = 0;
    response.on('close', () => (seen.writtenWhenClosed = written));
    response.writeHead(status, { 'content-type': 'application/json' });
    response.write('{"success":true,"content":"');
    const pump = () => {
      while (!response.destroyed) {
        written += CHUNK.length;
        if (!response.write(CHUNK)) {
          response.once('drain', pump);
          return;
        }
      }
    };
    pump();
  };

const gzipped =
  (body: Buffer): Answer =>
  (response) => {
    response.writeHead(200, {
      'content-type': 'application/json',
      'content-encoding': 'gzip',
      'content-length': String(body.byteLength),
    });
    response.end(body);
  };

const send =
  (status: number, body: string): Answer =>
  (response) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(body);
  };

let answers: Record<string, Answer>;
let server: http.Server;
let base: string;
const seen = new Map<string, Seen>();

beforeAll(async () => {
  answers = {
    endless: endless(200),
    'endless-error': endless(503),
    // 16 MiB of JSON in 16 KiB on the wire; then 33 MiB, just over the default limit.
    bomb: gzipped(gzipSync(envelope('a'.repeat(16 * MiB)))),
    'bomb-over-default': gzipped(gzipSync(envelope('a'.repeat(33 * MiB)))),
    'under-limit': send(200, envelope('a'.repeat(MiB - 100))),
    // 1.2 MB in UTF-8, 400,000 characters: the limit counts bytes.
    'wide-characters': send(200, envelope('中'.repeat(400_000))),
    'long-hub-message': send(400, JSON.stringify({ msg: 'x'.repeat(100_000), code: 'E1' })),
    'long-cfgpu-message': send(
      200,
      JSON.stringify({ success: false, errorCode: 10001, errorMsg: '错'.repeat(100_000) }),
    ),
  };
  server = http.createServer((request, response) => {
    const id = String(request.headers['x-case']);
    const entry = seen.get(id) ?? { attempts: 0 };
    entry.attempts++;
    seen.set(id, entry);
    request.resume();
    const answer = answers[String(request.headers['x-answer'])];
    if (answer) answer(response, entry);
    else send(404, '{}')(response, entry);
  });
  base = await listen(server, 0, '127.0.0.1');
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const cfgpu = (options: CfgpuOptions = {}) =>
  new CFGPU({ token: 't', baseUrl: base, timeoutMs: 10_000, retryDelay: () => 0, ...options });

const listRegions = (client: CFGPU, answer: string, id = answer) =>
  client.regions.list({ headers: { 'x-answer': answer, 'x-case': id } });

describe('maxResponseBytes', () => {
  it('stops reading an endless answer at the limit, closes it and does not retry', async () => {
    const error = await listRegions(cfgpu({ maxResponseBytes: MiB }), 'endless').catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(String(error)).toContain(
      '200 response is larger than maxResponseBytes (1048576 bytes) (listRegions: GET /userapi/v1/region/list)',
    );
    expect((error as InvalidResponseError).status).toBe(200);
    expect(seen.get('endless')?.attempts).toBe(1);
    // The client cancelled the body: the server saw the connection close after sending little
    // more than the limit (and what socket buffers held).
    await expect.poll(() => seen.get('endless')?.writtenWhenClosed).toBeDefined();
    expect(seen.get('endless')?.writtenWhenClosed).toBeLessThan(32 * MiB);
  }, 30_000);

  it('applies to error bodies too, and does not retry a 503 it refused', async () => {
    const error = await listRegions(cfgpu({ maxResponseBytes: MiB }), 'endless-error').catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).status).toBe(503);
    expect(String(error)).toContain('larger than maxResponseBytes (1048576 bytes)');
    expect(seen.get('endless-error')?.attempts).toBe(1);
  }, 30_000);

  it('counts decompressed bytes: a gzip bomb with a small Content-Length is refused', async () => {
    const error = await listRegions(cfgpu({ maxResponseBytes: MiB }), 'bomb').catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(String(error)).toContain('larger than maxResponseBytes (1048576 bytes)');
  }, 30_000);

  it('defaults to 32 MiB', async () => {
    const error = await listRegions(cfgpu(), 'bomb-over-default').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(String(error)).toContain('larger than maxResponseBytes (33554432 bytes)');
    // Under the default, the same bomb's 16 MiB come through.
    const [text] = (await listRegions(cfgpu(), 'bomb')) as unknown as string[];
    expect(text?.length).toBe(16 * MiB);
  }, 30_000);

  it('accepts an answer within the limit and counts bytes, not characters', async () => {
    const client = cfgpu({ maxResponseBytes: MiB });
    const [text] = (await listRegions(client, 'under-limit')) as unknown as string[];
    expect(text?.length).toBe(MiB - 100);
    await expect(listRegions(client, 'wide-characters')).rejects.toThrow(
      'larger than maxResponseBytes (1048576 bytes)',
    );
  });
});

describe('service messages in error.message', () => {
  it('cuts a long CSGHub msg short in the message and keeps it whole in the body', async () => {
    const csghub = new CSGHub({ baseUrl: base, headers: { 'x-answer': 'long-hub-message' } });
    const error = await csghub.models.get('ns/name').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    const { message, body } = error as BadRequestError;
    // 1,000 characters, the last an ellipsis, then the operation.
    expect(message.startsWith('400 E1: xxx')).toBe(true);
    expect(message.indexOf('…')).toBe(999);
    expect(message.slice(999)).toBe('… (getModel: GET /api/v1/models/{namespace}/{name})');
    expect((body as { msg: string }).msg.length).toBe(100_000);
  });

  it('cuts a long CFGPU errorMsg short in the message and keeps it whole in errorMsg', async () => {
    const error = await listRegions(cfgpu(), 'long-cfgpu-message').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CfgpuError);
    const { message, errorMsg } = error as CfgpuError;
    expect(message.startsWith('CFGPU 10001: 错错错')).toBe(true);
    expect(message.indexOf('…')).toBe(999);
    expect(message.slice(999)).toBe('… (listRegions: GET /userapi/v1/region/list)');
    expect(errorMsg.length).toBe(100_000);
  });
});
