/**
 * A tiny plain-DOM app on the public clients, as a frontend developer would write one: models
 * paged and searched, a model's page, its files, a download checked against its SHA-256, a
 * space's status stream, a streamed chat, a GPU instance's lifecycle and every error class.
 * The mocks' addresses come from the page's query string (`?hub=…&gpu=…`).
 */
import {
  APIConnectionTimeoutError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  CFGPU,
  CfgpuError,
  InternalServerError,
  NotFoundError,
  RateLimitError,
} from '../../../src/cfgpu/index.js';
import { CSGHub } from '../../../src/csghub/index.js';

const query = new URLSearchParams(location.search);
const hub = new CSGHub({ baseUrl: query.get('hub') ?? '', token: 'journey-token', maxRetries: 0 });
const gpu = new CFGPU({ baseUrl: query.get('gpu') ?? '', token: 'journey-token', maxRetries: 0 });

const $ = (id: string): HTMLElement => {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`no #${id}`);
  return element;
};

function show(section: string, title: string): void {
  for (const each of document.querySelectorAll('section')) {
    each.classList.toggle('shown', each.id === section);
  }
  $('step').textContent = `· ${title}`;
}

function item(list: string, text: string): void {
  const li = document.createElement('li');
  li.textContent = text;
  $(list).append(li);
}

/** The most specific error class an error is an instance of. */
function errorClass(error: unknown): string {
  const classes = [
    ['APIConnectionTimeoutError', APIConnectionTimeoutError],
    ['APIUserAbortError', APIUserAbortError],
    ['CfgpuError', CfgpuError],
    ['NotFoundError', NotFoundError],
    ['BadRequestError', BadRequestError],
    ['AuthenticationError', AuthenticationError],
    ['RateLimitError', RateLimitError],
    ['InternalServerError', InternalServerError],
  ] as const;
  for (const [name, type] of classes) if (error instanceof type) return name;
  return error instanceof Error ? `other: ${error.name}` : 'not an error';
}

// 1. Models, a page at a time, with a search box.
let page = 1;
async function renderModels(): Promise<void> {
  const search = ($('search') as HTMLInputElement).value;
  const result = await hub.models.list({ page, per: 10, ...(search === '' ? {} : { search }) });
  const rows = result.items.map((model) => {
    const tr = document.createElement('tr');
    for (const text of [model.path, model.nickname, String(model.downloads)]) {
      const td = document.createElement('td');
      td.textContent = text;
      tr.append(td);
    }
    return tr;
  });
  $('rows').replaceChildren(...rows);
  $('page-info').textContent = `page ${page} · total ${result.total ?? '?'}`;
}
$('go').addEventListener('click', () => {
  page = 1;
  void renderModels();
});
$('next').addEventListener('click', () => {
  page += 1;
  void renderModels();
});

async function models(): Promise<void> {
  show('models', 'models');
  await renderModels();
}

// 2. A model's page by path; an unknown one shows the error class.
async function detail(path: string): Promise<void> {
  show('detail', `model ${path}`);
  $('detail-title').textContent = path;
  try {
    const model = await hub.models.get(path);
    $('detail-body').className = '';
    $('detail-body').textContent = [
      `nickname: ${model.nickname}`,
      `license: ${model.license}`,
      `downloads: ${model.downloads}`,
      `description: ${model.description}`,
    ].join('\n');
  } catch (error) {
    $('detail-body').className = 'error';
    $('detail-body').textContent = `${errorClass(error)}: ${(error as Error).message}`;
  }
}

// 3. Folders, two levels deep, and a file's content.
async function files(repo: string): Promise<void> {
  show('files', `files of ${repo}`);
  $('file-list').replaceChildren();
  $('files-title').textContent = repo;
  for (const dir of ['', 'tokenizer', 'examples', 'examples/python']) {
    const entries = await hub.models.listFiles(repo, dir === '' ? {} : { path: dir });
    for (const entry of entries)
      item('file-list', `${entry.type === 'dir' ? '[dir] ' : ''}${entry.path}`);
  }
  const file = await hub.models.download(repo, 'examples/python/infer.py');
  $('file-content').textContent = await new Response(file.body).text();
}

