/**
 * CSGHub in memory: the generated dataset (mocks/data/csghub.ts), with any `--seed` fixtures and
 * the repositories of the spec's list examples, for every kind the hub creates the same way
 * (models, datasets, code, spaces, MCP servers). Lists page, search, sort and filter it; reads
 * find a repository by path or answer the hub's 404; creates, updates and deletes persist.
 * Spaces run (Building → Deploying → Running) and stop; a model's one serverless deploy goes
 * Deploying → Running, stops and starts again, changes and is deleted; dedicated endpoints (model runs) go Building → Deploying →
 * Running, stop, start, wake up, change and are deleted, listed on their model and on their
 * user's running page; fine-tuning jobs go Pending → Running → Succeeded, with a
 * log that grows as they do, and are listed for their user until deleted. Each transitional
 * state lasts `delayMs`.
 */
import type { IHttpOperation } from '@stoplight/types';
import { CURRENT_USER } from '../data/csghub-people.js';
import { applyFixtures } from '../data/fixtures.js';
import { FIRST_CREATED_ID, generateRepositories, type RepositoryKind } from '../data/csghub.js';
import { iso } from '../data/random.js';
import { accountStore } from './csghub-account.js';
import { socialStore } from './csghub-social.js';
import {
  answer,
  dispatch,
  example,
  fullMessage,
  isObject,
  minuteClock,
  now,
  operationFinder,
  overlay,
  paged,
  signedIn,
  stateAt,
  timeline,
  type Call,
  type Handler,
  type Timeline,
} from './support.js';
import type { StatefulStore, StoreSetup } from './types.js';

/** The namespace a repository gets when the create names none (the token's user). */
/** Who creates what a request does not put in a namespace: the token's user. */
const DEMO_USER = CURRENT_USER;

type Operations = readonly [
  list: string,
  create: string,
  get: string,
  update: string,
  remove: string,
];

/**
 * The repositories the hub creates alike, by the `<kind>` of their `/api/v1/<kind>` routes and
 * clone URLs, with the operations that list, create, get, update and delete them.
 */
const REPOSITORIES: Record<RepositoryKind, Operations> = {
  models: ['listModels', 'createModel', 'getModel', 'updateModel', 'deleteModel'],
  datasets: ['listDatasets', 'createDataset', 'getDataset', 'updateDataset', 'deleteDataset'],
  codes: ['listCodes', 'createCode', 'getCode', 'updateCode', 'deleteCode'],
  spaces: ['listSpaces', 'createSpace', 'getSpace', 'updateSpace', 'deleteSpace'],
  mcps: ['listMcpServers', 'createMcpServer', 'getMcpServer', 'updateMcpServer', 'deleteMcpServer'],
};

/** The `<Name>` of each kind's owner lists, `listOrganization<Name>` and `listUser<Name>`. */
const LIST_NAMES: Record<RepositoryKind, string> = {
  models: 'Models',
  datasets: 'Datasets',
  codes: 'Codes',
  spaces: 'Spaces',
  mcps: 'McpServers',
};

/** The MCP server lists nest their page (`data.data`, `data.total`). */
const NESTED_LISTS = new Set<RepositoryKind>(['mcps']);

