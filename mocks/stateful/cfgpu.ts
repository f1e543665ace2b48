/**
 * CFGPU instances in memory, starting from the generated fleet (mocks/data/cfgpu.ts) with any
 * `--seed` fixtures: create → CREATING → RUNNING → stop → STOPPING → CLOSED → start →
 * STARTING → RUNNING, and release (from CLOSED) → RELEASING → RELEASED. Each transitional state
 * lasts `delayMs`; a state is worked out when it is read, so nothing runs in the background.
 * A generated instance holds its state until it is acted on. Refusals are the service's:
 * `success: false` with its documented error codes.
 */
import type { IHttpOperation } from '@stoplight/types';
import type { InstanceStatusCode } from '../../src/cfgpu/index.js';
import { generateInstances } from '../data/cfgpu.js';
import { applyFixtures } from '../data/fixtures.js';
import { EPOCH, random } from '../data/random.js';
import {
  answer,
  fullMessage,
  dispatch,
  example,
  isObject,
  operationFinder,
  overlay,
  stateAt,
  timeline,
  type Call,
  type Timeline,
} from './support.js';
import type { StatefulStore, StoreSetup } from './types.js';

type State = InstanceStatusCode;

/** What each state shows as `status`, as the service words it. */
const DISPLAY: Record<State, string> = {
  CREATING: '创建中',
  RUNNING: '运行中',
  STOPPING: '关机中',
  CLOSED: '已关机',
  STARTING: '开机中',
  RELEASING: '释放中',
  RELEASED: '已释放',
  ERROR: '错误',
};

/** Where each transitional state settles. */
const SETTLES: Partial<Record<State, State>> = {
  CREATING: 'RUNNING',
  STOPPING: 'CLOSED',
  STARTING: 'RUNNING',
  RELEASING: 'RELEASED',
};

const REFUSALS = {
  52002: '实例正在开机中',
  52003: '实例正在运行中',
  52004: '实例正在关机中',
  52005: '实例已关机',
  52006: '实例正在释放中',
  52007: '实例需要关机',
  52009: '未到期包年包月实例暂不支持释放',
} as const;

type RefusalCode = keyof typeof REFUSALS;

/**
 * What each action needs: the states it is accepted in, the state it moves to (none for a
 * change in place), and the service's refusal in every other state (`otherwise` for the rest).
 */
const ACTIONS: Record<
  'start' | 'stop' | 'release' | 'changeImage',
  {
    from: readonly State[];
    to?: State;
    refusals: Partial<Record<State, RefusalCode>> & { otherwise: RefusalCode };
  }
> = {
  start: {
    from: ['CLOSED'],
    to: 'STARTING',
    refusals: {
      RUNNING: 52003,
      STOPPING: 52004,
      RELEASING: 52006,
      RELEASED: 52006,
      otherwise: 52002,
    },
  },
  stop: {
    from: ['RUNNING'],
    to: 'STOPPING',
    refusals: {
      CLOSED: 52005,
      STOPPING: 52004,
      RELEASING: 52006,
      RELEASED: 52006,
      otherwise: 52002,
    },
  },
  release: {
    from: ['CLOSED', 'ERROR'],
    to: 'RELEASING',
    refusals: { STOPPING: 52004, RELEASING: 52006, RELEASED: 52006, otherwise: 52007 },
  },
  changeImage: {
    from: ['CLOSED'],
    refusals: { RELEASING: 52006, RELEASED: 52006, otherwise: 52007 },
  },
};

interface Machine {
  record: Record<string, unknown>;
  timeline: Timeline<State>;
}

const ok = (content: unknown) =>
  answer(200, { success: true, errorCode: null, errorMsg: null, content });
const refuse = (code: RefusalCode) =>
  answer(200, { success: false, errorCode: code, errorMsg: REFUSALS[code], content: null });

