/**
 * The tools: curated ones for what people ask agents to do (each serving one or two operations,
 * described and typed from the spec, answering only the fields an agent needs) and two generic
 * ones over every operation of both APIs (`search_operations`, `call_operation`).
 */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import type { CatalogSchema } from '../../generated/csghub.catalog.js';
import {
  ArgumentError,
  findOperation,
  operations,
  schemasOf,
  searchOperations,
  type ApiOperation,
} from './catalog.js';
import {
  MAX_RESULT_CHARS,
  PERIOD_HOURS,
  RefusedError,
  type Estimate,
  type Runtime,
} from './runtime.js';

type Shape = Record<string, z.ZodType>;
type Args = Record<string, unknown>;

/** The catalogue entry of an operation the tools rely on (a missing one fails at start). */
function op(id: string): ApiOperation {
  const found = findOperation(id);
  if (!found) throw new Error(`operation ${id} is not in the catalogue`);
  return found;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A zod type for a parameter's JSON Schema (scalars, enums and lists of them), described. */
function zodFor(schema: CatalogSchema, description: string, api: 'csghub' | 'cfgpu'): z.ZodType {
  const ref = schema['$ref'];
  const resolved =
    typeof ref === 'string' ? (schemasOf[api][ref.replace('#/schemas/', '')] ?? {}) : schema;
  const values = resolved['enum'];
  let type: z.ZodType;
  if (Array.isArray(values) && values.every((v) => typeof v === 'string') && values.length > 0) {
    type = z.enum(values as [string, ...string[]]);
  } else {
    const declared: unknown = resolved['type'];
    const t: unknown = Array.isArray(declared) ? (declared[0] as unknown) : declared;
    if (t === 'integer' || t === 'number') {
      let number = t === 'integer' ? z.number().int() : z.number();
      const { minimum, maximum } = resolved as { minimum?: unknown; maximum?: unknown };
      if (typeof minimum === 'number') number = number.min(minimum);
      if (typeof maximum === 'number') number = number.max(maximum);
      type = number;
    } else if (t === 'boolean') type = z.boolean();
    else if (t === 'string') type = z.string();
    else if (t === 'array') type = z.array(z.union([z.string(), z.number(), z.boolean()]));
    else type = z.unknown();
  }
  return type.describe(oneLine(description || textOf(resolved['description'])));
}

/** The input shape of a tool serving `operation`: the named parameters, typed from the spec. */
function paramsShape(operation: ApiOperation, names: string[]): Shape {
  const shape: Shape = {};
  for (const name of names) {
    const param = operation.params.find((p) => p.name === name);
    if (!param) throw new Error(`${operation.id} has no parameter ${name}`);
    const type = zodFor(param.schema, param.description, operation.api);
    shape[name] = param.required ? type : type.optional();
  }
  return shape;
}

/** The `id` of a shape, made optional (the tool fills it in when absent). */
function optional(shape: Shape): z.ZodType {
  const id = shape['id'];
  if (!id) throw new Error('no id parameter');
  return id.optional();
}

/** Description of a body argument: the body schema's own description. */
function bodyDescription(operation: ApiOperation): string {
  const schema = operation.body?.schema ?? {};
  const ref = schema['$ref'];
  const resolved =
    typeof ref === 'string' ? schemasOf[operation.api][ref.replace('#/schemas/', '')] : schema;
  const required = (resolved?.['required'] ?? []) as string[];
  return oneLine(
    `${textOf(resolved?.['description']) || 'Request body.'} Required fields: ${required.join(', ') || 'none'}.`,
  );
}

const confirmShape = {
  confirm: z
    .boolean()
    .optional()
    .describe(
      'Set to true to really do it. Without it the tool only reports what it would do (and the estimated cost) and sends nothing.',
    ),
};

/** Text of a result, tokens masked, cut at {@link MAX_RESULT_CHARS}. */
function answer(runtime: Runtime, value: unknown): CallToolResult {
  let text = runtime.scrub(typeof value === 'string' ? value : JSON.stringify(value, null, 1));
  if (text.length > MAX_RESULT_CHARS) {
    text = `${text.slice(0, MAX_RESULT_CHARS)}\n… cut at ${MAX_RESULT_CHARS} characters; narrow the request (per, page, search).`;
  }
  return { content: [{ type: 'text', text }] };
}

function failure(runtime: Runtime, error: unknown): CallToolResult {
  const message = error instanceof Error ? error.message : String(error);
  return { content: [{ type: 'text', text: runtime.scrub(message) }], isError: true };
}

/** Picks `keys` of each record (and drops absent ones). */
function pick(value: unknown, keys: string[]): unknown {
  if (Array.isArray(value)) return value.map((item) => pick(item, keys));
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    keys.filter((k) => record[k] !== undefined && record[k] !== null).map((k) => [k, record[k]]),
  );
}

