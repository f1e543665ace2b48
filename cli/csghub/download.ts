/** `csghub <kind> download`: a repository file to disk, with a progress bar on a terminal. */
import { createWriteStream } from 'node:fs';
import { lstat, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import type { CSGHub } from '../../src/csghub/index.js';
import { UsageError, type CliContext } from '../common.js';
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

/**
 * Streams a file to `<target>.partial` and renames it only once complete, so an interrupted
 * download never leaves a truncated file under the final name. The target is named after the
 * requested path (or `-o`), never the server's suggestion, and an existing file is kept unless
 * `--force`.
 */
export async function download(
  context: CliContext<CSGHub>,
  kind: Kind,
  id: string,
  file: string,
  options: { output?: string; ref?: string; force?: boolean },
): Promise<void> {
  const target = options.output ?? path.basename(file);
  if (target === '' || target === '.' || target === '..') {
    throw new UsageError(`no file name in ${JSON.stringify(file)}; give one with -o`);
  }
  await refuseOverwrite(target, options.force);
  const bar = await progressBar();
  const result = await (
    await context.client()
  )[kind].download(id, file, {
    signal: context.signal,
    ...(options.ref && { ref: options.ref }),
    onProgress: (loaded, total) => {
      bar?.update(loaded, total);
    },
  });
  const partial = `${target}.partial`;
  try {
    await pipeline(
      Readable.fromWeb(result.body as NodeReadableStream<Uint8Array>),
      createWriteStream(partial),
    );
    // It may have appeared while the bytes came.
    await refuseOverwrite(target, options.force);
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    bar?.stop();
  }
  if (context.flags().json)
    context.output.json({ path: target, size: result.size, lfs: result.lfs });
  else context.output.say(target);
}

/** A progress bar on stderr when it is a terminal (cli-progress); none otherwise. */
async function progressBar() {
  if (!process.stderr.isTTY) return undefined;
  const { SingleBar, Presets } = await import('cli-progress');
  const bar = new SingleBar(
    {
      stream: process.stderr,
      format: '{bar} {percentage}% | {value}/{total} bytes',
      hideCursor: true,
    },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update(loaded: number, total: number | undefined) {
      if (!started) {
        bar.start(total ?? 0, 0);
        started = true;
      }
      if (total !== undefined) bar.setTotal(total);
      bar.update(loaded);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
