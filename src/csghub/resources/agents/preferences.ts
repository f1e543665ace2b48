import * as ops from '../../../../generated/csghub.operations.js';
import type {
  AgentPreferenceRemoveParams,
  AgentPreferenceSetParams,
} from '../../../../generated/csghub.types.js';
import type { APIPromise } from '../../../core/api-promise.js';
import type { RequestOptions } from '../../../core/options.js';
import { APIResource } from '../../../internal/resource.js';

/**
 * The caller's pins and per-instance settings; they show in the lists they affect
 * (`is_pinned`, `config`). Enterprise and SaaS editions only.
 */
export class AgentPreferences extends APIResource {
  /** Sets or replaces a preference; a sixth pin of one kind answers 500 (`AGENT-ERR-4`). */
  set(params: AgentPreferenceSetParams, options?: RequestOptions): APIPromise<undefined> {
    return this.transport.send(ops.setAgentPreference, { body: params }, options);
  }

  /** Removes a preference, such as a pin; removing one that is not set is not an error. */
  remove(params: AgentPreferenceRemoveParams, options?: RequestOptions): APIPromise<undefined> {
    return this.transport.send(ops.removeAgentPreference, { body: params }, options);
  }
}
