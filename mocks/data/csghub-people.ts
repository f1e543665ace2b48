/**
 * The CSGHub mock's people: users with Chinese and English names, and the organizations that own
 * the generated repositories, with their members and roles, made from a seed alone. The token's
 * user is always `wanghh2000`, the user the spec's token example names, so `me()` finds them.
 */
import { DAY_MS, EPOCH, iso, random, type Random } from './random.js';

/** The user every token belongs to (`GET /api/v1/token/{token}` in the spec's examples). */
export const CURRENT_USER = 'wanghh2000';

/** That user's uuid, as the spec's token example gives it. */
export const CURRENT_USER_UUID = '9c2b6a41-3f7e-4a8d-b1c5-6e0d2f4a7b93';

/** How many users the dataset holds, the token's user first. */
export const USER_COUNT = 12;

/** Every user the dataset may hold: user name, display name, a line about them. */
const PEOPLE: readonly (readonly [string, string, string])[] = [
  [CURRENT_USER, 'Wang Hui', 'Working on small bilingual language models.'],
  ['zhangsan', '张三', '大模型应用开发者，关注检索增强生成。'],
  ['lizhen', '李震', '专注中文指令微调与评测。'],
  ['chenxi', '陈曦', '计算机视觉研究员。'],
  ['liuyang', '刘洋', '数据工程师，整理开放语料。'],
  ['zhaomin', '赵敏', '语音合成与识别。'],
  ['sunhao', '孙浩', '推理服务与模型量化。'],
  ['huangwei', '黄伟', '医疗问答数据集维护者。'],
  ['zhouqing', '周晴', '古诗词与中文 NLP 爱好者。'],
  ['xuli', '徐丽', 'MCP 工具与智能体。'],
  ['emma-wilson', 'Emma Wilson', 'ML engineer, evaluation and benchmarks.'],
  ['alex-chen', 'Alex Chen', 'Building agents on open models.'],
  ['yuki-tanaka', 'Yuki Tanaka', 'Multilingual embeddings.'],
  ['david-liu', 'David Liu', 'Fine-tuning at scale.'],
  ['maria-garcia', 'María García', 'Speech and audio models.'],
  ['tom-baker', 'Tom Baker', 'Data tooling and pipelines.'],
];

/** The organizations, by the namespaces of the generated repositories (mocks/data/csghub.ts). */
const ORGANIZATIONS: readonly {
  path: string;
  name: string;
  description: string;
  homepage: string;
  org_type: string;
  industry: string;
}[] = [
  {
    path: 'OpenCSG',
    name: 'OpenCSG 开放传神',
    description:
      'OpenCSG builds open large models, datasets and tools for the Chinese AI community.',
    homepage: 'https://opencsg.com',
    org_type: 'company',
    industry: 'technology',
  },
  {
    path: 'THUDM',
    name: '清华大学知识工程实验室',
    description: 'Knowledge Engineering Group (KEG) & Data Mining at Tsinghua University.',
    homepage: 'https://keg.cs.tsinghua.edu.cn',
    org_type: 'school',
    industry: 'education',
  },
  {
    path: 'Qwen',
    name: '通义千问',
    description: '通义千问系列大语言模型与多模态模型。',
    homepage: 'https://qwenlm.github.io',
    org_type: 'company',
    industry: 'technology',
  },
  {
    path: 'BAAI',
    name: '北京智源人工智能研究院',
    description:
      'Beijing Academy of Artificial Intelligence: embeddings, datasets and open models.',
    homepage: 'https://www.baai.ac.cn',
    org_type: 'research',
    industry: 'research',
  },
  {
    path: 'deepseek-ai',
    name: 'DeepSeek 深度求索',
    description: '探索通用人工智能的开放模型。',
    homepage: 'https://www.deepseek.com',
    org_type: 'company',
    industry: 'technology',
  },
  {
    path: 'shanghai-ai-lab',
    name: '上海人工智能实验室',
    description: 'Shanghai AI Laboratory: InternLM and open evaluation tools.',
    homepage: 'https://www.shlab.org.cn',
    org_type: 'research',
    industry: 'research',
  },
  {
    path: 'acme',
    name: 'Acme AI',
    description: 'A demo company for trying the hub out.',
    homepage: 'https://acme.example.com',
    org_type: 'company',
    industry: 'finance',
  },
];

