/** `npm start`: the mock servers and, beside them, the docs site. */
import { DEFAULT_PORTS, portEnvVar, portHint } from '../mocks/config.js';
import { portFor, run } from '../mocks/runner.js';
import { createStaticServer, listen } from '../tooling/static-server.js';
import { DOCS_DIR, buildDocs } from './docs-build.js';

await run(process.argv.slice(2), {
  options: { 'docs-port': { type: 'string' } },
  usage: `  --docs-port <port>     docs site port (default ${DEFAULT_PORTS.docs}, env ${portEnvVar('docs')})`,
  async start(flags, host) {
    await buildDocs();
    const server = createStaticServer(DOCS_DIR);
    const url = await listen(server, portFor('docs', flags), host, portHint('docs'));
    return { line: `docs          ${url}`, stop: () => server.close() };
  },
});