/** The list inside a payload: the payload itself, or its `data`/`list`/`records` array. */
function listOf(payload: unknown): unknown[] {
  if (Array.isArray(payload)) return payload;
  if (typeof payload === 'object' && payload !== null) {
    for (const key of ['data', 'list', 'records', 'items']) {
      const inner = (payload as Record<string, unknown>)[key];
      if (Array.isArray(inner)) return inner;
    }
  }
  return [];
}

const REPO_FIELDS = [
  'path',
  'name',
  'nickname',
  'description',
  'downloads',
  'likes',
  'private',
  'license',
  'updated_at',
  'status',
  'sdk',
  'endpoint',
];
const INSTANCE_FIELDS = [
  'instanceId',
  'instanceName',
  'status',
  'statusCode',
  'regionCode',
  'gpuType',
  'gpuNum',
  'imageId',
  'priceType',
  'createTime',
  'expireTime',
  'sshCommand',
];

interface Curated {
  name: string;
  /** The operations it serves (for its description, the guard and the tests). */
  ops: string[];
  description: string;
  shape: Shape;
  run: (args: Args, signal: AbortSignal) => Promise<unknown>;
}

type Kind = 'models' | 'datasets' | 'spaces';
const KIND_OPS: Record<Kind, { list: string; get: string; file: string; mine: string }> = {
  models: { list: 'listModels', get: 'getModel', file: 'getModelFile', mine: 'listUserModels' },
  datasets: {
    list: 'listDatasets',
    get: 'getDataset',
    file: 'getDatasetFile',
    mine: 'listUserDatasets',
  },
  spaces: { list: 'listSpaces', get: 'getSpace', file: 'getSpaceFile', mine: 'listUserSpaces' },
};

function describeOps(ids: string[], extra = ''): string {
  const lines = ids.map((id) => {
    const o = op(id);
    return `${o.summary} (${o.method} ${o.path}): ${oneLine(o.description).slice(0, 400)}`;
  });
  return [...lines, extra].filter(Boolean).join('\n');
}

/** Data of a call that must run (a read, or a write the tool confirmed). */
async function run(
  runtime: Runtime,
  id: string,
  args: { params?: Args; body?: unknown; confirm?: boolean },
  signal: AbortSignal,
  estimate?: () => Promise<Estimate>,
): Promise<unknown> {
  const outcome = await runtime.call(id, args, signal, estimate);
  return outcome.done ? outcome.data : outcome.preview;
}

