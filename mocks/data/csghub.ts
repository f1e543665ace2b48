/**
 * The CSGHub mock's dataset: repositories of every kind across several namespaces, with Chinese
 * and English nicknames and descriptions, tags, licenses, downloads, likes and dates, made from a
 * seed alone. Each record holds only the fields it sets; the store lays it over the spec's own
 * example, so an answer keeps the shape the spec describes.
 */
import { usernames } from './csghub-people.js';
import { DAY_MS, EPOCH, iso, random, type Random } from './random.js';

/** The repository kinds, by the `<kind>` of their `/api/v1/<kind>` routes, and how many of each. */
export const REPOSITORY_COUNTS = {
  models: 60,
  datasets: 30,
  spaces: 20,
  codes: 10,
  mcps: 10,
} as const;

export type RepositoryKind = keyof typeof REPOSITORY_COUNTS;

/** How many of each kind the dataset's users own, after the organizations' repositories. */
export const USER_REPOSITORY_COUNTS: Record<RepositoryKind, number> = {
  models: 16,
  datasets: 8,
  spaces: 6,
  codes: 4,
  mcps: 4,
};

export type RepositoryRecord = Record<string, unknown> & { path: string; id: number };

/** The organizations owning the repositories (mocks/data/csghub-people.ts describes them). */
export const NAMESPACES = [
  'OpenCSG',
  'THUDM',
  'Qwen',
  'BAAI',
  'deepseek-ai',
  'shanghai-ai-lab',
  'acme',
];
const LICENSES = ['apache-2.0', 'mit', 'gpl-3.0', 'cc-by-4.0', 'llama2', 'other'];

/** Per kind: name stems, Chinese and English descriptions, task tags. */
const THEMES: Record<
  RepositoryKind,
  { stems: string[]; zh: string[]; en: string[]; tasks: string[]; frameworks: string[] }
> = {
  models: {
    stems: ['wukong', 'chatglm', 'qwen', 'bge', 'deepseek', 'internlm', 'baichuan', 'yi', 'llama'],
    zh: ['中文对话模型', '代码生成模型', '文本向量模型', '多模态理解模型', '数学推理模型'],
    en: ['chat model', 'code generation model', 'text embedding model', 'vision-language model'],
    tasks: ['text-generation', 'feature-extraction', 'text-classification', 'image-to-text'],
    frameworks: ['pytorch', 'safetensors', 'gguf', 'onnx'],
  },
  datasets: {
    stems: ['wiki', 'news', 'poetry', 'instruct', 'math', 'code', 'dialog', 'medical'],
    zh: ['中文百科语料', '新闻摘要数据集', '古诗词数据集', '指令微调数据集', '医疗问答数据集'],
    en: ['encyclopedia corpus', 'summarisation set', 'instruction tuning set', 'QA benchmark'],
    tasks: ['text-generation', 'question-answering', 'summarization', 'translation'],
    frameworks: ['parquet', 'json', 'csv'],
  },
  spaces: {
    stems: ['chat-demo', 'image-gen', 'rag-playground', 'tts-demo', 'ocr-app', 'leaderboard'],
    zh: ['在线对话演示', '文生图应用', '检索增强问答', '语音合成演示', '文字识别工具'],
    en: ['chat demo', 'image generation app', 'RAG playground', 'speech synthesis demo'],
    tasks: ['text-generation', 'text-to-image', 'text-to-speech'],
    frameworks: ['gradio', 'streamlit'],
  },
  codes: {
    stems: ['finetune-kit', 'eval-harness', 'data-tools', 'serving', 'agent-sdk'],
    zh: ['微调工具包', '模型评测框架', '数据清洗脚本', '推理服务部署'],
    en: ['fine-tuning toolkit', 'evaluation harness', 'data cleaning scripts', 'inference server'],
    tasks: ['text-generation'],
    frameworks: ['pytorch'],
  },
  mcps: {
    stems: ['mcp-fetch', 'mcp-search', 'mcp-sqlite', 'mcp-git', 'mcp-weather', 'mcp-map'],
    zh: ['网页抓取服务', '搜索工具服务', '数据库查询服务', '天气查询服务'],
    en: ['web fetching server', 'search tool server', 'database query server', 'weather server'],
    tasks: ['text-generation'],
    frameworks: ['python', 'typescript'],
  },
};

