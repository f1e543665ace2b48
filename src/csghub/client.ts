import type { ClientOptions } from '../core/options.js';
import { genericErrorMessage } from '../internal/error-body.js';
import { readEnv } from '../internal/env.js';
import { Transport, type ServiceProfile } from '../internal/transport.js';
import { csghubProfile, gatewayProfile } from './profile.js';
import { Chat } from './resources/chat.js';
import { Clusters } from './resources/clusters.js';
import { Discussions } from './resources/discussions.js';
import { Embeddings } from './resources/embeddings.js';
import { Evaluations } from './resources/evaluations.js';
import { InferenceModels } from './resources/inference-models.js';
import { McpResources } from './resources/mcp-resources.js';
import { RuntimeFrameworks } from './resources/runtime-frameworks.js';
import { Tags } from './resources/tags.js';
import { Codes } from './resources/codes.js';
import { Datasets } from './resources/datasets.js';
import { McpServers } from './resources/mcps.js';
import { Models } from './resources/models.js';
import { Spaces } from './resources/spaces.js';

export interface CsghubOptions extends ClientOptions {
  /**
   * Access token. A bare token is sent as `Bearer <token>`, which the service requires; a
   * value that already names a scheme is sent as is. Without one, only anonymous reads work.
   * @default process.env.CSGHUB_TOKEN
   */
  token?: string | undefined;
  /**
   * The hub's address. A trailing `/api/v1` (as `CSGHUB_URL` is often written) is accepted.
   * @default process.env.CSGHUB_URL ?? 'https://hub.opencsg.com'
   */
  baseUrl?: string | undefined;
}

/** Presigned storage URLs are fetched as they are: no token, no envelope. */
const storageProfile: ServiceProfile = {
  unwrap: (body) => body,
  describeError: (body) => ({ message: genericErrorMessage(body) }),
};

/** `Bearer ` unless the value already names a scheme the service knows. */
export function authorizationOf(token: string): string {
  return /^(Bearer|OAuth|Basic)\s/i.test(token) ? token : `Bearer ${token}`;
}

/** The host root: paths carry `/api/v1` (and the gateway's `/v1`) themselves. */
export function hubRoot(url: string): string {
  return url.replace(/\/+$/, '').replace(/\/api\/v1$/, '');
}

/**
 * Client for the CSGHub API and its OpenAI-compatible AI gateway.
 *
 * ```ts
 * const csghub = new CSGHub({ token: process.env.CSGHUB_TOKEN });
 * for await (const model of csghub.models.list({ search: 'qwen' })) console.log(model.path);
 * ```
 */
export class CSGHub {
  static readonly DEFAULT_BASE_URL = 'https://hub.opencsg.com';

  readonly models: Models;
  readonly datasets: Datasets;
  readonly codes: Codes;
  readonly spaces: Spaces;
  readonly mcps: McpServers;
  readonly discussions: Discussions;
  readonly tags: Tags;
  readonly runtimeFrameworks: RuntimeFrameworks;
  readonly clusters: Clusters;
  readonly evaluations: Evaluations;
  /** OpenAI-compatible chat completions (AI gateway). */
  readonly chat: Chat;
  /** OpenAI-compatible embeddings (AI gateway). */
  readonly embeddings: Embeddings;
  /** The models the AI gateway serves (AI gateway). */
  readonly inferenceModels: InferenceModels;
  /** MCP servers recommended to agents (AI gateway). */
  readonly mcpResources: McpResources;

  constructor(options: CsghubOptions = {}) {
    const token = options.token ?? readEnv('CSGHUB_TOKEN');
    const baseUrl = hubRoot(options.baseUrl ?? readEnv('CSGHUB_URL') ?? CSGHub.DEFAULT_BASE_URL);
    const shared = { ...options, baseUrl, token: token ? authorizationOf(token) : undefined };
    const hub = new Transport(csghubProfile, shared);
    const storage = new Transport(storageProfile, { ...shared, baseUrl: '', token: undefined });
    const gateway = new Transport(gatewayProfile, shared);
    transports.set(this, { hub, gateway, storage });
    this.models = new Models(hub, storage);
    this.datasets = new Datasets(hub, storage);
    this.codes = new Codes(hub, storage);
    this.spaces = new Spaces(hub, storage);
    this.mcps = new McpServers(hub, storage);
    this.discussions = new Discussions(hub);
    this.tags = new Tags(hub);
    this.runtimeFrameworks = new RuntimeFrameworks(hub);
    this.clusters = new Clusters(hub);
    this.evaluations = new Evaluations(hub);
    this.chat = new Chat(gateway);
    this.embeddings = new Embeddings(gateway);
    this.inferenceModels = new InferenceModels(gateway);
    this.mcpResources = new McpResources(gateway);
  }
}

interface Transports {
  hub: Transport;
  gateway: Transport;
  storage: Transport;
}

const transports = new WeakMap<CSGHub, Transports>();

/** The transports behind a client; not part of the public API. */
export function transportsOf(csghub: CSGHub): Transports {
  const found = transports.get(csghub);
  if (!found) throw new TypeError('not a CSGHub client');
  return found;
}
