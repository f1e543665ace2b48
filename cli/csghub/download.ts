/** `csghub <kind> download`: a repository file to disk, with a progress bar on a terminal. */
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import type { CSGHub } from '../../src/csghub/index.js';
import type { CliContext } from '../common.js';
import type { Kind } from './kinds.js';

/**
 * Streams a file to `<target>.partial` and renames it only once complete, so an interrupted
 * download never leaves a truncated file under the final name.
 */
export async function download(
  context: CliContext<CSGHub>,
  kind: Kind,
  id: string,
  file: string,
  options: { output?: string; ref?: string },
): Promise<void> {
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
  const target = options.output ?? path.basename(result.filename || file);
  const partial = `${target}.partial`;
  try {
    await pipeline(
      Readable.fromWeb(result.body as NodeReadableStream<Uint8Array>),
      createWriteStream(partial),
    );
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