/** Whole-hour estimate of creating a CFGPU instance from the GPU list's price, if it has one. */
function instanceEstimate(
  runtime: Runtime,
  body: Args,
  usageHours: number,
  signal: AbortSignal,
): () => Promise<Estimate> {
  return async () => {
    const priceType = String(body['priceType']);
    const periods = typeof body['serviceTime'] === 'number' ? body['serviceTime'] : 1;
    const hours =
      priceType in PERIOD_HOURS
        ? PERIOD_HOURS[priceType as keyof typeof PERIOD_HOURS] * periods
        : usageHours;
    const outcome = await runtime.call('listGpus', {}, signal);
    const gpus = outcome.done ? listOf(outcome.data) : [];
    const gpu = gpus.find((g) => (g as Args)['code'] === body['gpuType']) as Args | undefined;
    const price = ['pricePerHour', 'price', 'unitPrice']
      .map((k) => gpu?.[k])
      .find((v): v is number => typeof v === 'number');
    const count = typeof body['gpuNum'] === 'number' ? body['gpuNum'] : 1;
    if (price === undefined) {
      return {
        amount: undefined,
        basis: `the GPU list gives no price for ${String(body['gpuType'])}; ${hours} h × ${count} GPU requested`,
      };
    }
    return {
      amount: price * count * hours,
      basis: `${price} per GPU-hour × ${count} GPU × ${hours} h (${priceType})`,
    };
  };
}