const TAG_DATE = '2024-03-01T08:00:00Z';
const tag = (name: string, category: string, group = '') => ({
  name,
  category,
  group,
  built_in: true,
  show_name: name,
  i18n_key: name,
  created_at: TAG_DATE,
  updated_at: TAG_DATE,
});

function repository(
  kind: RepositoryKind,
  index: number,
  rand: Random,
  owners: readonly string[] = NAMESPACES,
): RepositoryRecord {
  const theme = THEMES[kind];
  const namespace = rand.pick(owners);
  const stem = rand.pick(theme.stems);
  const size = kind === 'models' ? `-${String(rand.pick([0.5, 1, 1.8, 7, 14, 32, 72]))}B` : '';
  // The index keeps names distinct within a kind whatever the draws.
  const name = `${stem}${size}-${String(index + 1).padStart(2, '0')}`;
  const chinese = index % 2 === 0;
  const zh = rand.pick(theme.zh);
  const en = rand.pick(theme.en);
  const license = rand.pick(LICENSES);
  const task = rand.pick(theme.tasks);
  const framework = rand.pick(theme.frameworks);
  const language = chinese ? 'zh' : 'en';
  const created = EPOCH - rand.int(30, 720) * DAY_MS - rand.int(0, DAY_MS);
  const updated = Math.min(EPOCH - DAY_MS, created + rand.int(1, 200) * DAY_MS);
  const path = `${namespace}/${name}`;
  return {
    id: 0,
    repository_id: 0,
    name,
    nickname: chinese ? `${zh} ${name}` : `${name} ${en}`,
    description: chinese
      ? `${namespace} 发布的${zh}，适用于${task}任务。`
      : `An open ${en} from ${namespace}, for ${task}.`,
    path,
    likes: Math.floor(rand.next() ** 3 * 2000),
    downloads: Math.floor(rand.next() ** 4 * 500_000),
    license,
    private: false,
    source: rand.pick(['local', 'local', 'opencsg', 'huggingface']),
    tags: [
      tag(task, 'task', 'natural_language_processing'),
      tag(framework, 'framework'),
      tag(license, 'license'),
      tag(language, 'language'),
    ],
    repository: {
      http_clone_url: `https://hub.opencsg.com/${kind}/${path}.git`,
      ssh_clone_url: `git@hub.opencsg.com:${kind}/${path}.git`,
    },
    user: { username: namespace, nickname: namespace },
    created_at: iso(created),
    updated_at: iso(updated),
    ...(kind === 'spaces' ? { sdk: framework } : {}),
  };
}

/** First id of each kind; repository ids follow their own sequence. */
const FIRST_ID = 1000;
const FIRST_REPOSITORY_ID = 20_000;

/**
 * The generated repositories of each kind with distinct ids across kinds: the organizations'
 * oldest first, then the users' oldest first (their own draws, so the organizations' records
 * are the same whatever the users own). The same seed gives the same records.
 */
export function generateRepositories(seed: number): Record<RepositoryKind, RepositoryRecord[]> {
  const rand = random(seed);
  const users = usernames(seed);
  const userRand = random(seed + 0x0005_e700);
  let id = FIRST_ID;
  const numbered = (records: RepositoryRecord[]) =>
    records
      .sort((a, b) => String(a['created_at']).localeCompare(String(b['created_at'])))
      .map((record) => {
        id++;
        return { ...record, id, repository_id: FIRST_REPOSITORY_ID + id };
      });
  const result = {} as Record<RepositoryKind, RepositoryRecord[]>;
  const kinds = Object.entries(REPOSITORY_COUNTS) as [RepositoryKind, number][];
  for (const [kind, count] of kinds) {
    result[kind] = numbered(Array.from({ length: count }, (_, i) => repository(kind, i, rand)));
  }
  for (const [kind, count] of kinds) {
    // The token's user (the first) owns the first two of each kind, so "my models" lists some.
    const owned = Array.from({ length: USER_REPOSITORY_COUNTS[kind] }, (_, i) =>
      repository(kind, count + i, userRand, i < 2 ? users.slice(0, 1) : users),
    );
    result[kind].push(...numbered(owned));
  }
  return result;
}

/** Ids for records created at run time start above every generated one. */
export const FIRST_CREATED_ID = 90_001;
