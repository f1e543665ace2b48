/**
 * CSGHub in memory: repositories of every kind the hub creates the same way (models, datasets,
 * code, spaces, MCP servers) can be created, read, listed, updated and deleted; spaces run
 * (Building → Deploying → Running) and stop; serverless deploys go Deploying → Running and
 * stop and start again; fine-tuning jobs go Pending → Running → Succeeded, with a log that grows
 * as they do, and are listed for their user until deleted. Each transitional state lasts `delayMs`. Repositories the store does not
 * hold are answered from the spec's examples, as without `--stateful`.
 */
import type { IHttpOperation } from '@stoplight/types';
import {
  answer,
  dispatch,
  example,
  fullMessage,
  isObject,
  now,
  operationFinder,
  overlay,
  stateAt,
  timeline,
  type Call,
  type Handler,
  type Timeline,
} from './support.js';
import type { StatefulStore } from './types.js';

/** The namespace a repository gets when the create names none (the token's user). */
const DEMO_USER = 'demo-user';

type Operations = readonly [
  list: string | null,
  create: string,
  get: string,
  update: string,
  remove: string,
];

/**
 * The repositories the hub creates alike, by the `<kind>` of their `/api/v1/<kind>` routes and
 * clone URLs, with the operations that list, create, get, update and delete them. A list left
 * `null` is answered from the spec's examples.
 */
const REPOSITORIES: Record<string, Operations> = {
  models: ['listModels', 'createModel', 'getModel', 'updateModel', 'deleteModel'],
  datasets: ['listDatasets', 'createDataset', 'getDataset', 'updateDataset', 'deleteDataset'],
  codes: ['listCodes', 'createCode', 'getCode', 'updateCode', 'deleteCode'],
  spaces: ['listSpaces', 'createSpace', 'getSpace', 'updateSpace', 'deleteSpace'],
  // The MCP server list nests its page (`data.data`, `data.total`).
  mcps: [null, 'createMcpServer', 'getMcpServer', 'updateMcpServer', 'deleteMcpServer'],
};

/** The states a run passes through, one per `delayMs`, the last one for good. */
const RUNS = {
  space: ['Building', 'Deploying', 'Running'],
  serverless: ['Deploying', 'Running'],
} as const satisfies Record<string, [string, ...string[]]>;

/** The states of a batch fine-tuning job, and the log line each one adds. */
const JOB_STATES = ['Pending', 'Running', 'Succeeded'] as const;
const JOB_LOG: Record<(typeof JOB_STATES)[number], string> = {
  Pending: 'workflow submitted, waiting for resources',
  Running: 'training started',
  Succeeded: 'training finished, model uploaded',
};
const NEVER = '0001-01-01T00:00:00Z';

/** The hub's refusals, answered with the spec's example for the status. */
const REFUSALS = { nameTaken: 400, gone: 404 } as const;

/** A full store's refusal: an error body (`msg`) with a status the operation declares. */
const full = (status: 400 | 500, message: string) => answer(status, { msg: message });

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const sse = (data: string) => answer(200, `event:status\ndata:${data}\n\n`, 'text/event-stream');
/** An envelope example with `values` put into its `data`. */
const fill = (envelope: Record<string, unknown>, values: Record<string, unknown>) =>
  answer(200, { ...envelope, data: overlay(envelope['data'], values) });

