/** `csghub <kind> download`: a repository file to disk, with a progress bar on a terminal. */
import { createHash } from 'node:crypto';
import { lstat, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import type { CSGHub } from '../../src/csghub/index.js';
import { UsageError, type CliContext } from '../common.js';
import { byteBar } from '../progress.js';
import type { Kind } from './kinds.js';

const exists = (file: string) =>
  lstat(file).then(
    () => true,
    () => false,
  );

const refuseOverwrite = async (target: string, force: boolean | undefined) => {
  if (!force && (await exists(target))) {
    throw new UsageError(`${target} exists; add --force to overwrite it`);
  }
};

const isDirectory = (dir: string) =>
  stat(dir).then(
    (found) => found.isDirectory(),
    () => false,
  );

/**
 * Where the file goes, settled before any request: the requested path's last segment, in the
 * `-o` directory when it names one (or ends in `/`), else `-o` itself, whose directory must exist.
 */
async function targetOf(file: string, output: string | undefined): Promise<string> {
  const named = () => {
    const name = path.basename(file);
    if (name === '' || name === '.' || name === '..') {
      throw new UsageError(`no file name in ${JSON.stringify(file)}; give one with -o`);
    }
    return name;
  };
  if (output === undefined) return named();
  const dir = /[\\/]$/.test(output) || (await isDirectory(output)) ? output : path.dirname(output);
  if (!(await isDirectory(dir))) throw new UsageError(`no directory ${dir}`);
  return dir === output ? path.join(output, named()) : output;
}

/** Opens `<target>.partial` afresh: a stale file is removed, anything else there refused. */
async function openPartial(partial: string) {
  const found = await lstat(partial).catch(() => undefined);
  if (found && !found.isFile()) {
    throw new UsageError(`${partial} exists and is not a regular file; remove it`);
  }
  if (found) await rm(partial);
  // `wx`: never through a link or a file that appeared meanwhile.
  return open(partial, 'wx');
}

/**
 * Streams a file to `<target>.partial` and renames it only once complete, so an interrupted
 * download never leaves a truncated file under the final name. The target is named after the
 * requested path (or `-o`), never the server's suggestion, and an existing file is kept unless
 * `--force`. An LFS file's bytes are hashed as they are written and must match its pointer's
 * SHA-256.
 */
export async function download(
  context: CliContext<CSGHub>,
  kind: Kind,
  id: string,
  file: string,
  options: { output?: string; ref?: string; force?: boolean },
): Promise<void> {
  const target = await targetOf(file, options.output);
  await refuseOverwrite(target, options.force);
  const partial = `${target}.partial`;
  const handle = await openPartial(partial);
  const bar = await byteBar();
  let result;
  try {
    result = await (
      await context.client()
    )[kind].download(id, file, {
      signal: context.signal,
      ...(options.ref && { ref: options.ref }),
      onProgress: (loaded, total) => {
        bar?.update(loaded, total, file);
      },
    });
    const expected = result.sha256;
    const hash = createHash('sha256');
    await pipeline(
      Readable.fromWeb(result.body as NodeReadableStream<Uint8Array>),
      async function* (chunks: AsyncIterable<Buffer>) {
        for await (const chunk of chunks) {
          if (expected) hash.update(chunk);
          yield chunk;
        }
      },
      handle.createWriteStream(),
    );
    const actual = expected && hash.digest('hex');
    if (actual !== expected) {
      throw new Error(`${target}: sha256 ${actual} is not the ${expected} its LFS pointer names`);
    }
    // It may have appeared while the bytes came.
    await refuseOverwrite(target, options.force);
    await rename(partial, target);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(partial, { force: true });
    throw error;
  } finally {
    bar?.stop();
  }
  if (context.flags().json)
    context.output.json({ path: target, size: result.size, lfs: result.lfs });
  else context.output.say(target);
}
