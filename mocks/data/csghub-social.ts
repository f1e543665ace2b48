/**
 * The CSGHub mock's community and billing records, made from a seed and the generated people and
 * repositories: collections of repositories, discussions with comments, and each user's account
 * (recharges and daily charges of their deploys, spaces and fine-tuning instances), so bills,
 * statements and balances add up. Dates fall before the epoch.
 */
import type { RepositoryKind, RepositoryRecord } from './csghub.js';
import { CURRENT_USER, type People } from './csghub-people.js';
import { DAY_MS, EPOCH, iso, random, type Random } from './random.js';

/** A repository a collection holds, by kind and path, with the owner's note. */
export interface CollectedRepository {
  kind: RepositoryKind;
  path: string;
  remark: string;
}

export interface CollectionRecord extends Record<string, unknown> {
  id: number;
  username: string;
  /** The organization owning it, or `''` for a user's own collection. */
  namespace: string;
  name: string;
  repositories: CollectedRepository[];
  created_at: string;
  updated_at: string;
}

export interface CommentRecord extends Record<string, unknown> {
  id: number;
  content: string;
  username: string;
  created_at: string;
}

export interface DiscussionRecord extends Record<string, unknown> {
  id: number;
  /** The repository's kind, as in the discussion routes (`models`, `datasets`…). */
  repo_type: string;
  repo_path: string;
  title: string;
  username: string;
  created_at: string;
  comments: CommentRecord[];
}

/** One balance movement: a day's charge of an instance, or a recharge. */
export interface StatementRecord extends Record<string, unknown> {
  id: number;
  user_uuid: string;
  scene: number;
  /** Cents of CNY: negative for charges, positive for recharges. */
  value: number;
  consumption: number;
  customer_id: string;
  repo_path: string;
  created_at: string;
}

export interface Social {
  collections: CollectionRecord[];
  discussions: DiscussionRecord[];
  statements: StatementRecord[];
}

export const COLLECTION_COUNT = 10;
export const DISCUSSION_COUNT = 8;

const COLLECTIONS: readonly (readonly [string, string, string])[] = [
  [
    'chinese-llm-starter',
    '中文大模型入门',
    'Small Chinese language models and the datasets to tune them.',
  ],
  ['embedding-toolbox', 'Embedding toolbox', 'Text embedding models and retrieval benchmarks.'],
  ['rag-stack', 'RAG 全家桶', '检索增强生成所需的模型、数据与演示应用。'],
  ['math-reasoning', '数学推理', 'Models and datasets for step-by-step maths.'],
  ['mcp-essentials', 'MCP essentials', 'MCP servers worth having in every agent.'],
  ['medical-nlp', '医疗 NLP', '医疗问答与病历理解相关资源。'],
  ['poetry-corner', '诗词角', '古诗词生成与鉴赏。'],
  ['edge-models', 'Models for the edge', 'Quantised models that run on a laptop.'],
  ['demo-spaces', '演示应用合集', '可以直接体验的在线应用。'],
  ['eval-suite', 'Evaluation suite', 'Benchmarks and harnesses we evaluate with.'],
  ['code-assistants', '代码助手', '代码生成模型与工具。'],
  ['speech-audio', 'Speech & audio', 'TTS demos and speech datasets.'],
];

const THEMES = ['#fde68a', '#bbf7d0', '#bfdbfe', '#fbcfe8', '#ddd6fe', '#fed7aa'];

const TITLES = [
  ['Does this model support a 4k context?', 'Yes, it was trained with a 4096-token window.'],
  ['微调时 loss 出现尖峰', '可以试试降低学习率，并把 warmup 调长一些。'],
  ['License question for commercial use', 'The license allows commercial use with attribution.'],
  ['推理显存需要多少？', 'FP16 下 7B 大约需要 16GB 显存，int4 量化后约 6GB。'],
  ['Tokenizer mismatch with the base model', 'Fixed in the latest commit, please pull again.'],
  ['数据集中有重复样本', '已在新版本中去重，感谢反馈！'],
  ['Any plans for a GGUF version?', 'A GGUF build is on the way.'],
  ['能否提供英文说明文档？', '英文 README 已补充。'],
  ['Space fails to start after update', 'The dependency pin was wrong; rebuilt and running now.'],
  ['评测结果无法复现', '请确认使用了相同的随机种子与提示模板。'],
] as const;

