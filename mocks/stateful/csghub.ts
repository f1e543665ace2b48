/**
 * CSGHub in memory: repositories of every kind the hub creates the same way (models, datasets,
 * code, spaces, MCP servers) can be created, read, listed, updated and deleted; spaces run
 * (Building → Deploying → Running) and stop; serverless deploys go Deploying → Running and
 * stop and start again. Each transitional state lasts `delayMs`. Repositories the store does not
 * hold are answered from the spec's examples, as without `--stateful`.
 */
import type { IHttpOperation } from '@stoplight/types';
import {
  answer,
  dispatch,
  example,
  isObject,
  now,
  operationFinder,
  overlay,
  type Call,
  type Handler,
} from './support.js';
import type { StatefulStore } from './types.js';

/** The namespace a repository gets when the create names none (the token's user). */
const DEMO_USER = 'demo-user';

interface Deployment {
  startedAt: number;
  stopped: boolean;
  /** The states it passes through, one per `delayMs`, the last one for good. */
  states: readonly string[];
}

const SPACE_STATES = ['Building', 'Deploying', 'Running'] as const;
const SERVERLESS_STATES = ['Deploying', 'Running'] as const;

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const sse = (data: string) => answer(200, `event:status\ndata:${data}\n\n`, 'text/event-stream');