// 4. The LFS weights, with progress, checked against the pointer's SHA-256.
async function download(repo: string): Promise<void> {
  show('download', 'download');
  $('download-title').textContent = `${repo} · model.safetensors`;
  const progress = $('progress') as HTMLProgressElement;
  let events = 0;
  const file = await hub.models.download(repo, 'model.safetensors', {
    onProgress: (loaded, total) => {
      events += 1;
      progress.max = total ?? 1;
      progress.value = loaded;
      // The count varies with how the bytes are chunked: kept out of sight for the screenshot.
      progress.dataset['events'] = String(events);
      $('progress-text').textContent = `${loaded} of ${total ?? '?'} bytes`;
    },
  });
  $('sha-expected').textContent = file.sha256 ?? '(none)';
  const bytes = await new Response(file.body).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  const hex = [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
  $('sha-actual').textContent = hex;
  $('sha-verdict').textContent =
    `${bytes.byteLength} bytes · ${hex === file.sha256 ? 'sha256 matches' : 'sha256 MISMATCH'}`;
}

// 5. A space run, followed on one status stream until it runs.
async function space(): Promise<void> {
  show('space', 'space status');
  const first = await hub.spaces.list({ per: 1 });
  const path = first.items[0]?.path ?? '';
  $('space-title').textContent = path;
  $('space-states').replaceChildren();
  await hub.spaces.run(path);
  const controller = new AbortController();
  let last = '';
  try {
    for await (const event of hub.spaces.streamStatus(path, { signal: controller.signal })) {
      if (event.status !== last) item('space-states', event.status);
      last = event.status;
      if (event.status === 'Running') break;
    }
  } finally {
    controller.abort();
  }
}

// 6. A chat completion, rendered token by token.
async function chat(): Promise<number> {
  show('chat', 'chat');
  let renders = 0;
  const stream = await hub.chat.completions.create({
    model: 'Qwen/Qwen2.5-7B-Instruct',
    messages: [{ role: 'user', content: 'Say hello.' }],
    stream: true,
  });
  for await (const chunk of stream) {
    const delta = chunk.choices[0]?.delta.content ?? '';
    if (delta === '') continue;
    $('chat-out').textContent += delta;
    renders += 1;
    $('chat-renders').textContent = String(renders);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return renders;
}

// 7. A GPU instance: create, wait for RUNNING, stop, release.
async function instance(): Promise<void> {
  show('instance', 'GPU instance');
  $('instance-states').replaceChildren();
  const created = await gpu.instances.create({
    priceType: 'Usage',
    regionCode: 'hz',
    gpuType: 'qnid2x6c',
    gpuNum: 1,
    imageId: 'image_exc6f72b',
  });
  const id = created.instanceId;
  $('instance-title').textContent = id;
  const onStatus = (state: string) => {
    item('instance-states', state);
  };
  await gpu.instances.waitFor(id, 'RUNNING', { intervalMs: 50, onStatus });
  await gpu.instances.stop(id);
  await gpu.instances.waitFor(id, 'CLOSED', { intervalMs: 50, onStatus });
  await gpu.instances.release(id);
  const final = await gpu.instances.waitFor(id, 'RELEASED', { intervalMs: 50, onStatus });
  $('instance-final').textContent = `final: ${final.statusCode}`;
}

// 8. Every error class, one request each.
async function errors(): Promise<void> {
  show('errors', 'errors');
  const hubUrl = query.get('hub') ?? '';
  const cases: [string, () => Promise<unknown>][] = [
    ['unknown model', () => hub.models.get('nobody/no-such-model')],
    ['model without a name', () => hub.models.create({ name: '' })],
    [
      'instance with no GPUs',
      () =>
        gpu.instances.create({
          priceType: 'Day',
          regionCode: 'hz',
          gpuType: 'qnid2x6c',
          gpuNum: 0,
          imageId: 'image_exc6f72b',
        }),
    ],
    ['no token', () => new CSGHub({ baseUrl: hubUrl, maxRetries: 0 }).spaces.run('OpenCSG/demo')],
    [
      'too many requests',
      () =>
        hub.chat.completions.create(
          { model: 'Qwen/Qwen2.5-7B-Instruct', messages: [{ role: 'user', content: 'Hi' }] },
          { headers: { Prefer: 'code=429' } },
        ),
    ],
    ['server error', () => hub.inferenceModels.list({}, { headers: { Prefer: 'code=500' } })],
    [
      'slow answer',
      () => hub.models.list({ per: 1 }, { timeoutMs: 200, headers: { Prefer: 'delay=2000' } }),
    ],
    [
      'cancelled',
      () => {
        const controller = new AbortController();
        const call = new CSGHub({ baseUrl: hubUrl, maxRetries: 0 }).models.list(
          { per: 1 },
          { signal: controller.signal, headers: { Prefer: 'delay=2000' } },
        );
        setTimeout(() => {
          controller.abort();
        }, 50);
        return call;
      },
    ],
  ];
  $('error-rows').replaceChildren();
  for (const [name, call] of cases) {
    const error = await call().then(
      () => undefined,
      (e: unknown) => e,
    );
    const tr = document.createElement('tr');
    tr.dataset['case'] = name;
    for (const text of [
      name,
      errorClass(error),
      error instanceof Error ? error.message : 'no error',
    ]) {
      const td = document.createElement('td');
      td.textContent = text.slice(0, 160);
      tr.append(td);
    }
    $('error-rows').append(tr);
  }
}

Object.assign(window, {
  journey: { models, detail, files, download, space, chat, instance, errors },
});
