import type { TestProject } from 'vitest/node';
import { loadApis } from '../../tooling/apis.js';
import { startMock, type MockServer } from '../../mocks/launcher.js';

declare module 'vitest' {
  export interface ProvidedContext {
    mockUrls: Record<string, string>;
  }
}

/**
 * One Prism per API for the whole run, on free ports, answering violations with errors. Event
 * streams are the spec's examples sent at once, so a test can read one to its end.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const mocks: MockServer[] = await Promise.all(
    (await loadApis()).map((api) =>
      startMock({ api: api.name, errors: true, streams: { live: false } }),
    ),
  );
  project.provide('mockUrls', Object.fromEntries(mocks.map((m) => [m.api, m.url])));
  return async () => {
    await Promise.all(mocks.map((m) => m.stop()));
  };
}
