import { CsgkitError } from '../core/errors.js';
import type { ClientOptions } from '../core/options.js';
import { readEnv } from '../internal/env.js';
import { Transport } from '../internal/transport.js';
import { checkBaseUrl } from '../internal/url.js';
import { cfgpuProfile } from './profile.js';
import { Gpus } from './resources/gpus.js';
import { Images } from './resources/images.js';
import { Instances } from './resources/instances.js';
import { Regions } from './resources/regions.js';

export interface CfgpuOptions extends ClientOptions {
  /**
   * API token, sent as `Authorization` exactly as given: bare, or `Bearer …`.
   * @default process.env.CFGPU_API_TOKEN
   */
  token?: string | undefined;
  /** @default process.env.CFGPU_BASE_URL ?? 'https://api.cfgpu.com' */
  baseUrl?: string | undefined;
}

/**
 * Client for the CFGPU GPU cloud API.
 *
 * ```ts
 * const cfgpu = new CFGPU({ token: process.env.CFGPU_API_TOKEN });
 * const { instanceId } = await cfgpu.instances.create({ … });
 * await cfgpu.instances.waitFor(instanceId, 'RUNNING');
 * ```
 */
const transports = new WeakMap<CFGPU, Transport>();

/** The transport behind a client, for the raw client; not part of the public API. */
export function transportOf(cfgpu: CFGPU): Transport {
  const transport = transports.get(cfgpu);
  if (!transport) throw new TypeError('not a CFGPU client');
  return transport;
}

export class CFGPU {
  static readonly DEFAULT_BASE_URL = 'https://api.cfgpu.com';

  readonly regions: Regions;
  readonly gpus: Gpus;
  readonly images: Images;
  readonly instances: Instances;

  constructor(options: CfgpuOptions = {}) {
    const token = options.token ?? readEnv('CFGPU_API_TOKEN');
    if (!token) {
      throw new CsgkitError(
        'CFGPU token missing: pass { token } or set the CFGPU_API_TOKEN environment variable',
      );
    }
    const baseUrl = options.baseUrl ?? readEnv('CFGPU_BASE_URL') ?? CFGPU.DEFAULT_BASE_URL;
    checkBaseUrl(baseUrl);
    const transport = new Transport(cfgpuProfile, { ...options, token, baseUrl });
    transports.set(this, transport);
    this.regions = new Regions(transport);
    this.gpus = new Gpus(transport);
    this.images = new Images(transport);
    this.instances = new Instances(transport);
  }
}
