import { Worker } from 'node:worker_threads';

/** A running envelope server: its base URL and a way to stop it. */
export interface EnvelopeServer {
  readonly baseUrl: string;
  /** Share of the server thread's time spent busy since the last call (0–1). */
  utilization(): number;
  close(): Promise<void>;
}

// Plain JS evaluated in the worker: tsx does not transform eval'd worker code.
const SERVER_SOURCE = `
const http = require('node:http');
const { parentPort, workerData } = require('node:worker_threads');
const body = Buffer.from(workerData.body);
const headers = {
  'content-type': 'application/json',
  'content-length': String(body.length),
  connection: 'keep-alive',
};
const server = http.createServer((req, res) => {
  req.resume();
  res.writeHead(200, headers);
  res.end(body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
parentPort.once('message', () => {
  server.close();
  server.closeAllConnections();
  parentPort.close();
});
`;

/**
 * Serves `body` to every request from a worker thread, so the server's CPU does not share
 * the client's event loop and dilute the differences between client variants.
 */
export async function startEnvelopeServer(body: string): Promise<EnvelopeServer> {
  const worker = new Worker(SERVER_SOURCE, { eval: true, workerData: { body } });
  const exited = new Promise<void>((resolve) => {
    worker.once('exit', () => {
      resolve();
    });
  });
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  let last = worker.performance.eventLoopUtilization();
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    utilization() {
      const now = worker.performance.eventLoopUtilization();
      const delta = worker.performance.eventLoopUtilization(now, last);
      last = now;
      return delta.utilization;
    },
    async close() {
      worker.postMessage('close');
      await exited;
    },
  };
}