export function cfgpuStore(operations: IHttpOperation[], setup: StoreSetup): StatefulStore {
  const { delayMs, maxRecords } = setup;
  const operation = operationFinder(operations);
  const machines = new Map<string, Machine>();
  /** Instances created here; released ones stay listed, so they keep counting. */
  let created = 0;
  /** Ids and dates of created instances: from the seed and the mock's clock, not the wall's. */
  let ids = random(setup.seedValue + 1);
  let clock = EPOCH;

  const page = example(operation('listInstances'));
  const content = isObject(page['content']) ? page['content'] : {};
  const examples = Array.isArray(content['records']) ? content['records'].filter(isObject) : [];
  const template = examples[0] ?? {};
  const exampleIds = new Set(examples.map((record) => record['instanceId']));
  // Names for the codes a create names, from the other lists' examples.
  const names = (id: string, code: string, name: string) => {
    const list = example(operation(id))['content'];
    const entries = Array.isArray(list) ? list.filter(isObject) : [];
    return new Map(entries.map((entry) => [String(entry[code]), String(entry[name])]));
  };
  const regionNames = names('listRegions', 'code', 'name');
  const gpuNames = names('listGpus', 'code', 'name');
  const imageNames = names('listPrivateImages', 'code', 'name');
  // System images are a tree; an instance shows a leaf's path, e.g. `PyTorch 版本:2.3.1 …`.
  const walk = (nodes: unknown, prefix: string, label: string) => {
    for (const node of Array.isArray(nodes) ? nodes.filter(isObject) : []) {
      const name = prefix ? `${prefix} ${label}:${String(node['name'])}` : String(node['name']);
      if (typeof node['code'] === 'string') imageNames.set(node['code'], name);
      walk(node['children'], name, String(node['childrenName']));
    }
  };
  walk(example(operation('listSystemImages'))['content'], '', '');
  const generated = generateInstances(setup.seedValue, {
    regions: regionNames,
    gpus: gpuNames,
    images: imageNames,
  });
  const fixtures = setup.fixtures['cfgpu'];

  const reset = () => {
    machines.clear();
    created = 0;
    ids = random(setup.seedValue + 1);
    clock = EPOCH;
    // The list example's instances too, so the documented ones are there; they have settled.
    const records = applyFixtures(
      [...examples, ...generated],
      fixtures?.kinds['instances'],
      'instanceId',
      fixtures?.replace === true && 'instances' in fixtures.kinds,
    );
    for (const record of records) {
      const state = String(record['statusCode']) as State;
      const settled = exampleIds.has(record['instanceId']) ? (SETTLES[state] ?? state) : state;
      const complete = overlay(template, record) as Record<string, unknown>;
      machines.set(String(record['instanceId']), {
        record: complete,
        timeline: timeline(DISPLAY[settled] ? settled : 'RUNNING'),
      });
    }
  };
  reset();

  const current = (machine: Machine) => stateAt(machine.timeline, delayMs);
  const view = (machine: Machine): Record<string, unknown> => {
    const state = current(machine);
    return { ...machine.record, statusCode: state, status: DISPLAY[state] };
  };
  /** An instance entering `to`, and where it settles. */
  const entering = (to: State) => {
    const next = SETTLES[to];
    return next ? timeline(to, next) : timeline(to);
  };
  /** The machine a call names, or the service's answer for an unknown id. */
  const find = (call: Call): Machine | ReturnType<typeof answer> =>
    machines.get(call.params['instanceId'] ?? '') ??
    answer(200, { success: false, errorCode: 'BIZ_ERROR', errorMsg: '实例不存在', content: null });
  const isMachine = (found: Machine | ReturnType<typeof answer>): found is Machine =>
    'record' in found;

  /** Applies an action to the instance a call names, or answers why the service refuses it. */
  const act = (call: Call, name: keyof typeof ACTIONS, apply?: (machine: Machine) => void) => {
    const machine = find(call);
    if (!isMachine(machine)) return machine;
    const action = ACTIONS[name];
    const state = current(machine);
    if (!action.from.includes(state))
      return refuse(action.refusals[state] ?? action.refusals.otherwise);
    // An unexpired prepaid instance cannot be released (the service's 52009).
    if (name === 'release' && machine.record['consumeTypeCode'] === 'Prepaid') return refuse(52009);
    apply?.(machine);
    if (action.to) machine.timeline = entering(action.to);
    return ok(null);
  };

  return {
    state: () => ({
      api: 'cfgpu',
      seedValue: setup.seedValue,
      instances: [...machines.values()].map(view),
    }),
    reset,
    answer: dispatch({
      createInstance: ({ body }) => {
        if (created >= maxRecords) {
          // The service's "out of resources" code, with a message of the mock's own.
          return answer(200, {
            success: false,
            errorCode: 51001,
            errorMsg: fullMessage(maxRecords, 'instances'),
            content: null,
          });
        }
        created++;
        let instanceId = `instance-${ids.id(8)}`;
        while (machines.has(instanceId)) instanceId = `instance-${ids.id(8)}`;
        const regionCode = String(body['regionCode']);
        const gpuType = String(body['gpuType']);
        const prepaid = body['priceType'] !== 'Usage';
        const record = overlay(template, {
          instanceId,
          instanceName: body['instanceName'] ?? instanceId,
          regionCode,
          region: regionNames.get(regionCode) ?? regionCode,
          gpuType,
          gpuName: gpuNames.get(gpuType) ?? gpuType,
          gpus: body['gpuNum'],
          imageId: body['imageId'],
          imageName: imageNames.get(String(body['imageId'])) ?? body['imageId'],
          createTime: (clock += 60_000),
          consumeTypeCode: prepaid ? 'Prepaid' : 'Usage',
          consumeType: prepaid ? '预付费' : '按量计费',
          stopTime: null,
        }) as Record<string, unknown>;
        machines.set(instanceId, { record, timeline: entering('CREATING') });
        return ok({ instanceId });
      },
      getInstanceStatus: (call) => {
        const machine = find(call);
        if (!isMachine(machine)) return machine;
        const { instanceId, statusCode, status } = view(machine);
        return ok({ instanceId, statusCode, status });
      },
      listInstanceStatuses: () =>
        ok(
          [...machines.values()].map((machine) => {
            const { instanceId, statusCode, status } = view(machine);
            return { instanceId, statusCode, status };
          }),
        ),
      listInstances: ({ body }) => {
        const currentPage = Number(body['currentPage'] ?? 1);
        const pageSize = Number(body['pageSize'] ?? 10);
        const keyWord = typeof body['keyWord'] === 'string' ? body['keyWord'] : '';
        // An empty status, like an absent one, means any state.
        const status = body['status'] === '' ? undefined : body['status'];
        const records = [...machines.values()]
          .map(view)
          .filter((r) => status === undefined || r['statusCode'] === status)
          .filter(
            (r) => !keyWord || String(r['instanceName'] as string | undefined).includes(keyWord),
          )
          .sort((a, b) => Number(b['createTime'] ?? 0) - Number(a['createTime'] ?? 0));
        const total = records.length;
        return ok({
          ...content,
          total,
          pageSize,
          currentPage,
          pages: Math.ceil(total / pageSize),
          empty: total === 0,
          notEmpty: total > 0,
          records: records.slice((currentPage - 1) * pageSize, currentPage * pageSize),
        });
      },
      startInstance: (call) => act(call, 'start'),
      stopInstance: (call) =>
        act(call, 'stop', (machine) => {
          machine.record['stopTime'] = clock += 60_000;
        }),
      releaseInstance: (call) => act(call, 'release'),
      changeInstanceImage: (call) =>
        act(call, 'changeImage', (machine) => {
          const imageId = String(call.body['imageId']);
          machine.record['imageId'] = imageId;
          machine.record['imageName'] = imageNames.get(imageId) ?? imageId;
        }),
    }),
  };
}