function curatedTools(runtime: Runtime): Curated[] {
  const tools: Curated[] = [];
  const kind = z.enum(['models', 'datasets', 'spaces']).describe('What to look at.');
  tools.push({
    name: 'search_repositories',
    ops: ['listModels', 'listDatasets', 'listSpaces'],
    description: `Search CSGHub models, datasets or spaces by words; answers path, description, downloads, likes and dates.\n${describeOps(['listModels'])}`,
    shape: {
      kind,
      ...paramsShape(op('listModels'), ['search', 'sort', 'page', 'per']),
    },
    run: async (args, signal) => {
      const { kind: k, ...params } = args;
      const data = await run(runtime, KIND_OPS[k as Kind].list, { params }, signal);
      return pick(listOf(data), REPO_FIELDS);
    },
  });
  tools.push({
    name: 'get_repository',
    ops: ['getModel', 'getDataset', 'getSpace'],
    description: `Details of one CSGHub model, dataset or space.\n${describeOps(['getModel'])}`,
    shape: { kind, ...paramsShape(op('getModel'), ['namespace', 'name']) },
    run: async (args, signal) => {
      const { kind: k, ...params } = args;
      const data = await run(runtime, KIND_OPS[k as Kind].get, { params }, signal);
      return pick(data, [
        ...REPO_FIELDS,
        'default_branch',
        'tags',
        'metadata',
        'base_model',
        'hardware',
        'created_at',
      ]);
    },
  });
  tools.push({
    name: 'read_file',
    ops: ['getModelFile', 'getDatasetFile', 'getSpaceFile'],
    description: `Read one file of a CSGHub repository (README.md, config.json, …): small text files come with their content.\n${describeOps(['getModelFile'])}`,
    shape: {
      kind,
      ...paramsShape(op('getModelFile'), ['namespace', 'name', 'file_path', 'ref']),
    },
    run: async (args, signal) => {
      const { kind: k, ...params } = args;
      const data = (await run(runtime, KIND_OPS[k as Kind].file, { params }, signal)) as Args;
      const content = data['content'];
      const text =
        typeof content === 'string' && data['encoding'] !== 'text'
          ? Buffer.from(content, 'base64').toString('utf8')
          : content;
      return { ...(pick(data, ['name', 'path', 'size', 'lfs', 'sha']) as Args), content: text };
    },
  });
  tools.push({
    name: 'my_repositories',
    ops: ['listUserModels', 'listUserDatasets', 'listUserSpaces'],
    description: `The token owner's own models, datasets or spaces on CSGHub.\n${describeOps(['listUserModels'])}`,
    shape: { kind, ...paramsShape(op('listUserModels'), ['search', 'page', 'per']) },
    run: async (args, signal) => {
      const { kind: k, ...params } = args;
      const me = await (await runtime.csghub()).me({ signal });
      const data = await run(
        runtime,
        KIND_OPS[k as Kind].mine,
        { params: { ...params, username: me.username } },
        signal,
      );
      return pick(listOf(data), REPO_FIELDS);
    },
  });
  const deploy = op('createModelRun');
  tools.push({
    name: 'deploy_inference',
    ops: ['createModelRun'],
    description: `Deploy a model as a dedicated inference endpoint (billed while it runs). Needs --allow-writes and confirm: true.\n${describeOps(['createModelRun'])}`,
    shape: {
      ...paramsShape(deploy, ['namespace', 'name']),
      deploy: z.record(z.string(), z.unknown()).describe(bodyDescription(deploy)),
      ...confirmShape,
    },
    run: async ({ deploy: body, confirm, ...params }, signal) =>
      run(runtime, 'createModelRun', { params, body, confirm: confirm === true }, signal),
  });
  tools.push({
    name: 'get_inference',
    ops: ['getModelRun'],
    description: `Watch an inference endpoint: its status, endpoint and replicas. Call again to follow it until Running.\n${describeOps(['getModelRun'])}`,
    shape: paramsShape(op('getModelRun'), ['namespace', 'name', 'id']),
    run: async (params, signal) =>
      pick(await run(runtime, 'getModelRun', { params }, signal), [
        'id',
        'deploy_name',
        'status',
        'endpoint',
        'model_id',
        'hardware',
        'min_replica',
        'max_replica',
        'actual_replica',
        'instances',
        'updated_at',
      ]),
  });
  const chatOp = op('createChatCompletion');
  tools.push({
    name: 'chat',
    ops: ['createChatCompletion'],
    description: `Ask a model served by the CSGHub AI gateway (billed per token; needs --allow-writes, as every POST does). Answers the reply and token usage.\n${describeOps(['createChatCompletion'])}`,
    shape: {
      model: z.string().describe('Model id as the gateway lists it (GET /v1/models).'),
      messages: z
        .array(z.object({ role: z.string(), content: z.string() }))
        .describe(bodyDescription(chatOp)),
      max_tokens: z.number().int().positive().optional().describe('Most tokens to generate.'),
    },
    run: async (args, signal) => {
      const data = (await run(
        runtime,
        'createChatCompletion',
        { body: { ...args, stream: false } },
        signal,
      )) as Args;
      const choices = (data['choices'] ?? []) as Args[];
      const first = choices[0]?.['message'] as Args | undefined;
      return { model: data['model'], reply: first?.['content'], usage: data['usage'] };
    },
  });
  tools.push({
    name: 'balance',
    ops: ['getAccountBalance'],
    description: `CSGHub account balance in cents (分) of CNY; the token owner's unless an account id is given.\n${describeOps(['getAccountBalance'])}`,
    shape: { id: optional(paramsShape(op('getAccountBalance'), ['id'])) },
    run: async (args, signal) => {
      const id = (args['id'] as string | undefined) ?? (await ownerUuid(runtime, signal));
      return run(runtime, 'getAccountBalance', { params: { id } }, signal);
    },
  });
  const bills = op('listAccountBills');
  tools.push({
    name: 'bills',
    ops: ['listAccountBills'],
    description: `What each CSGHub instance cost over a range of days (cents of CNY, negative for spending); the token owner's unless an account id is given.\n${describeOps(['listAccountBills'])}`,
    shape: {
      ...paramsShape(bills, ['scene', 'start_date', 'end_date', 'page', 'per']),
      id: optional(paramsShape(bills, ['id'])),
    },
    run: async (args, signal) => {
      const id = (args['id'] as string | undefined) ?? (await ownerUuid(runtime, signal));
      return run(runtime, 'listAccountBills', { params: { ...args, id } }, signal);
    },
  });
  tools.push({
    name: 'cfgpu_regions',
    ops: ['listRegions'],
    description: describeOps(['listRegions']),
    shape: {},
    run: async (_args, signal) => run(runtime, 'listRegions', {}, signal),
  });
  tools.push({
    name: 'cfgpu_gpus',
    ops: ['listGpus'],
    description: describeOps(['listGpus']),
    shape: {},
    run: async (_args, signal) => run(runtime, 'listGpus', {}, signal),
  });
  tools.push({
    name: 'cfgpu_images',
    ops: ['listSystemImages', 'listPrivateImages'],
    description: describeOps(['listSystemImages', 'listPrivateImages']),
    shape: {
      which: z.enum(['system', 'private']).describe('System images or your own private ones.'),
      ...paramsShape(op('listSystemImages'), ['adaptType']),
    },
    run: async ({ which, ...params }, signal) =>
      run(
        runtime,
        which === 'private' ? 'listPrivateImages' : 'listSystemImages',
        { params },
        signal,
      ),
  });
  tools.push({
    name: 'cfgpu_list_instances',
    ops: ['listInstances'],
    description: describeOps(['listInstances']),
    shape: {
      currentPage: z.number().int().positive().optional().describe('Page number, from 1.'),
      pageSize: z.number().int().positive().max(100).optional().describe('Instances per page.'),
    },
    run: async (args, signal) => {
      const body = { currentPage: 1, pageSize: 20, ...args };
      const data = await run(runtime, 'listInstances', { body }, signal);
      return pick(listOf(data), INSTANCE_FIELDS);
    },
  });
  tools.push({
    name: 'cfgpu_get_instance',
    ops: ['getInstanceStatus'],
    description: describeOps(['getInstanceStatus']),
    shape: paramsShape(op('getInstanceStatus'), ['instanceId']),
    run: async (params, signal) => run(runtime, 'getInstanceStatus', { params }, signal),
  });
  const create = op('createInstance');
  tools.push({
    name: 'cfgpu_create_instance',
    ops: ['createInstance'],
    description: `Rent a GPU instance (costs money). Needs --allow-writes and confirm: true; without confirm it answers what it would create and the estimated cost.\n${describeOps(['createInstance'])}`,
    shape: {
      instance: z.record(z.string(), z.unknown()).describe(bodyDescription(create)),
      hours: z
        .number()
        .positive()
        .optional()
        .describe(
          'For priceType Usage: how many hours you intend to run it, for the cost estimate and --max-spend (default 1).',
        ),
      ...confirmShape,
    },
    run: async ({ instance, hours, confirm }, signal) => {
      const body = instance as Args;
      return run(
        runtime,
        'createInstance',
        { body, confirm: confirm === true },
        signal,
        instanceEstimate(runtime, body, typeof hours === 'number' ? hours : 1, signal),
      );
    },
  });
  for (const [name, id] of [
    ['cfgpu_start_instance', 'startInstance'],
    ['cfgpu_stop_instance', 'stopInstance'],
    ['cfgpu_release_instance', 'releaseInstance'],
  ] as const) {
    const target = op(id);
    tools.push({
      name,
      ops: [id],
      description: `${describeOps([id])}\nNeeds --allow-writes and confirm: true.`,
      shape: { ...paramsShape(target, ['instanceId']), ...confirmShape },
      run: async ({ confirm, ...params }, signal) =>
        run(runtime, id, { params, confirm: confirm === true }, signal),
    });
  }
  return tools;
}

