import type { APIPromise } from '../../core/api-promise.js';
import { pagePromise, type PagePromise } from '../../core/pagination.js';
import type { RequestOptions } from '../../core/options.js';
import { poll, type WaitOptions } from '../../core/waiter.js';
import { APIResource } from '../../internal/resource.js';
import {
  changeInstanceImage,
  createInstance,
  getInstanceStatus,
  listInstanceStatuses,
  listInstances,
  releaseInstance,
  startInstance,
  stopInstance,
} from '../../../generated/cfgpu.operations.js';
import type {
  Instance,
  InstanceChangeImageParams,
  InstanceCreateParams,
  InstanceCreateResult,
  InstanceListParams,
  InstanceStatus,
  InstanceStatusCode,
} from '../../../generated/cfgpu.types.js';
import { CfgpuPage, type CfgpuPageContent } from '../pagination.js';
import { orEmpty } from '../../internal/payload.js';

const path = (instanceId: string) => ({ path: { instanceId } });

/** States from which `target` can no longer be reached. */
function deadEnds(target: InstanceStatusCode): ReadonlySet<InstanceStatusCode> {
  const dead = new Set<InstanceStatusCode>(['ERROR', 'RELEASING', 'RELEASED']);
  dead.delete(target);
  if (target === 'RELEASED') dead.delete('RELEASING');
  return dead;
}

/** GPU instances: create, inspect, start, stop, change image and release. */
export class Instances extends APIResource {
  /**
   * Rents an instance. It starts in `CREATING`; use {@link Instances.waitFor} to wait for
   * `RUNNING`. Never retried automatically: a retry could rent a second instance.
   */
  create(params: InstanceCreateParams, options?: RequestOptions): APIPromise<InstanceCreateResult> {
    return this.transport.request(createInstance, { body: params }, options);
  }

  /** The lifecycle state of one instance. */
  getStatus(instanceId: string, options?: RequestOptions): APIPromise<InstanceStatus> {
    return this.transport.request(getInstanceStatus, { params: path(instanceId) }, options);
  }

  /** The lifecycle state of every instance. */
  listStatuses(options?: RequestOptions): APIPromise<InstanceStatus[]> {
    return this.transport.request(listInstanceStatuses, {}, options, orEmpty<InstanceStatus>);
  }

  /**
   * The user's instances. Await it for one page, or iterate it to walk every instance:
   *
   * ```ts
   * for await (const instance of cfgpu.instances.list({ status: 'RUNNING' })) { … }
   * ```
   */
  list(
    params: InstanceListParams = {},
    options?: RequestOptions,
  ): PagePromise<CfgpuPage<Instance>, Instance> {
    const fetchPage = (currentPage: number): APIPromise<CfgpuPage<Instance>> =>
      this.transport.request(
        listInstances,
        { body: { ...params, currentPage } },
        options,
        (content) => new CfgpuPage(content as CfgpuPageContent<Instance>, currentPage, fetchPage),
      );
    return pagePromise(fetchPage(params.currentPage ?? 1));
  }

  /** Boots a stopped instance. Not retried automatically. */
  start(instanceId: string, options?: RequestOptions): APIPromise<undefined> {
    return this.transport.send(startInstance, { params: path(instanceId) }, options);
  }

  /** Shuts a running instance down; disks are kept. Not retried automatically. */
  stop(instanceId: string, options?: RequestOptions): APIPromise<undefined> {
    return this.transport.send(stopInstance, { params: path(instanceId) }, options);
  }

  /** Destroys a stopped instance and its disks for good. Not retried automatically. */
  release(instanceId: string, options?: RequestOptions): APIPromise<undefined> {
    return this.transport.send(releaseInstance, { params: path(instanceId) }, options);
  }

  /** Switches a stopped instance to another image. Not retried automatically. */
  changeImage(
    instanceId: string,
    params: InstanceChangeImageParams,
    options?: RequestOptions,
  ): APIPromise<undefined> {
    return this.transport.send(
      changeInstanceImage,
      { params: path(instanceId), body: params },
      options,
    );
  }

  /**
   * Polls the instance's state until it is `target`. Fails fast with `WaitFailedError` when
   * the instance reaches a state `target` cannot follow (`ERROR`, or `RELEASED` when waiting
   * for anything else), and with `WaitTimeoutError` after `timeoutMs`.
   */
  waitFor(
    instanceId: string,
    target: InstanceStatusCode,
    options: WaitOptions = {},
  ): Promise<InstanceStatus> {
    const dead = deadEnds(target);
    return poll(
      {
        read: (signal) => this.getStatus(instanceId, { signal }),
        state: (status) => status.statusCode,
        done: (status) => status.statusCode === target,
        failed: (status) => dead.has(status.statusCode),
        what: `instance ${instanceId} to reach ${target}`,
        operation: getInstanceStatus,
      },
      options,
    );
  }
}
