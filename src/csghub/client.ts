import * as ops from '../../generated/csghub.operations.js';
import type { UserProfile, UserToken } from '../../generated/csghub.types.js';
import { apiPromise, type APIPromise, type ResponseSink } from '../core/api-promise.js';
import { InvalidArgumentError } from '../core/errors.js';
import type { ClientOptions, RequestOptions } from '../core/options.js';
import { genericErrorMessage } from '../internal/error-body.js';
import { readEnv } from '../internal/env.js';
import { Transport, type ServiceProfile } from '../internal/transport.js';
import { checkBaseUrl } from '../internal/url.js';
import { csghubProfile, gatewayProfile } from './profile.js';
import { Accounting } from './resources/accounting/index.js';
import { Agents } from './resources/agents/index.js';
import { Chat } from './resources/chat.js';
import { Collections } from './resources/collections.js';
import { Clusters } from './resources/clusters.js';
import { Discussions } from './resources/discussions.js';
import { Embeddings } from './resources/embeddings.js';
import { Evaluations } from './resources/evaluations.js';
import { Finetuning } from './resources/finetune-jobs.js';
import { InferenceModels } from './resources/inference-models.js';
import { McpResources } from './resources/mcp-resources.js';
import { Organizations } from './resources/organizations.js';
import { RuntimeFrameworks } from './resources/runtime-frameworks.js';
import { Tags } from './resources/tags.js';
import { Codes } from './resources/codes.js';
import { Datasets } from './resources/datasets.js';
import { Lfs } from './resources/lfs.js';
import { McpServers } from './resources/mcps.js';
import { Models } from './resources/models.js';
import { SpaceResources } from './resources/space-resources.js';
import { Spaces } from './resources/spaces.js';
import { Users } from './resources/users/index.js';
import { originBoundRedirects } from './internal/redirects.js';

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
  /**
   * Longest event-stream line, and most data one event may gather, in bytes (status and log
   * streams, streamed chat). More ends the stream with `InvalidResponseError`.
   * @default 1048576 (1 MiB)
   */
  maxEventBytes?: number | undefined;
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
  /** Finishing multipart large-file (LFS) uploads; uploads themselves are on each repository kind. */
  readonly lfs: Lfs;
  readonly discussions: Discussions;
  readonly tags: Tags;
  readonly runtimeFrameworks: RuntimeFrameworks;
  readonly clusters: Clusters;
  readonly evaluations: Evaluations;
  /** Batch fine-tuning jobs (`finetunes.jobs`). */
  readonly finetunes: Finetuning;
  /** Hardware offers (space resources) that deploys, fine-tuning and evaluations run on. */
  readonly spaceResources: SpaceResources;
  /** OpenAI-compatible chat completions (AI gateway). */
  readonly chat: Chat;
  /** OpenAI-compatible embeddings (AI gateway). */
  readonly embeddings: Embeddings;
  /** The models the AI gateway serves (AI gateway). */
  readonly inferenceModels: InferenceModels;
  /** MCP servers recommended to agents (AI gateway). */
  readonly mcpResources: McpResources;
  /** Users: profiles, their repositories and collections, likes, SSH keys, access tokens. */
  readonly users: Users;
  /** Organizations, their repositories and members. */
  readonly organizations: Organizations;
  /** Collections of repositories. */
  readonly collections: Collections;
  /** Balances, bills, statements, recharges, invoices, prices and subscriptions. */
  readonly accounting: Accounting;
  /** Agents, their sessions and what they work with (enterprise and SaaS editions). */
  readonly agents: Agents;

  /** The bare token, for the token lookup behind `me()`. */
  readonly #token: string | undefined;
  /** The token owner's name, once `me()` has found it. */
  #myName: Promise<string> | undefined;

  constructor(options: CsghubOptions = {}) {
    const token = options.token ?? readEnv('CSGHUB_TOKEN');
    this.#token = token?.replace(/^Bearer\s+/i, '');
    const given = options.baseUrl ?? readEnv('CSGHUB_URL') ?? CSGHub.DEFAULT_BASE_URL;
    checkBaseUrl(given);
    const baseUrl = hubRoot(given);
    const shared = {
      ...options,
      baseUrl,
      token: token ? authorizationOf(token) : undefined,
      fetch: originBoundRedirects(
        options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
      ),
    };
    const hub = new Transport(csghubProfile, shared);
    const storage = new Transport(storageProfile, {
      ...shared,
      baseUrl: '',
      token: undefined,
      headers: undefined,
    });
    const gateway = new Transport(gatewayProfile, shared);
    transports.set(this, { hub, gateway, storage });
    this.models = new Models(hub, storage);
    this.datasets = new Datasets(hub, storage);
    this.codes = new Codes(hub, storage);
    this.spaces = new Spaces(hub, storage);
    this.mcps = new McpServers(hub, storage);
    this.lfs = new Lfs(hub);
    this.discussions = new Discussions(hub);
    this.tags = new Tags(hub);
    this.runtimeFrameworks = new RuntimeFrameworks(hub);
    this.clusters = new Clusters(hub);
    this.evaluations = new Evaluations(hub);
    this.finetunes = new Finetuning(hub);
    this.spaceResources = new SpaceResources(hub);
    this.chat = new Chat(gateway);
    this.embeddings = new Embeddings(gateway);
    this.inferenceModels = new InferenceModels(gateway);
    this.mcpResources = new McpResources(gateway);
    this.users = new Users(hub);
    this.organizations = new Organizations(hub);
    this.collections = new Collections(hub);
    this.accounting = new Accounting(hub);
    this.agents = new Agents(hub);
  }

  /**
   * The token's own user, with the full profile (email, phone, roles) only its owner sees:
   * "my models" is `csghub.users.listModels((await csghub.me()).username)`. The first call
   * looks the token up (the token travels in that request's path, over HTTPS); the owner's
   * name is then remembered, so later calls read only the profile.
   */
  me(options?: RequestOptions): APIPromise<UserProfile> {
    const { hub } = transportsOf(this);
    const sink: ResponseSink = {};
    const run = async () => {
      const { data, response } = await hub
        .request<UserProfile>(
          ops.getUser,
          { params: { path: { username: await this.#ownerName(options) } } },
          options,
        )
        .withResponse();
      sink.response = response;
      return data;
    };
    return apiPromise(run(), sink);
  }

  #ownerName(options: RequestOptions | undefined): Promise<string> {
    if (this.#myName) return this.#myName;
    const token = this.#token;
    if (!token || /^(OAuth|Basic)\s/i.test(token)) {
      return Promise.reject(
        new InvalidArgumentError(
          'me() needs an access token (the token option or CSGHUB_TOKEN)',
          ops.getTokenInfo,
        ),
      );
    }
    const lookup = transportsOf(this)
      .hub.request<UserToken>(
        ops.getTokenInfo,
        { params: { path: { token_value: token } } },
        options,
      )
      .then((info) => {
        if (!info.user_name)
          throw new InvalidArgumentError('the token has no owner', ops.getTokenInfo);
        return info.user_name;
      });
    // A failed lookup is not remembered: the next call tries again.
    this.#myName = lookup.catch((error: unknown) => {
      this.#myName = undefined;
      throw error;
    });
    return this.#myName;
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