const FOLLOW_UPS = [
  'Thanks, that helps!',
  '同样遇到了这个问题。',
  '+1, same here.',
  '已解决，谢谢。',
  'Could you share your config?',
  '请问有示例代码吗？',
];

/** The scenes the generated instances are billed under, with their GPU price per hour (cents). */
const BILLED_SCENES: readonly { scene: number; kind: RepositoryKind; prefix: string }[] = [
  { scene: 10, kind: 'models', prefix: 'u' },
  { scene: 11, kind: 'spaces', prefix: 's' },
  { scene: 12, kind: 'models', prefix: 'ft' },
];
const GPUS = [
  { name: 'NVIDIA A10 24GB', hourly: 1200 },
  { name: 'NVIDIA T4 16GB', hourly: 600 },
  { name: 'NVIDIA A100 80GB', hourly: 3600 },
  { name: 'NVIDIA L20 48GB', hourly: 2400 },
];
/** Days of charges before the epoch. */
const BILLED_DAYS = 90;

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** An ISO date at least `after` and before the epoch. */
const dateAfter = (rand: Random, after: string, maxDays: number) => {
  const from = Date.parse(after);
  const span = Math.max(DAY_MS, Math.min(maxDays * DAY_MS, EPOCH - DAY_MS - from));
  return iso(from + rand.int(60_000, span));
};

function collections(
  rand: Random,
  people: People,
  repos: RepositoryRecord[][],
): CollectionRecord[] {
  const all = repos.flat();
  const kindOf = new Map<string, RepositoryKind>();
  const kinds: RepositoryKind[] = ['models', 'datasets', 'spaces', 'codes', 'mcps'];
  repos.forEach((records, i) => {
    for (const record of records) kindOf.set(record.path, kinds[i] ?? 'models');
  });
  const usernames = people.users.map((u) => u.username);
  return rand.some(COLLECTIONS, COLLECTION_COUNT).map(([name, nickname, description], i) => {
    const org = i % 3 === 2 ? rand.pick(people.organizations) : undefined;
    const owner =
      i === 0
        ? CURRENT_USER
        : org
          ? (org.members[0]?.username ?? CURRENT_USER)
          : rand.pick(usernames);
    const created = iso(EPOCH - rand.int(20, 300) * DAY_MS - rand.int(0, DAY_MS));
    return {
      id: 30 + i,
      username: owner,
      namespace: org?.path ?? '',
      theme: rand.pick(THEMES),
      name,
      nickname,
      description,
      private: false,
      likes: Math.floor(rand.next() ** 2 * 80),
      repositories: rand.some(all, rand.int(2, 7)).map((record) => ({
        kind: kindOf.get(record.path) ?? 'models',
        path: record.path,
        remark:
          rand.next() < 0.3 ? rand.pick(['必备', 'Our favourite', '推荐入门', 'Baseline']) : '',
      })),
      created_at: created,
      updated_at: dateAfter(rand, created, 120),
    };
  });
}

