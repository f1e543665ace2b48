/** `csghub spaces status` without `--wait` against a hostile event stream, as a real process. */
import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { listen } from '../../tooling/static-server.js';
import { run } from './run.js';

const env = { CSGHUB_TOKEN: 'cli-test-token-0b9e4d7c' };

/** A status stream that sends `:keepalive` comments every 50 ms, and `reading` after 300 ms. */
async function keepaliveHub(reading?: string) {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/event-stream' });
    const beat = setInterval(() => response.write(':keepalive\n\n'), 50);
    const later = reading && setTimeout(() => response.write(reading), 300);
    response.on('close', () => {
      clearInterval(beat);
      clearTimeout(later);
    });
  });
  const base = await listen(server, 0, '127.0.0.1');
  return {
    base,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

describe('csghub spaces status (no --wait)', () => {
  it('gives up after --timeout when only comments arrive, exit 1', async () => {
    const hub = await keepaliveHub();
    try {
      const started = Date.now();
      const { code, stderr } = await run(
        'csghub',
        ['--base-url', hub.base, 'spaces', 'status', 'OpenCSG/wukong-chat', '--timeout', '1'],
        { env },
      );
      expect(code).toBe(1);
      expect(stderr).toMatch(/^csghub spaces status: no status reading within 1 s/);
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      hub.close();
    }
  });

  it('prints the first reading after comments and exits 0', async () => {
    const hub = await keepaliveHub('event:status\ndata:Running\n\n');
    try {
      const { code, stdout } = await run(
        'csghub',
        ['--base-url', hub.base, 'spaces', 'status', 'OpenCSG/wukong-chat', '--timeout', '5'],
        { env },
      );
      expect(code).toBe(0);
      expect(stdout).toMatch(/^status\s+Running$/m);
    } finally {
      hub.close();
    }
  });
});
