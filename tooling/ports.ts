import net from 'node:net';
import { listenError } from './static-server.js';

/** A port nobody listens on right now. */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

/** Fails with a one-line reason when the port is taken; `hint` says how to choose another. */
export function assertPortFree(
  port: number,
  host: string,
  what: string,
  hint = 'choose another port',
): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(listenError(error, host, port, what, hint));
    });
    server.listen(port, host, () => {
      server.close(() => {
        resolve();
      });
    });
  });
}
