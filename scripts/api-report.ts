/**
 * `npm run api:report`: writes `api/<entry>.api.md`, api-extractor's report of everything a user
 * can import from each package entry point, from the built declarations in dist/. Committed, so
 * a change to the public surface shows in review; `--check` fails when a report is out of date.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Extractor, ExtractorConfig, ExtractorLogLevel } from '@microsoft/api-extractor';
import { ROOT } from '../tooling/apis.js';

/** The package's entry points (package.json `exports`), by report name. */
export const ENTRY_POINTS = ['core', 'cfgpu', 'csghub', 'node'] as const;

/** Declarations of an entry point: `node` (Node-only) lives beside src/, the others in it. */
const declarations = (entry: string) =>
  entry === 'node'
    ? path.join(ROOT, 'dist', 'node', 'index.d.ts')
    : path.join(ROOT, 'dist', 'src', entry, 'index.d.ts');

export const REPORT_DIR = path.join(ROOT, 'api');

export interface ReportResult {
  entry: string;
  /** The report differs from the committed one (written to build/api/ when checking). */
  changed: boolean;
  errors: string[];
}

/** Runs api-extractor on one entry point; `update` rewrites the committed report. */
export function apiReport(entry: string, update: boolean): ReportResult {
  const config = ExtractorConfig.prepare({
    configObject: {
      projectFolder: ROOT,
      mainEntryPointFilePath: declarations(entry),
      compiler: { tsconfigFilePath: path.join(ROOT, 'tsconfig.build.json') },
      apiReport: {
        enabled: true,
        reportFileName: `${entry}.api.md`,
        reportFolder: REPORT_DIR,
        reportTempFolder: path.join(ROOT, 'build', 'api'),
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        // Doc-comment style is eslint's and prettier's business; the report is about the surface.
        tsdocMessageReporting: { default: { logLevel: ExtractorLogLevel.None } },
        extractorMessageReporting: {
          default: { logLevel: ExtractorLogLevel.None },
          'ae-forgotten-export': { logLevel: ExtractorLogLevel.None, addToApiReportFile: false },
          'ae-missing-release-tag': { logLevel: ExtractorLogLevel.None },
        },
        compilerMessageReporting: { default: { logLevel: ExtractorLogLevel.Error } },
      },
    },
    configObjectFullPath: path.join(ROOT, 'api-extractor.json'),
    packageJsonFullPath: path.join(ROOT, 'package.json'),
  });
  const errors: string[] = [];
  const result = Extractor.invoke(config, {
    localBuild: update,
    messageCallback: (message) => {
      if (message.logLevel === ExtractorLogLevel.Error)
        errors.push(message.formatMessageWithLocation(ROOT));
      message.handled = true;
    },
  });
  return { entry, changed: result.apiReportChanged, errors };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const check = process.argv.includes('--check');
  let failed = false;
  for (const entry of ENTRY_POINTS) {
    const { changed, errors } = apiReport(entry, !check);
    for (const error of errors) console.error(error);
    if (errors.length > 0 || (check && changed)) failed = true;
    const state = changed ? (check ? 'out of date (see build/api/)' : 'updated') : 'unchanged';
    console.log(`api/${entry}.api.md ${state}`);
  }
  process.exitCode = failed ? 1 : 0;
}
