import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../tooling/apis.js';

export type BinName = 'csghub' | 'cfgpu' | 'csgkit-mcp';

/** A built command-line tool, where package.json `bin` puts it (the one place naming the path). */
export function binPath(bin: BinName): string {
  const { bin: bins } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    bin: Record<BinName, string>;
  };
  return path.join(ROOT, bins[bin]);
}
