import { execFileSync } from 'node:child_process';
import { ROOT } from '../tooling/apis.js';

let built = false;

/** Builds `dist/` from the current sources, once per benchmark run. */
export function buildOnce(): void {
  if (built) return;
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  built = true;
}