export type OrganizationRole = 'admin' | 'write' | 'read';

export interface UserRecord extends Record<string, unknown> {
  id: number;
  username: string;
  nickname: string;
  uuid: string;
  email: string;
  avatar: string;
  created_at: string;
}

export interface MemberRecord {
  username: string;
  role: OrganizationRole;
  last_login_at: string;
}

export interface OrganizationRecord extends Record<string, unknown> {
  path: string;
  name: string;
  uuid: string;
  members: MemberRecord[];
  created_at: string;
}

export interface People {
  users: UserRecord[];
  organizations: OrganizationRecord[];
}

/** A version-4-shaped UUID from the PRNG. */
const uuid = (rand: Random) => {
  const hex = (n: number) => Array.from({ length: n }, () => rand.int(0, 15).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${rand.pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
};

/** The user names the dataset holds for a seed, the token's user first. */
export function usernames(seed: number): string[] {
  const rand = random(seed + 0x0005_e7a1);
  const [first, ...rest] = PEOPLE.map(([username]) => username);
  return [first ?? CURRENT_USER, ...rand.some(rest, USER_COUNT - 1)];
}

/** Users (oldest account first) and organizations with their members, for a seed. */
export function generatePeople(seed: number): People {
  const rand = random(seed + 0x0001_9e0b);
  const chosen = usernames(seed);
  const users = chosen
    .map((username, i): UserRecord => {
      const [, nickname = username, bio = ''] = PEOPLE.find(([name]) => name === username) ?? [];
      const created = EPOCH - rand.int(60, 1000) * DAY_MS - rand.int(0, DAY_MS);
      return {
        id: username === CURRENT_USER ? 1024 : 2001 + i,
        username,
        nickname,
        // The token's user keeps the uuid of the spec's token example, so the two agree.
        uuid: username === CURRENT_USER ? CURRENT_USER_UUID : uuid(rand),
        email: `${username}@${rand.pick(['example.com', 'example.cn', 'mail.example.org'])}`,
        avatar: `https://cdn.opencsg.com/avatars/${username}.png`,
        bio,
        homepage: `https://github.com/${username}`,
        phone: `1${String(rand.int(30, 99))}${String(rand.int(10_000_000, 99_999_999))}`,
        phone_area: '+86',
        roles: ['personal_user'],
        verify_status: 'none',
        created_at: iso(created),
      };
    })
    .sort((a, b) => a.created_at.localeCompare(b.created_at));
  const organizations = ORGANIZATIONS.map((org): OrganizationRecord => {
    const created = EPOCH - rand.int(400, 1200) * DAY_MS - rand.int(0, DAY_MS);
    const members = rand.some(chosen, rand.int(2, 5)).map((username, i): MemberRecord => ({
      username,
      role: i === 0 ? 'admin' : rand.pick<OrganizationRole>(['write', 'write', 'read']),
      last_login_at: iso(EPOCH - rand.int(0, 30) * DAY_MS - rand.int(0, DAY_MS)),
    }));
    // The token's user belongs to OpenCSG, as in the spec's profile example.
    if (org.path === 'OpenCSG' && !members.some((m) => m.username === CURRENT_USER)) {
      members.push({ username: CURRENT_USER, role: 'write', last_login_at: iso(EPOCH - DAY_MS) });
    }
    const verified = org.path !== 'acme' && rand.next() < 0.8;
    return {
      ...org,
      logo: `https://cdn.opencsg.com/orgs/${org.path.toLowerCase()}-logo.png`,
      verified,
      verify_status: verified ? 'approved' : 'none',
      uuid: uuid(rand),
      tags: [
        {
          id: 400 + ORGANIZATIONS.indexOf(org),
          name: org.industry,
          category: 'industry',
          group: '',
          built_in: true,
          scope: 'organization',
          show_name: org.industry,
          i18n_key: org.industry,
          created_at: '2025-03-10T02:00:00Z',
          updated_at: '2025-03-10T02:00:00Z',
        },
      ],
      members,
      created_at: iso(created),
    };
  });
  return { users, organizations };
}
