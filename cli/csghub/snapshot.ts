/**
 * `csghub download <repo> [files…]`: a whole repository revision (or the files and patterns
 * given) into a folder, resumable, with one progress bar on a terminal and a summary.
 */
import type { CSGHub } from '../../src/csghub/index.js';
import type { SnapshotEvent, SnapshotResult } from '../../node/index.js';
import { UsageError, type CliContext } from '../common.js';
import { byteBar, FileTally, formatBytes } from '../progress.js';
import { KINDS, type Kind } from './kinds.js';

export interface SnapshotFlags {
  localDir?: string;
  include?: string[];
  exclude?: string[];
  repoType?: string;
  revision?: string;
  concurrency?: number;
}

/** `model`, `models`, … to the client's resource name. */
export function kindOf(repoType: string | undefined): Kind {
  if (repoType === undefined) return 'models';
  const kind = KINDS.find(([plural, one]) => repoType === one || repoType === plural)?.[0];
  if (!kind) {
    throw new UsageError(
      `--repo-type must be model, dataset, code, space or mcp (got ${JSON.stringify(repoType)})`,
    );
  }
  return kind;
}

/**
 * One bar for the whole download on stderr when it is a terminal; none otherwise. Files
 * skipped as up to date count as done, so a run with nothing to fetch ends full.
 */
async function snapshotBar() {
  const bar = await byteBar();
  if (!bar) return undefined;
  const loaded = new FileTally();
  /** The listing's total; without one, the sizes of the files seen so far. */
  let total = 0;
  let known = false;
  let files = 0;
  let done = 0;
  const show = (file: string) => {
    const sum = loaded.sum;
    bar.update(sum, Math.max(total, sum), `${String(done)}/${String(files)} files | ${file}`);
  };
  return {
    event(event: SnapshotEvent) {
      switch (event.type) {
        case 'listed':
          files = event.files;
          known = event.bytes !== undefined;
          total = event.bytes ?? 0;
          show('');
          break;
        case 'start':
          if (!known) total += event.size ?? 0;
          loaded.set(event.path, event.resumeFrom);
          show(event.path);
          break;
        case 'progress':
          loaded.set(event.path, event.loaded);
          show(event.path);
          break;
        case 'skipped':
          if (!known) total += event.size;
          loaded.set(event.path, event.size);
          done += 1;
          show(event.path);
          break;
        default:
          done += 1;
          show(event.path);
      }
    },
    stop() {
      bar.stop();
    },
  };
}

/** The one-line summary. */
export function summaryLine(result: SnapshotResult): string {
  const fetched = result.bytesFetched;
  return (
    `downloaded ${String(result.downloaded.length)}, skipped ${String(result.skipped.length)} ` +
    `(up to date), failed ${String(result.failed.length)}; ${formatBytes(fetched)} fetched into ${result.localDir}`
  );
}

export async function snapshot(
  context: CliContext<CSGHub>,
  id: string,
  files: string[],
  flags: SnapshotFlags,
): Promise<void> {
  const kind = kindOf(flags.repoType);
  const localDir = flags.localDir ?? id.split('/').pop() ?? id;
  const [client, { snapshotDownload }] = await Promise.all([
    context.client(),
    import('../../node/index.js'),
  ]);
  const bar = await snapshotBar();
  let result: SnapshotResult;
  try {
    result = await snapshotDownload(client, id, {
      localDir,
      kind,
      ...(flags.revision !== undefined && { ref: flags.revision }),
      ...(files.length > 0 && { files }),
      ...(flags.include && { include: flags.include }),
      ...(flags.exclude && { exclude: flags.exclude }),
      ...(flags.concurrency !== undefined && { concurrency: flags.concurrency }),
      signal: context.signal,
      onEvent: (event) => bar?.event(event),
    });
  } finally {
    bar?.stop();
  }
  if (context.flags().json) context.output.json(result);
  else {
    for (const failed of result.failed) context.output.note(`${failed.path}: ${failed.reason}`);
    context.output.say(summaryLine(result));
  }
  if (result.failed.length > 0) {
    throw new Error(
      `${String(result.failed.length)} of ${String(result.failed.length + result.downloaded.length + result.skipped.length)} files failed; run again to retry them`,
    );
  }
}
