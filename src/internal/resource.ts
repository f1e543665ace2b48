import type { Transport } from './transport.js';

/** Base of every resource class (`cfgpu.instances`, …): they all run on one transport. */
export abstract class APIResource {
  protected readonly transport: Transport;

  constructor(transport: Transport) {
    this.transport = transport;
  }
}
