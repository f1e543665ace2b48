/**
 * A file on disk as a `Blob` that `nodeFetch` and `nodeSha256` read straight from the file.
 *
 * `fs.openAsBlob` gives a Blob whose stream hands the bytes over 64 KiB at a time, opening the
 * file again for each piece and allocating a fresh buffer for it: for a 1 GiB upload that is
 * sixteen thousand opens and as many buffers for the garbage collector, which cost the sending
 * process more than the bytes do. A {@link FileBlob} is that same Blob (it works wherever a Blob
 * does: `FormData`, the platform's `fetch`, `structuredClone`), and it remembers which file and
 * which bytes of it it holds, slices included. `nodeFetch` sends it with 1 MiB reads into
 * buffers it reuses, and `nodeSha256` hashes it the same way.
 */
import { openAsBlob } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';

/** What a FileBlob holds: bytes `start` to `end` of the file as it was when opened. */
export interface FileRange {
  path: string;
  start: number;
  end: number;
  /** The file's size and modification time when opened: a changed file is not read. */
  fileSize: number;
  mtimeMs: number;
}

const ranges = new WeakMap<Blob, FileRange>();

/** A file's bytes as a Blob; see {@link openFile}. */
export class FileBlob extends Blob {
  private constructor(source: Blob, range: FileRange, type: string) {
    // A Blob made of a Blob shares its bytes: still the file, read when read, never copied.
    super([source], { type });
    ranges.set(this, range);
  }

  /** @internal */
  static from(source: Blob, range: FileRange, type: string): FileBlob {
    return new FileBlob(source, range, type);
  }

  /** As `Blob.slice`, and the slice is a FileBlob too. */
  override slice(start?: number, end?: number, contentType?: string): FileBlob {
    const range = ranges.get(this) as FileRange;
    const size = range.end - range.start;
    const clamp = (at: number | undefined, otherwise: number) => {
      const n = at === undefined ? otherwise : Math.trunc(at) || 0;
      return n < 0 ? Math.max(size + n, 0) : Math.min(n, size);
    };
    const from = clamp(start, 0);
    const to = Math.max(from, clamp(end, size));
    return FileBlob.from(
      super.slice(start, end, contentType),
      { ...range, start: range.start + from, end: range.start + to },
      contentType ?? '',
    );
  }
}

/**
 * Opens the file at `path` as a Blob (a {@link FileBlob}) for uploads: `upload(id, [{ path,
 * content: await openFile('model.safetensors') }], { sha256: nodeSha256 })` with
 * `fetch: nodeFetch`. Like `fs.openAsBlob`, reading fails once the file has changed.
 */
export async function openFile(path: string, options: { type?: string } = {}): Promise<FileBlob> {
  const stats = await stat(path);
  if (!stats.isFile()) throw new Error(`${path} is not a regular file`);
  const source = await openAsBlob(path, options.type ? { type: options.type } : {});
  if (source.size !== stats.size) throw new Error(`${path} changed while it was opened`);
  return FileBlob.from(
    source,
    { path, start: 0, end: stats.size, fileSize: stats.size, mtimeMs: stats.mtimeMs },
    options.type ?? '',
  );
}

/** The file and bytes a Blob holds, when it is a FileBlob. */
export const fileRangeOf = (blob: Blob): FileRange | undefined => ranges.get(blob);

/** Opens the range's file for reading, refusing it when it changed since it was opened. */
async function openRange(range: FileRange): Promise<FileHandle> {
  const handle = await open(range.path, 'r');
  const stats = await handle.stat().catch(async (error: unknown) => {
    await handle.close();
    throw error;
  });
  if (stats.size !== range.fileSize || stats.mtimeMs !== range.mtimeMs) {
    await handle.close();
    throw new Error(`${range.path} changed after it was opened for upload`);
  }
  return handle;
}

/**
 * Reads up to `length` bytes at `position` into `buffer`, all of them unless the file ends;
 * an early end means the file changed.
 */
async function readFully(
  handle: FileHandle,
  range: FileRange,
  buffer: Buffer,
  length: number,
  position: number,
): Promise<Buffer> {
  let done = 0;
  while (done < length) {
    const { bytesRead } = await handle.read(buffer, done, length - done, position + done);
    if (bytesRead === 0) throw new Error(`${range.path} is shorter than when it was opened`);
    done += bytesRead;
  }
  return buffer.subarray(0, length);
}

/**
 * A range's bytes in order, `chunkBytes` at a time, the next read running while the caller uses
 * the last chunk. Each chunk's buffer is reused once the caller calls its `release` (after
 * hashing it, or once the socket has written it), so a whole file goes through two or three
 * buffers and leaves no garbage. Stopping early waits for the read under way, then closes.
 */
export async function* readRange(
  range: FileRange,
  chunkBytes: number,
): AsyncGenerator<{ bytes: Buffer; release: () => void }> {
  const handle = await openRange(range);
  const free: Buffer[] = [];
  const read = (at: number) =>
    readFully(
      handle,
      range,
      free.pop() ?? Buffer.allocUnsafeSlow(chunkBytes),
      Math.min(chunkBytes, range.end - at),
      at,
    );
  let next: Promise<Buffer> | undefined;
  try {
    let at = range.start;
    next = at < range.end ? read(at) : undefined;
    while (next) {
      const bytes = await next;
      at += bytes.byteLength;
      next = at < range.end ? read(at) : undefined;
      yield { bytes, release: () => free.push(Buffer.from(bytes.buffer)) };
    }
  } finally {
    await next?.catch(() => undefined);
    await handle.close();
  }
}