export function csghubStore(
  operations: IHttpOperation[],
  delayMs: number,
  maxRecords: number,
): StatefulStore {
  const operation = operationFinder(operations);
  const repos = new Map<string, Record<string, unknown>>();
  /** How many repositories of each kind `repos` holds. */
  const counts = new Map<string, number>();
  const count = (kind: string, by: number) => counts.set(kind, (counts.get(kind) ?? 0) + by);
  /**
   * Repositories deleted here: reading one again is the spec's 404. Capped too: past it the
   * oldest deletion is forgotten, and that repository is the spec's example again.
   */
  const deleted = new Set<string>();
  const forget = (key: string) => {
    deleted.add(key);
    if (deleted.size > maxRecords) deleted.delete(deleted.values().next().value ?? key);
  };
  /** Space runs by their repository key, serverless deploys as `serverless/<id>`. */
  const deployments = new Map<string, Timeline>();
  /** Whether a new deployment (not a restart of the one under `key`) would pass the cap. */
  const deploymentsFull = (key?: string) =>
    !(key !== undefined && deployments.has(key)) && deployments.size >= maxRecords;
  const deploymentsRefusal = () => full(400, fullMessage(maxRecords, 'deployments'));
  let nextId = 90_001;

  /** Stops the deployment a call names, then lets Prism answer. */
  const stopping =
    (id: (call: Call) => string): Handler =>
    (call) => {
      if (deployments.has(id(call))) deployments.set(id(call), timeline('Stopped'));
      return undefined;
    };
  const key = (kind: string, call: Call) =>
    `${kind}/${call.params['namespace'] ?? ''}/${call.params['name'] ?? ''}`;
  /** For a repository not held here: the 404 if it was deleted here, else the spec's example. */
  const missing = (kind: string, call: Call) =>
    deleted.has(key(kind, call)) ? call.specAnswer(REFUSALS.gone) : undefined;

  /**
   * What was created here (newest first) before the spec's examples, without what was deleted;
   * `search` and the page apply to both. Untouched, it is the examples.
   */
  const listing = (kind: string, id: string): Handler => {
    const listed = example(operation(id));
    if (!Array.isArray(listed['data'])) throw new Error(`${id}: the example lists no data`);
    const examples = listed['data'].filter(isObject);
    return ({ query }) => {
      const mine = [...repos.entries()]
        .filter(([k]) => k.startsWith(`${kind}/`))
        .map(([, record]) => record)
        .reverse();
      if (mine.length === 0 && ![...deleted].some((k) => k.startsWith(`${kind}/`))) {
        return undefined;
      }
      const search = typeof query['search'] === 'string' ? query['search'].toLowerCase() : '';
      const paths = new Set(mine.map((r) => r['path']));
      const all = [
        ...mine.map((record) => overlay(examples[0], record) as Record<string, unknown>),
        ...examples.filter(
          (e) => !paths.has(e['path']) && !deleted.has(`${kind}/${String(e['path'])}`),
        ),
      ].filter((item) =>
        [item['path'], item['nickname']].some(
          (text) => typeof text === 'string' && text.toLowerCase().includes(search),
        ),
      );
      const page = Number(query['page'] ?? 1);
      const per = Number(query['per'] ?? 50);
      return answer(200, {
        ...listed,
        data: all.slice((page - 1) * per, page * per),
        total: all.length,
      });
    };
  };

  /** The handlers of one kind of repository, by operation id. */
  const repository = (kind: string, ids: Operations): Record<string, Handler> => {
    const [list, create, get, update, remove] = ids;
    const created = example(operation(create));
    const detail = example(operation(get));
    const updated = example(operation(update));
    return {
      ...(list === null ? {} : { [list]: listing(kind, list) }),
      [create]: ({ body, specAnswer }) => {
        const namespace = typeof body['namespace'] === 'string' ? body['namespace'] : DEMO_USER;
        const name = String(body['name']);
        const path = `${namespace}/${name}`;
        if (repos.has(`${kind}/${path}`)) return specAnswer(REFUSALS.nameTaken);
        if ((counts.get(kind) ?? 0) >= maxRecords) {
          return full(500, fullMessage(maxRecords, kind));
        }
        const at = iso(now());
        const record = overlay(detail['data'], {
          ...body,
          id: nextId++,
          name,
          nickname: body['nickname'] ?? name,
          description: body['description'] ?? '',
          path,
          likes: 0,
          downloads: 0,
          tags: [],
          user: { username: namespace, nickname: namespace },
          repository: {
            http_clone_url: `https://hub.opencsg.com/${kind}/${path}.git`,
            ssh_clone_url: `git@hub.opencsg.com:${kind}/${path}.git`,
          },
          created_at: at,
          updated_at: at,
        }) as Record<string, unknown>;
        repos.set(`${kind}/${path}`, record);
        count(kind, 1);
        deleted.delete(`${kind}/${path}`);
        return fill(created, record);
      },
      [get]: (call) => {
        const record = repos.get(key(kind, call));
        return record ? fill(detail, record) : missing(kind, call);
      },
      [update]: (call) => {
        const record = repos.get(key(kind, call));
        if (!record) return missing(kind, call);
        Object.assign(record, overlay(record, call.body), { updated_at: iso(now()) });
        return fill(updated, record);
      },
      [remove]: (call) => {
        if (deleted.has(key(kind, call))) return call.specAnswer(REFUSALS.gone);
        if (repos.delete(key(kind, call))) count(kind, -1);
        forget(key(kind, call));
        deployments.delete(key(kind, call));
        return undefined;
      },
    };
  };

  const space = (call: Call) => key('spaces', call);
  const serverless = (call: Call) => `serverless/${call.params['id'] ?? ''}`;
  /** The state of a deployment, if there is one. */
  const stateOf = (id: string) => {
    const deployment = deployments.get(id);
    return deployment && stateAt(deployment, delayMs);
  };
  const runSpace: Handler = (call) => {
    if (deploymentsFull(space(call))) return deploymentsRefusal();
    deployments.set(space(call), timeline(...RUNS.space));
    return undefined;
  };
  const deployCreated = example(operation('createServerlessDeploy'));
  const deployDetail = example(operation('getServerlessDeploy'));

  /** Batch fine-tuning jobs by id, with their state's timeline. */
  const jobs = new Map<number, { record: Record<string, unknown>; run: Timeline }>();
  const deletedJobs = new Set<number>();
  const jobCreated = example(operation('createFinetuneJob'));
  const jobDetail = example(operation('getFinetuneJob'));
  const jobList = example(operation('listUserFinetuneJobs'));
  const jobListed = Array.isArray(jobList['data']) ? jobList['data'].filter(isObject) : [];
  /** The id a job route names, by id or (on the logs route) by task id. */
  const jobId = (call: Call) => {
    const ref = call.params['id'] ?? '';
    if (/^\d+$/.test(ref)) return Number(ref);
    return [...jobs.entries()].find(([, job]) => job.record['task_id'] === ref)?.[0] ?? -1;
  };
  /** The service's answer for a job it does not find: 500, not 404. */
  const jobGone = (id: number) =>
    answer(500, { msg: `fail to find finetune workflow by id ${String(id)}` });
  /** A job as it stands now: its status, times and result follow its timeline. */
  const jobNow = (id: number) => {
    const job = jobs.get(id);
    if (!job) return undefined;
    const status = stateAt(job.run, delayMs) as (typeof JOB_STATES)[number];
    const step = JOB_STATES.indexOf(status);
    const at = (n: number) => iso(job.run.since + n * delayMs);
    const record: Record<string, unknown> = {
      ...job.record,
      status,
      start_time: step >= 1 ? at(1) : NEVER,
      end_time: step >= 2 ? at(2) : NEVER,
      result_url:
        step >= 2
          ? `https://hub.opencsg.com/models/${String(job.record['username'])}/${String(job.record['task_id'])}`
          : '',
    };
    return {
      record,
      log: JOB_STATES.slice(0, step + 1).map((state) => JOB_LOG[state]),
    };
  };

  return {
    answer: dispatch({
      ...Object.fromEntries(
        Object.entries(REPOSITORIES).flatMap(([kind, ids]) =>
          Object.entries(repository(kind, ids)),
        ),
      ),
      runSpace,
      wakeupSpace: runSpace,
      stopSpace: stopping(space),
      streamSpaceStatus: (call) => {
        const state = stateOf(space(call));
        if (state !== undefined) return sse(state);
        // Created here and never run: no state computed yet, as for a fresh space on the hub.
        return repos.has(space(call)) ? sse('') : undefined;
      },
      createServerlessDeploy: () => {
        if (deploymentsFull()) return deploymentsRefusal();
        const id = nextId++;
        deployments.set(`serverless/${id}`, timeline(...RUNS.serverless));
        return fill(deployCreated, { deploy_id: id });
      },
      getServerlessDeploy: (call) => {
        const status = stateOf(serverless(call));
        if (status === undefined) return undefined;
        return fill(deployDetail, { deploy_id: Number(call.params['id']), status });
      },
      startServerlessDeploy: (call) => {
        if (deployments.has(serverless(call))) {
          deployments.set(serverless(call), timeline(...RUNS.serverless));
        }
        return undefined;
      },
      stopServerlessDeploy: stopping(serverless),
      createFinetuneJob: ({ body }) => {
        if (jobs.size >= maxRecords) return full(500, fullMessage(maxRecords, 'fine-tuning jobs'));
        const id = nextId++;
        const record = overlay(jobCreated['data'], {
          ...body,
          id,
          username: typeof body['namespace'] === 'string' ? body['namespace'] : DEMO_USER,
          repo_ids: [body['model_id']],
          datasets: [body['dataset_id']],
          task_name: body['task_name'] ?? '',
          task_desc: body['task_desc'] ?? '',
          task_id: `ft${id.toString(36)}`,
          status: 'Pending',
          submit_time: iso(now()),
        }) as Record<string, unknown>;
        jobs.set(id, { record, run: timeline(...JOB_STATES) });
        return fill(jobCreated, record);
      },
      getFinetuneJob: (call) => {
        const id = jobId(call);
        const job = jobNow(id);
        if (job) return fill(jobDetail, job.record);
        return deletedJobs.has(id) ? jobGone(id) : undefined;
      },
      deleteFinetuneJob: (call) => {
        const id = jobId(call);
        if (deletedJobs.has(id)) return jobGone(id);
        jobs.delete(id);
        deletedJobs.add(id);
        if (deletedJobs.size > maxRecords)
          deletedJobs.delete(deletedJobs.values().next().value ?? id);
        return undefined;
      },
      getFinetuneJobLogs: (call) => {
        const id = jobId(call);
        const job = jobNow(id);
        if (!job) return deletedJobs.has(id) ? jobGone(id) : undefined;
        if (call.query['stream'] === 'true') {
          const events = job.log.map((line) => `event:Container\ndata:${line}\n\n`);
          return answer(200, events.join(''), 'text/event-stream');
        }
        return answer(200, { msg: 'OK', data: job.log.join('\n') });
      },
      listUserFinetuneJobs: ({ params, query }) => {
        const username = params['username'] ?? '';
        const mine = [...jobs.keys()]
          .reverse()
          .map((id) => jobNow(id)?.record)
          .filter((record) => record?.['username'] === username);
        if (mine.length === 0 && deletedJobs.size === 0) return undefined;
        const all = [
          ...mine.map((record) => overlay(jobListed[0], record ?? {})),
          ...jobListed.filter(
            (item) => item['username'] === username && !deletedJobs.has(Number(item['id'])),
          ),
        ];
        const page = Number(query['page'] ?? 1);
        const per = Number(query['per'] ?? 50);
        const data = all.slice((page - 1) * per, page * per);
        // The service's empty page is a nil slice: `null`.
        return answer(200, { data: data.length > 0 ? data : null, total: all.length });
      },
      streamServerlessDeployStatus: (call) => {
        const status = stateOf(serverless(call));
        if (status === undefined) return undefined;
        return sse(JSON.stringify({ status, details: null, message: '', reason: '' }));
      },
    }),
  };
}