async function ownerUuid(runtime: Runtime, signal: AbortSignal): Promise<string> {
  const me = (await (await runtime.csghub()).me({ signal })) as { uuid?: string };
  if (!me.uuid) throw new RefusedError('the token owner has no account id (uuid); pass id');
  return me.uuid;
}

/** Registers every tool on `server`. */
export function registerTools(server: McpServer, runtime: Runtime): string[] {
  const names: string[] = [];
  const register = (
    name: string,
    description: string,
    shape: Shape,
    body: (args: Args, signal: AbortSignal) => Promise<unknown>,
    readOnly: boolean,
  ) => {
    names.push(name);
    server.registerTool(
      name,
      { description, inputSchema: shape, annotations: { readOnlyHint: readOnly } },
      async (args: Args, extra: { signal: AbortSignal }) => {
        try {
          return answer(runtime, await body(args, extra.signal));
        } catch (error) {
          if (!(error instanceof RefusedError || error instanceof ArgumentError)) {
            runtime.log(`${name}: ${error instanceof Error ? error.message : String(error)}`);
          }
          return failure(runtime, error);
        }
      },
    );
  };
  for (const tool of curatedTools(runtime)) {
    const readOnly = tool.ops.every((id) => op(id).risk === 'read');
    register(tool.name, tool.description, tool.shape, tool.run, readOnly);
  }
  register(
    'search_operations',
    `Find operations of the CSGHub (${count('csghub')}) and CFGPU (${count('cfgpu')}) APIs by words over their id, summary, description, path and tag. Answers each operation's id, method, path, summary, whether it needs --allow-writes or confirm, and its parameters; call one with call_operation.`,
    {
      query: z.string().min(1).describe('Words that must all appear, e.g. "space logs".'),
      api: z.enum(['csghub', 'cfgpu']).optional().describe('Only this API.'),
      limit: z.number().int().min(1).max(50).optional().describe('Most results (default 10).'),
    },
    ({ query, api, limit }) =>
      Promise.resolve(
        searchOperations(
          String(query),
          api as 'csghub' | 'cfgpu' | undefined,
          typeof limit === 'number' ? limit : 10,
        ).map((o) => ({
          id: o.id,
          api: o.api,
          method: o.method,
          path: o.path,
          summary: o.summary,
          needs:
            o.risk === 'read'
              ? 'nothing'
              : o.risk === 'write'
                ? '--allow-writes'
                : '--allow-writes and confirm: true',
          params: o.params.map((p) => ({
            name: p.name,
            in: p.in,
            required: p.required,
            description: oneLine(p.description),
            schema: p.schema,
          })),
          ...(o.body && { body: { required: o.body.required, schema: o.body.schema } }),
        })),
      ),
    true,
  );
  register(
    'call_operation',
    'Call any operation of either API by its operationId (find it with search_operations). Arguments are checked against the spec before anything is sent. Reads run as they are; writes need the server started with --allow-writes; destructive or billed ones also need confirm: true (without it the answer says what would happen). Schemas of a body may name `#/schemas/<Name>`: ask describe_schema.',
    {
      operationId: z.string().describe('The operation, e.g. listModels or getInstanceStatus.'),
      params: z
        .record(z.string(), z.unknown())
        .optional()
        .describe('Path and query parameters by name.'),
      body: z.unknown().optional().describe('The JSON request body, when the operation takes one.'),
      ...confirmShape,
    },
    async ({ operationId, params, body, confirm }, signal) => {
      const id = String(operationId);
      const estimate =
        id === 'createInstance' && typeof body === 'object' && body !== null
          ? instanceEstimate(runtime, body as Args, 1, signal)
          : undefined;
      return run(
        runtime,
        id,
        {
          ...(params === undefined ? {} : { params: params as Args }),
          ...(body === undefined ? {} : { body }),
          confirm: confirm === true,
        },
        signal,
        estimate,
      );
    },
    false,
  );
  register(
    'describe_schema',
    'A named schema that an operation body refers to as `#/schemas/<Name>`, with its fields and their descriptions.',
    {
      api: z.enum(['csghub', 'cfgpu']).describe('The API whose schema it is.'),
      name: z.string().describe('The schema name, e.g. ModelRunRequest.'),
    },
    ({ api, name }) => {
      const schema = schemasOf[api as 'csghub' | 'cfgpu'][String(name)];
      if (!schema) {
        return Promise.reject(new RefusedError(`${String(api)} has no schema ${String(name)}`));
      }
      return Promise.resolve(schema);
    },
    true,
  );
  return names;
}

const count = (api: 'csghub' | 'cfgpu') => operations.filter((o) => o.api === api).length;