/** The states a run passes through, one per `delayMs`, the last one for good. */
const RUNS = {
  space: ['Building', 'Deploying', 'Running'],
  serverless: ['Deploying', 'Running'],
  dedicated: ['Building', 'Deploying', 'Running'],
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
const REFUSALS = { nameTaken: 400, gone: 404, stopFirst: 500 } as const;

/** Changes the hub makes only to a stopped deploy (`needRestartDeploy`, component/repo_deploy.go). */
const RESTART_FIELDS = [
  'cluster_id',
  'runtime_framework_id',
  'resource_id',
  'max_replica',
  'min_replica',
  'env',
  'engine_args',
  'variables',
  'entrypoint',
  'pd',
];

/**
 * Whether the hub refuses `change` to a deploy in `state` until it is stopped (500
 * `DEPLOY-ERR-1`, the operations' first 500 example). A deploy this mock has no state for is
 * left to the examples.
 */
const mustStopFirst = (state: string | undefined, change: Record<string, unknown>) =>
  state !== undefined && state !== 'Stopped' && RESTART_FIELDS.some((field) => field in change);

/** A full store's refusal: an error body (`msg`) with a status the operation declares. */
const full = (status: 400 | 500, message: string) => answer(status, { msg: message });

const sse = (data: string) => answer(200, `event:status\ndata:${data}\n\n`, 'text/event-stream');
/** An envelope example with `values` put into its `data`. */
const fill = (envelope: Record<string, unknown>, values: Record<string, unknown>) =>
  answer(200, { ...envelope, data: overlay(envelope['data'], values) });

type Row = Record<string, unknown>;

/** Tag filters of the list operations: query parameter → tag category. */
const TAG_FILTERS = {
  task_tag: 'task',
  framework_tag: 'framework',
  license_tag: 'license',
  language_tag: 'language',
  industry_tag: 'industry',
} as const;

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const number = (value: unknown) => (typeof value === 'number' ? value : 0);
const strings = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter(
    (v): v is string => typeof v === 'string' && v !== '',
  );
const tagsOf = (record: Row) =>
  (Array.isArray(record['tags']) ? record['tags'] : []).filter(isObject);

/** Compares ISO dates (as text, in the same format), the later first. */
const later = (a: string, b: string) => (a === b ? 0 : a > b ? -1 : 1);

/** Orders of `sort`, each a comparison putting the first answer first. */
const ORDERS: Record<string, (a: Row, b: Row) => number> = {
  recently_update: (a, b) => later(text(a['updated_at']), text(b['updated_at'])),
  trending: (a, b) =>
    number(b['likes']) * 100 +
    number(b['downloads']) -
    number(a['likes']) * 100 -
    number(a['downloads']),
  most_download: (a, b) => number(b['downloads']) - number(a['downloads']),
  most_favorite: (a, b) => number(b['likes']) - number(a['likes']),
  most_star: (a, b) => number(b['likes']) - number(a['likes']),
};
/** Without `sort`: newest first. */
const NEWEST = (a: Row, b: Row) =>
  later(text(a['created_at']), text(b['created_at'])) || number(b['id']) - number(a['id']);

/** The query parameters `matches` reads. */
const FILTERS = ['search', 'tag_name', ...Object.keys(TAG_FILTERS), 'source', 'sdk', 'status'];

/** Whether a repository passes a list's search and filters. */
function matches(record: Row, query: Record<string, unknown>, stateOf: () => string | undefined) {
  const search = text(query['search']).toLowerCase();
  if (
    search &&
    !['path', 'nickname', 'description'].some((k) => text(record[k]).toLowerCase().includes(search))
  ) {
    return false;
  }
  const tags = tagsOf(record);
  const names = strings(query['tag_name']);
  if (names.length > 0 && !tags.some((t) => names.includes(text(t['name'])))) return false;
  for (const [param, category] of Object.entries(TAG_FILTERS)) {
    const wanted = text(query[param]);
    if (wanted && !tags.some((t) => t['category'] === category && t['name'] === wanted)) {
      return false;
    }
  }
  for (const field of ['source', 'sdk'] as const) {
    const wanted = text(query[field]);
    if (wanted && record[field] !== wanted) return false;
  }
  const status = text(query['status']);
  return !status || (stateOf() ?? text(record['status'])) === status;
}

export function csghubStore(operations: IHttpOperation[], setup: StoreSetup): StatefulStore {
  const { delayMs, maxRecords } = setup;
  const operation = operationFinder(operations);
  const fixtures = setup.fixtures['csghub'];
  const generated = generateRepositories(setup.seedValue);
  const kinds = Object.keys(REPOSITORIES) as RepositoryKind[];

  /** A list's example: its envelope, its items, and the first as the template of a row. */
  const listExample = (id: string, nested: boolean) => {
    const listed = example(operation(id));
    const page = nested && isObject(listed['data']) ? listed['data'] : listed;
    if (!Array.isArray(page['data'])) throw new Error(`${id}: the list example lists no data`);
    const items = page['data'].filter(isObject);
    return { id, nested, envelope: listed, items, template: items[0] ?? {} };
  };
  type List = ReturnType<typeof listExample>;
  const lists = Object.fromEntries(
    kinds.map((kind) => [kind, listExample(REPOSITORIES[kind][0], NESTED_LISTS.has(kind))]),
  ) as Record<RepositoryKind, List>;
  const details = Object.fromEntries(
    kinds.map((kind) => [kind, example(operation(REPOSITORIES[kind][2]))]),
  ) as Record<RepositoryKind, Row>;

  /** Repositories by kind, then by path. A record is replaced, never changed in place. */
  const repos = new Map<RepositoryKind, Map<string, Row>>();
  /** Paths created here, by kind: the cap counts these. */
  const created = new Map<RepositoryKind, Set<string>>();
  /** Each kind's records in each order, kept until the kind is written to. */
  const sorted = new Map<string, Row[]>();
  const written = (kind: RepositoryKind) => {
    for (const cached of sorted.keys()) if (cached.startsWith(`${kind}:`)) sorted.delete(cached);
  };
  /** Dedicated endpoints (model runs) by deploy id: the model's path and what was asked. */
  const modelRuns = new Map<number, { path: string; record: Row }>();
  /** Deploy ids of deleted endpoints: they answer 404 from then on. */
  const deletedRuns = new Set<number>();
  /** Serverless deploys made here, by model path (a model has at most one). */
  const serverlessDeploys = new Map<string, { id: number; record: Row }>();
  /** Models whose serverless deploy was deleted here: they have none from then on. */
  const serverlessGone = new Set<string>();
  /** What the token's user liked, as `<kind>/<path>`. */
  const liked = new Set<string>();
  /** Space runs by their repository key, serverless deploys as `serverless/<id>`. */
  const deployments = new Map<string, Timeline>();
  let nextId = FIRST_CREATED_ID;
  const clock = minuteClock();
  const tick = clock.tick;

  const reset = () => {
    liked.clear();
    modelRuns.clear();
    deletedRuns.clear();
    serverlessDeploys.clear();
    serverlessGone.clear();
    deployments.clear();
    sorted.clear();
    nextId = FIRST_CREATED_ID;
    clock.reset();
    for (const kind of kinds) {
      // The spec's examples first, so the documented repositories are there too.
      const examples = lists[kind].items.filter(
        (item) => !generated[kind].some((g) => g.path === item['path']),
      );
      const records = applyFixtures(
        [...examples, ...generated[kind]],
        fixtures?.kinds[kind],
        'path',
        fixtures?.replace === true && kind in fixtures.kinds,
      );
      repos.set(
        kind,
        new Map(
          records.map((record, i) => {
            const path = text(record['path']);
            const [namespace = '', name = ''] = path.split('/');
            const complete = overlay(details[kind]['data'], {
              name,
              nickname: name,
              user: { username: namespace, nickname: namespace },
              ...record,
              // The list examples' items are brief (no default branch); a repository has one.
              default_branch: text(record['default_branch']) || 'main',
              id: typeof record['id'] === 'number' ? record['id'] : 80_000 + i,
            }) as Row;
            return [path, complete];
          }),
        ),
      );
      created.set(kind, new Set());
    }
  };
  reset();

  const table = (kind: RepositoryKind) => repos.get(kind) ?? new Map<string, Row>();
  /** Rows by list operation: each list's example has fields of its own. */
  const rowsOf = new Map<string, WeakMap<Row, Row>>();
  const row = (list: List, record: Row) => {
    let cache = rowsOf.get(list.id);
    if (!cache) rowsOf.set(list.id, (cache = new WeakMap()));
    let found = cache.get(record);
    if (!found) {
      found = overlay(list.template, record) as Row;
      cache.set(record, found);
    }
    return found;
  };

  /** Stops the deployment a call names, then lets Prism answer. */
  const stopping =
    (id: (call: Call) => string): Handler =>
    (call) => {
      if (deployments.has(id(call))) deployments.set(id(call), timeline('Stopped'));
      return undefined;
    };
  const pathOf = (call: Call) => `${call.params['namespace'] ?? ''}/${call.params['name'] ?? ''}`;
  const key = (kind: string, call: Call) => `${kind}/${pathOf(call)}`;
  /** Whether a new deployment (not a restart of the one under `key`) would pass the cap. */
  const deploymentsFull = (id?: string) =>
    !(id !== undefined && deployments.has(id)) && deployments.size >= maxRecords;
  const deploymentsRefusal = () => full(400, fullMessage(maxRecords, 'deployments'));
  /** The state of a deployment, if there is one. */
  const stateOf = (id: string) => {
    const deployment = deployments.get(id);
    return deployment && stateAt(deployment, delayMs);
  };

  /**
   * The page of `all` that `page` and `per` ask for, in the list's envelope with `total` (nested
   * in `data` for the lists that nest their page); an empty page's `data` is `null` with
   * `emptyAsNull`, as some lists of the hub answer it.
   */
  const pageOf = (
    list: List,
    all: readonly Row[],
    query: Record<string, unknown>,
    { emptyAsNull = false } = {},
  ) => {
    const rows = paged(all, query).data.map((record) => row(list, record));
    const data = emptyAsNull && rows.length === 0 ? null : rows;
    const { envelope } = list;
    return answer(
      200,
      list.nested
        ? { ...envelope, data: { data, total: all.length } }
        : { ...envelope, data, total: all.length },
    );
  };

  /** A list of one kind, or of one owner's repositories of that kind (`owner` names its param). */
  const listing =
    (kind: RepositoryKind, list: List, owner?: string): Handler =>
    ({ query, params }) => {
      const order = ORDERS[text(query['sort'])] ? text(query['sort']) : '';
      let ordered = sorted.get(`${kind}:${order}`);
      if (!ordered) {
        ordered = [...table(kind).values()].sort(ORDERS[order] ?? NEWEST);
        sorted.set(`${kind}:${order}`, ordered);
      }
      const prefix = owner === undefined ? '' : `${params[owner] ?? ''}/`;
      const filtered =
        prefix !== '' || FILTERS.some((name) => query[name] !== undefined && query[name] !== '');
      const all = filtered
        ? ordered.filter(
            (record) =>
              text(record['path']).startsWith(prefix) &&
              matches(record, query, () => stateOf(`${kind}/${text(record['path'])}`)),
          )
        : ordered;
      return pageOf(list, all, query);
    };

  /**
   * The repositories the token's user liked, of one kind: newest repository first (not in the
   * order liked), paged with `total`; `data` is `null` on an empty page, as the hub answers.
   */
  const likedListing = (kind: RepositoryKind): Handler => {
    const list = listExample(`listUserLiked${LIST_NAMES[kind]}`, NESTED_LISTS.has(kind));
    return ({ query }) => {
      const all = [...table(kind).values()]
        .filter((record) => liked.has(`${kind}/${text(record['path'])}`))
        .sort(NEWEST);
      return pageOf(list, all, query, { emptyAsNull: true });
    };
  };

  /**
   * The repository a like names by its git repository id, if the token's user can see it: a
   * private one only when it is in their namespace.
   */
  const likeable = (repoId: number) => {
    for (const kind of kinds) {
      for (const [path, record] of table(kind)) {
        if (number(record['repository_id']) !== repoId) continue;
        const visible = record['private'] !== true || path.startsWith(`${CURRENT_USER}/`);
        return visible ? { kind, path, record } : undefined;
      }
    }
    return undefined;
  };
  /** Adds or removes the token user's like; the repository's `likes` follows. */
  const setLike = (kind: RepositoryKind, path: string, record: Row, like: boolean) => {
    const id = `${kind}/${path}`;
    if (liked.has(id) === like) return;
    if (like) liked.add(id);
    else liked.delete(id);
    const likes = Math.max(0, number(record['likes']) + (like ? 1 : -1));
    table(kind).set(path, { ...record, likes });
    written(kind);
  };
  const likes: Record<string, Handler> = {
    likeRepository: (call) => {
      const found = likeable(Number(call.params['repo_id']));
      if (!found) {
        return answer(500, {
          msg: `do not found likes repositories visiable to user:${CURRENT_USER}, %!w(<nil>)`,
        });
      }
      setLike(found.kind, found.path, found.record, true);
      return answer(200, { msg: 'OK' });
    },
    unlikeRepository: (call) => {
      const found = likeable(Number(call.params['repo_id']));
      if (found) setLike(found.kind, found.path, found.record, false);
      return answer(200, { msg: 'OK' });
    },
  };

  /** The handlers of one kind of repository, by operation id. */
  const repository = (kind: RepositoryKind): Record<string, Handler> => {
    const [list, create, get, update, remove] = REPOSITORIES[kind];
    const createdExample = example(operation(create));
    const detail = details[kind];
    const updated = example(operation(update));
    return {
      [list]: listing(kind, lists[kind]),
      ...Object.fromEntries(
        (['Organization', 'User'] as const).map((who) => {
          const id = `list${who}${LIST_NAMES[kind]}`;
          const owner = who === 'User' ? 'username' : 'namespace';
          return [id, listing(kind, listExample(id, NESTED_LISTS.has(kind)), owner)];
        }),
      ),
      [create]: ({ body, specAnswer }) => {
        const namespace = typeof body['namespace'] === 'string' ? body['namespace'] : DEMO_USER;
        const name = String(body['name']);
        const path = `${namespace}/${name}`;
        if (table(kind).has(path)) return specAnswer(REFUSALS.nameTaken);
        const mine = created.get(kind) ?? new Set();
        if (mine.size >= maxRecords) return full(500, fullMessage(maxRecords, kind));
        const at = tick();
        const id = nextId++;
        const record = overlay(detail['data'], {
          ...body,
          id,
          repository_id: id,
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
        }) as Row;
        table(kind).set(path, record);
        written(kind);
        mine.add(path);
        return fill(createdExample, record);
      },
      [get]: (call) => {
        const record = table(kind).get(pathOf(call));
        if (!record) return call.specAnswer(REFUSALS.gone);
        const likes = signedIn(call) && liked.has(`${kind}/${pathOf(call)}`);
        return fill(detail, likes ? { ...record, user_likes: true } : record);
      },
      [`listUserLiked${LIST_NAMES[kind]}`]: likedListing(kind),
      [update]: (call) => {
        const record = table(kind).get(pathOf(call));
        if (!record) return call.specAnswer(REFUSALS.gone);
        const changed = { ...(overlay(record, call.body) as Row), updated_at: tick() };
        table(kind).set(pathOf(call), changed);
        written(kind);
        return fill(updated, changed);
      },
      [remove]: (call) => {
        if (!table(kind).delete(pathOf(call))) return call.specAnswer(REFUSALS.gone);
        liked.delete(`${kind}/${pathOf(call)}`);
        written(kind);
        created.get(kind)?.delete(pathOf(call));
        deployments.delete(key(kind, call));
        return undefined;
      },
    };
  };

  const space = (call: Call) => key('spaces', call);
  const serverlessKey = (id: number | string) => `serverless/${String(id)}`;
  const serverless = (call: Call) => serverlessKey(call.params['id'] ?? '');
  const runSpace: Handler = (call) => {
    if (deploymentsFull(space(call))) return deploymentsRefusal();
    deployments.set(space(call), timeline(...RUNS.space));
    return undefined;
  };
  const deployCreated = example(operation('createServerlessDeploy'));
  const deployDetail = example(operation('getServerlessDeploy'));
  const modelDeploy = example(operation('getModelServerlessDeploy'));
  /** The model's serverless deploy made here, when the call names it (by model, and id if any). */
  const serverlessOf = (call: Call) => {
    const made = serverlessDeploys.get(pathOf(call));
    const id = call.params['id'];
    return made && (id === undefined || Number(id) === made.id) ? made : undefined;
  };
  /** A serverless deploy made here as it stands now. */
  const serverlessNow = (made: { id: number; record: Row }): Row => ({
    ...made.record,
    status: stateOf(serverlessKey(made.id)) ?? 'Stopped',
  });

  const runKey = (id: number) => `run/${String(id)}`;
  const runId = (call: Call) => Number(call.params['id']);
  /** The endpoint a call names, when it is one of this model's. */
  const runOf = (call: Call) => {
    const run = modelRuns.get(runId(call));
    return run?.path === pathOf(call) ? run : undefined;
  };
  const finetuneFrameworks = example(operation('listModelRuntimeFrameworks'), '200', 'finetune');
  const listed = (envelope: Row): Row[] =>
    Array.isArray(envelope['data']) ? envelope['data'].filter(isObject) : [];
  const offers = listed(example(operation('listSpaceResources')));
  const inferenceVersions = listed(
    example(operation('listModelRuntimeFrameworks'), '200', 'inference'),
  ).flatMap((frame) =>
    Array.isArray(frame['versions']) ? frame['versions'].filter(isObject) : [],
  );
  /**
   * What a deploy's settings imply, as the hub fills them in: the hardware of the offer picked,
   * the engine and image of the runtime version picked (when the examples list them).
   */
  const impliedBy = (settings: Row): Row => {
    const offer = offers.find((o) => o['id'] === settings['resource_id']);
    const version = inferenceVersions.find((v) => v['id'] === settings['runtime_framework_id']);
    return {
      ...(offer && { hardware: offer['resources'] }),
      ...(version && {
        runtime_framework: version['frame_name'],
        image_id: version['frame_image'],
      }),
    };
  };
  /**
   * A new deploy of the model `call` names, from its create body as the hub fills it in; the
   * kind adds its own fields on top.
   */
  const deployRecord = (call: Call, model: Row, id: number, svc: string): Row => {
    const body = call.body;
    const at = tick();
    return {
      ...body,
      ...impliedBy(body),
      deploy_id: id,
      model_id: pathOf(call),
      repository_id: number(model['repository_id']),
      svc_name: svc,
      endpoint: `${svc}.space.opencsg.com`,
      private: body['secure_level'] !== 1,
      git_branch: text(body['revision']) || 'main',
      created_at: at,
      updated_at: at,
    };
  };
  /** A deploy's record after `change`: only fields it has, and what they imply. */
  const changedRecord = (record: Row, change: Row): Row => ({
    ...record,
    ...(overlay(record, change) as Row),
    ...impliedBy(change),
    updated_at: tick(),
  });
  const runCreated = example(operation('createModelRun'));
  const runDetail = example(operation('getModelRun'), '200', 'runningEndpoint');
  const runList = example(operation('listModelRuns'));
  const userRuns = example(operation('listUserRuns'));
  /** An endpoint as it stands now: its state, and its one instance once it runs. */
  const runNow = (id: number, record: Row): Row => {
    const status = stateOf(runKey(id)) ?? 'Stopped';
    const up = status === 'Running';
    return overlay(runDetail['data'], {
      ...record,
      status,
      actual_replica: up ? 1 : 0,
      instances: up ? [{ name: `${text(record['svc_name'])}-00001-deployment`, status }] : [],
    }) as Row;
  };
  /** Endpoints made here, newest first, as they stand now. */
  const runsNow = (only?: string) =>
    [...modelRuns.entries()]
      .filter(([, run]) => only === undefined || run.path === only)
      .sort(([a], [b]) => b - a)
      .map(([id, run]) => runNow(id, run.record));

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

  const repositories: StatefulStore = {
    state: () => ({
      api: 'csghub',
      seedValue: setup.seedValue,
      repositories: Object.fromEntries(kinds.map((kind) => [kind, [...table(kind).values()]])),
      deployments: Object.fromEntries([...deployments.keys()].map((id) => [id, stateOf(id)])),
      finetuneJobs: [...jobs.keys()].map((id) => jobNow(id)?.record),
      likes: [...liked],
    }),
    reset: () => {
      reset();
      jobs.clear();
      deletedJobs.clear();
    },
    holds: (kind, path) =>
      (kinds as readonly string[]).includes(kind) && table(kind as RepositoryKind).has(path),
    created: (kind, path) => {
      if (!(kinds as readonly string[]).includes(kind)) return undefined;
      if (!created.get(kind as RepositoryKind)?.has(path)) return undefined;
      const record = table(kind as RepositoryKind).get(path);
      return (
        record && {
          id: number(record['id']),
          license: text(record['license']),
          created_at: text(record['created_at']),
        }
      );
    },
    answer: dispatch({
      ...Object.fromEntries(kinds.flatMap((kind) => Object.entries(repository(kind)))),
      ...likes,
      runSpace,
      wakeupSpace: runSpace,
      stopSpace: stopping(space),
      streamSpaceStatus: (call) => {
        const state = stateOf(space(call));
        if (state !== undefined) return sse(state);
        // Held here and never run: no state computed yet, as for a fresh space on the hub.
        return table('spaces').has(pathOf(call)) ? sse('') : undefined;
      },
      createServerlessDeploy: (call) => {
        const model = table('models').get(pathOf(call));
        if (!model) return call.specAnswer(REFUSALS.gone);
        // A model has at most one: its id again, and nothing changes (the hub's answer).
        const existing = serverlessDeploys.get(pathOf(call));
        if (existing) return fill(deployCreated, { deploy_id: existing.id });
        if (deploymentsFull()) return deploymentsRefusal();
        const id = nextId++;
        serverlessDeploys.set(pathOf(call), {
          id,
          // Always public: the hub forces it.
          record: {
            ...deployRecord(call, model, id, `csgsl${String(id).padStart(7, '0')}`),
            secure_level: 1,
            private: false,
          },
        });
        serverlessGone.delete(pathOf(call));
        deployments.set(serverlessKey(id), timeline(...RUNS.serverless));
        return fill(deployCreated, { deploy_id: id });
      },
      getServerlessDeploy: (call) => {
        const made = serverlessOf(call);
        if (made) return fill(deployDetail, serverlessNow(made));
        const status = stateOf(serverless(call));
        if (status === undefined) return undefined;
        return fill(deployDetail, { deploy_id: Number(call.params['id']), status });
      },
      getModelServerlessDeploy: (call) => {
        const made = serverlessOf(call);
        if (made) return fill(modelDeploy, serverlessNow(made));
        return serverlessGone.has(pathOf(call))
          ? answer(200, { msg: 'OK', data: null })
          : undefined;
      },
      deleteServerlessDeploy: (call) => {
        const made = serverlessOf(call);
        if (made) {
          serverlessDeploys.delete(pathOf(call));
          deployments.delete(serverlessKey(made.id));
          serverlessGone.add(pathOf(call));
        }
        return undefined;
      },
      startServerlessDeploy: (call) => {
        if (deployments.has(serverless(call))) {
          deployments.set(serverless(call), timeline(...RUNS.serverless));
        }
        return undefined;
      },
      stopServerlessDeploy: stopping(serverless),
      updateServerlessDeploy: (call) => {
        if (mustStopFirst(stateOf(serverless(call)), call.body)) {
          return call.specAnswer(REFUSALS.stopFirst);
        }
        const made = serverlessOf(call);
        if (made) made.record = changedRecord(made.record, call.body);
        return undefined;
      },
      createModelRun: (call) => {
        const model = table('models').get(pathOf(call));
        if (!model) return call.specAnswer(REFUSALS.gone);
        if (deploymentsFull()) return deploymentsRefusal();
        const id = nextId++;
        const body = call.body;
        modelRuns.set(id, {
          path: pathOf(call),
          record: {
            ...deployRecord(call, model, id, `csgkit${String(id).padStart(6, '0')}`),
            sku: String(number(body['resource_id'])),
            owner_namespace: text(body['owner_namespace']) || DEMO_USER,
          },
        });
        deployments.set(runKey(id), timeline(...RUNS.dedicated));
        return fill(runCreated, { deploy_id: id });
      },
      getModelRun: (call) => {
        const run = runOf(call);
        if (run) return fill(runDetail, runNow(runId(call), run.record));
        return deletedRuns.has(runId(call)) ? call.specAnswer(REFUSALS.gone) : undefined;
      },
      updateModelRun: (call) => {
        const run = runOf(call);
        if (run && mustStopFirst(stateOf(runKey(runId(call))), call.body)) {
          return call.specAnswer(REFUSALS.stopFirst);
        }
        if (run) run.record = changedRecord(run.record, call.body);
        return deletedRuns.has(runId(call)) ? call.specAnswer(REFUSALS.gone) : undefined;
      },
      deleteModelRun: (call) => {
        if (runOf(call)) {
          modelRuns.delete(runId(call));
          deployments.delete(runKey(runId(call)));
          deletedRuns.add(runId(call));
          return undefined;
        }
        return deletedRuns.has(runId(call)) ? call.specAnswer(REFUSALS.gone) : undefined;
      },
      startModelRun: (call) => {
        if (runOf(call)) deployments.set(runKey(runId(call)), timeline(...RUNS.dedicated));
        return deletedRuns.has(runId(call)) ? call.specAnswer(REFUSALS.gone) : undefined;
      },
      wakeupModelRun: (call) => {
        if (runOf(call)) deployments.set(runKey(runId(call)), timeline(...RUNS.dedicated));
        return undefined;
      },
      stopModelRun: (call) => {
        if (runOf(call)) deployments.set(runKey(runId(call)), timeline('Stopped'));
        return deletedRuns.has(runId(call)) ? call.specAnswer(REFUSALS.gone) : undefined;
      },
      streamModelRunStatus: (call) => {
        const run = runOf(call);
        if (!run) return undefined;
        const now = runNow(runId(call), run.record);
        const details = Array.isArray(now['instances']) && now['instances'].length > 0;
        return sse(
          JSON.stringify({
            status: now['status'],
            details: details ? now['instances'] : null,
            message: '',
            reason: '',
          }),
        );
      },
      // The first example lists inference frameworks, the default use; a fine-tuning form asks
      // for its own (`deploy_type` 2). An unknown model is 404, as the hub's `RepoExists` says.
      listModelRuntimeFrameworks: (call) => {
        if (!table('models').get(pathOf(call))) return call.specAnswer(REFUSALS.gone);
        return Number(call.query['deploy_type']) === 2
          ? answer(200, finetuneFrameworks)
          : undefined;
      },
      listModelRuns: (call) => {
        // The dataset has no endpoints: until one is made here, the examples answer.
        if (modelRuns.size === 0) return undefined;
        const mine = runsNow(pathOf(call));
        return answer(200, { ...runList, data: mine.length > 0 ? mine : null });
      },
      listUserRuns: ({ params, query }) => {
        const dedicated = query['deploy_type'] === undefined || Number(query['deploy_type']) === 1;
        if (modelRuns.size === 0 || params['repo_type'] !== 'model' || !dedicated) return undefined;
        const all = params['username'] === CURRENT_USER ? runsNow() : [];
        const { data, total } = paged(all, query);
        return answer(200, { ...userRuns, data: data.length > 0 ? data : null, total });
      },
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
  // Users, organizations, collections, discussions and accounts: ./csghub-social.ts.
  const social = socialStore(operation, { ...setup, fixtures }, repositories, {
    all: (kind) => table(kind).values(),
    get: (kind, path) => table(kind).get(path),
  });
  // The token user's SSH keys and access tokens: ./csghub-account.ts.
  return accountStore(operation, setup, social, (username) => social.user(username));
}
