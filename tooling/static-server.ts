import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.yaml': 'application/yaml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
};

/** Serves the files of one folder, read-only; `/` is `index.html`. Nothing outside it. */
export function createStaticServer(root: string): http.Server {
  const base = path.resolve(root);
  return http.createServer((req, res) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const file = path.resolve(base, `.${pathname === '/' ? '/index.html' : pathname}`);
      const info = file.startsWith(base + path.sep) ? await stat(file).catch(() => null) : null;
      if (!info?.isFile() || (req.method !== 'GET' && req.method !== 'HEAD')) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
        return;
      }
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'content-length': info.size,
        'cache-control': 'no-cache',
      });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
    })().catch(() => res.destroy());
  });
}

/** The one-line reason listening failed; a busy port says how to choose another (`hint`). */
export function listenError(
  error: NodeJS.ErrnoException,
  host: string,
  port: number,
  what: string,
  hint: string,
): Error {
  return new Error(
    error.code === 'EADDRINUSE'
      ? `port ${port} on ${host} is busy; ${what} needs it (${hint})`
      : `cannot listen on ${host}:${port} for ${what}: ${error.message}`,
  );
}

/** `http://host:port`, with an IPv6 host in brackets. */
export const baseUrl = (host: string, port: number): string =>
  `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

/** Listens and resolves to the base URL; rejects with a one-line reason when the port is busy. */
export function listen(
  server: http.Server,
  port: number,
  host: string,
  hint = 'choose another port',
): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(listenError(error, host, port, 'the docs server', hint));
    });
    server.listen(port, host, () => {
      const address = server.address() as { port: number };
      resolve(baseUrl(host, address.port));
    });
  });
}