function discussions(
  rand: Random,
  people: People,
  repos: RepositoryRecord[][],
): DiscussionRecord[] {
  const [models = [], datasets = [], spaces = []] = repos;
  const usernames = people.users.map((u) => u.username);
  let commentId = 300;
  const targets = [
    ...rand.some(models, 4).map((r) => ['models', r] as const),
    ...rand.some(datasets, 2).map((r) => ['datasets', r] as const),
    ...rand.some(spaces, 1).map((r) => ['spaces', r] as const),
  ];
  // One model gets two discussions, so a repository's list has more than one.
  const first = targets[0];
  if (first) targets.push(first);
  return targets.slice(0, DISCUSSION_COUNT).map(([repoType, record], i) => {
    const [title, answer] = rand.pick(TITLES);
    const author = i === 0 ? CURRENT_USER : rand.pick(usernames);
    const created = dateAfter(rand, String(record['created_at']), 200);
    const comments: CommentRecord[] = [];
    let at = created;
    const count = rand.int(1, 5);
    for (let c = 0; c < count; c++) {
      at = dateAfter(rand, at, 5);
      comments.push({
        id: commentId++,
        content: c === 0 ? answer : rand.pick(FOLLOW_UPS),
        username: c === 0 ? rand.pick(usernames) : rand.pick([author, ...usernames]),
        created_at: at,
      });
    }
    return {
      id: 80 + i,
      repo_type: repoType,
      repo_path: record.path,
      title,
      username: author,
      created_at: created,
      comments,
    };
  });
}

/**
 * Each user's balance movements, oldest first: a cash recharge and a bonus, then a charge per
 * day for each of their instances while it ran. The recharges cover the charges, so every
 * balance ends positive.
 */
function statements(rand: Random, people: People, repos: RepositoryRecord[][]): StatementRecord[] {
  const [models = [], , spaces = []] = repos;
  const rows: StatementRecord[] = [];
  let id = 5_500_000;
  for (const user of people.users) {
    const charges: StatementRecord[] = [];
    for (const { scene, kind, prefix } of BILLED_SCENES) {
      const count = user.username === CURRENT_USER ? 2 : rand.int(0, 2);
      for (let n = 0; n < count; n++) {
        const repo = rand.pick(kind === 'spaces' ? spaces : models);
        const gpu = rand.pick(GPUS);
        const instance = `${prefix}-${user.username}-${slug(repo['name'] as string)}-${rand.id(4)}`;
        const firstDay = rand.int(1, BILLED_DAYS);
        const days = rand.int(1, Math.min(firstDay, 21));
        for (let d = 0; d < days; d++) {
          const day = EPOCH - (firstDay - d) * DAY_MS;
          const minutes = rand.int(20, 1440);
          charges.push({
            id: 0,
            user_uuid: user.uuid,
            scene,
            value: -Math.round((gpu.hourly * minutes) / 60),
            consumption: minutes,
            customer_id: instance,
            repo_path: repo.path,
            resource_name: gpu.name,
            price: gpu.hourly,
            created_at: iso(day + rand.int(0, DAY_MS - 1000)),
          });
        }
      }
    }
    const spent = -charges.reduce((sum, c) => sum + c.value, 0);
    const recharged = Math.ceil((spent + rand.int(5_000, 50_000)) / 1000) * 1000;
    const first = EPOCH - (BILLED_DAYS + rand.int(1, 30)) * DAY_MS;
    const recharge = (scene: number, value: number, at: number): StatementRecord => ({
      id: 0,
      user_uuid: user.uuid,
      scene,
      value,
      consumption: 0,
      customer_id: '',
      repo_path: '',
      resource_name: '',
      price: 0,
      created_at: iso(at),
    });
    rows.push(recharge(3, recharged, first), recharge(1, 1000 * rand.int(1, 5), first + 60_000));
    rows.push(...charges);
  }
  return rows
    .sort((a, b) => a.created_at.localeCompare(b.created_at))
    .map((row) => ({ ...row, id: id++ }));
}

/** Collections, discussions and statements for a seed, over its people and repositories. */
export function generateSocial(
  seed: number,
  people: People,
  repositories: Record<RepositoryKind, RepositoryRecord[]>,
): Social {
  const repos = [
    repositories.models,
    repositories.datasets,
    repositories.spaces,
    repositories.codes,
    repositories.mcps,
  ];
  return {
    collections: collections(random(seed + 0x00c0_11ec), people, repos),
    discussions: discussions(random(seed + 0x00d1_5c05), people, repos),
    statements: statements(random(seed + 0x00b1_1100), people, repos),
  };
}