export function csghubStore(operations: IHttpOperation[], delayMs: number): StatefulStore {
  const handlers: Record<string, Handler> = {};
  const repos = new Map<string, Record<string, unknown>>();
  /** Repositories deleted here: reading one again is the spec's 404. */
  const deleted = new Set<string>();
  const deployments = new Map<string, Deployment>();
  let nextId = 90_001;

  const stateOf = (deployment: Deployment) => {
    if (deployment.stopped) return 'Stopped';
    const step = Math.floor((now() - deployment.startedAt) / delayMs);
    return deployment.states[Math.min(step, deployment.states.length - 1)] ?? 'Running';
  };
  const key = (kind: string, call: Call) =>
    `${kind}/${call.params['namespace'] ?? ''}/${call.params['name'] ?? ''}`;

  // Repository CRUD, for every kind whose create, get, update and delete follow the hub's
  // `/api/v1/<kind>` and `/api/v1/<kind>/{namespace}/{name}` pattern.
  const byRoute = new Map(operations.map((op) => [`${op.method} ${op.path}`, op]));
  const kinds = new Set(
    operations.map((op) => /^\/api\/v1\/(\w+)$/.exec(op.path)?.[1]).filter((k) => k !== undefined),
  );
  for (const kind of kinds) {
    const item = `/api/v1/${kind}/{namespace}/{name}`;
    const list = byRoute.get(`get /api/v1/${kind}`);
    const create = byRoute.get(`post /api/v1/${kind}`);
    const get = byRoute.get(`get ${item}`);
    const update = byRoute.get(`put ${item}`);
    const remove = byRoute.get(`delete ${item}`);
    if (!create?.iid || !get?.iid || !update?.iid || !remove?.iid) continue;
    const detail = example(get);
    const created = example(create);
    const updated = example(update);
    const template = detail['data'];
    const respond = (envelope: Record<string, unknown>, record: Record<string, unknown>) =>
      answer(200, { ...envelope, data: overlay(envelope['data'], record) });
    const held = () =>
      [...repos.entries()].filter(([k]) => k.startsWith(`${kind}/`)).map(([, record]) => record);

    // The list shows what was created here (newest first) before the spec's examples, without
    // what was deleted; `search` and the page apply to both. Untouched, it is the examples.
    const listed = list?.iid ? example(list) : undefined;
    if (list?.iid && listed && Array.isArray(listed['data'])) {
      const examples = listed['data'].filter(isObject);
      const itemTemplate = examples[0];
      handlers[list.iid] = ({ query }) => {
        const created = held().reverse();
        if (created.length === 0 && ![...deleted].some((k) => k.startsWith(`${kind}/`))) {
          return undefined;
        }
        const search = typeof query['search'] === 'string' ? query['search'].toLowerCase() : '';
        const paths = new Set(created.map((r) => r['path']));
        const all = [
          ...created.map((record) => overlay(itemTemplate, record) as Record<string, unknown>),
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
    }

    handlers[create.iid] = ({ body, specAnswer }) => {
      const namespace = typeof body['namespace'] === 'string' ? body['namespace'] : DEMO_USER;
      const name = String(body['name']);
      const path = `${namespace}/${name}`;
      // An existing name is the hub's HTTP 400.
      if (repos.has(`${kind}/${path}`)) return specAnswer(400);
      const at = iso(now());
      const record = overlay(template, {
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
      deleted.delete(`${kind}/${path}`);
      return respond(created, record);
    };
    handlers[get.iid] = (call) => {
      const record = repos.get(key(kind, call));
      if (record) return respond(detail, record);
      return deleted.has(key(kind, call)) ? call.specAnswer(404) : undefined;
    };
    handlers[update.iid] = (call) => {
      const record = repos.get(key(kind, call));
      if (!record) return deleted.has(key(kind, call)) ? call.specAnswer(404) : undefined;
      Object.assign(record, overlay(record, call.body), { updated_at: iso(now()) });
      return respond(updated, record);
    };
    handlers[remove.iid] = (call) => {
      if (deleted.has(key(kind, call))) return call.specAnswer(404);
      repos.delete(key(kind, call));
      deleted.add(key(kind, call));
      deployments.delete(key(kind, call));
      return undefined;
    };
  }

  // Spaces: a run (or wakeup) starts a deployment, a stop ends it; the status stream reports it.
  const deploySpace: Handler = (call) => {
    deployments.set(key('spaces', call), {
      startedAt: now(),
      stopped: false,
      states: SPACE_STATES,
    });
    return undefined;
  };
  handlers['runSpace'] = deploySpace;
  handlers['wakeupSpace'] = deploySpace;
  handlers['stopSpace'] = (call) => {
    const deployment = deployments.get(key('spaces', call));
    if (deployment) deployment.stopped = true;
    return undefined;
  };
  handlers['streamSpaceStatus'] = (call) => {
    const deployment = deployments.get(key('spaces', call));
    if (deployment) return sse(stateOf(deployment));
    // Created here and never run: no state computed yet, as for a fresh space on the hub.
    return repos.has(key('spaces', call)) ? sse('') : undefined;
  };

  // Serverless deploys of a model, by id.
  const serverless = (call: Call) => deployments.get(`serverless/${call.params['id'] ?? ''}`);
  const operation = operationFinder(operations);
  const createdEnvelope = example(operation('createServerlessDeploy'));
  handlers['createServerlessDeploy'] = () => {
    const id = nextId++;
    deployments.set(`serverless/${id}`, {
      startedAt: now(),
      stopped: false,
      states: SERVERLESS_STATES,
    });
    return answer(200, {
      ...createdEnvelope,
      data: overlay(createdEnvelope['data'], { deploy_id: id }),
    });
  };
  const detailEnvelope = example(operation('getServerlessDeploy'));
  handlers['getServerlessDeploy'] = (call) => {
    const deployment = serverless(call);
    if (!deployment) return undefined;
    return answer(200, {
      ...detailEnvelope,
      data: overlay(detailEnvelope['data'], {
        deploy_id: Number(call.params['id']),
        status: stateOf(deployment),
      }),
    });
  };
  handlers['startServerlessDeploy'] = (call) => {
    const deployment = serverless(call);
    if (deployment) Object.assign(deployment, { startedAt: now(), stopped: false });
    return undefined;
  };
  handlers['stopServerlessDeploy'] = (call) => {
    const deployment = serverless(call);
    if (deployment) deployment.stopped = true;
    return undefined;
  };
  handlers['streamServerlessDeployStatus'] = (call) => {
    const deployment = serverless(call);
    if (!deployment) return undefined;
    const status = stateOf(deployment);
    return sse(JSON.stringify({ status, details: null, message: '', reason: '' }));
  };

  return { answer: dispatch(handlers) };
}
