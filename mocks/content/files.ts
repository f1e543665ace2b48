/**
 * What every repository of the mock holds: a small tree of text files, two levels of folders,
 * and one large LFS-tracked weights file whose bytes are generated (./bytes.ts). Contents depend
 * only on the repository (kind, namespace, name) and the weights size.
 */
import { createHash } from 'node:crypto';

export const REPO_KINDS = ['models', 'datasets', 'codes', 'spaces', 'mcps'] as const;
export type RepoKind = (typeof REPO_KINDS)[number];

/** One repository, as its URL names it. */
export interface RepoKey {
  kind: RepoKind;
  namespace: string;
  name: string;
}

/** The path of the LFS-tracked file in every repository. */
export const WEIGHTS_PATH = 'model.safetensors';
/** @default 8 MiB */
export const DEFAULT_WEIGHTS_BYTES = 8 * 1024 * 1024;

export type RepoEntry =
  | { type: 'dir'; path: string }
  | { type: 'file'; path: string; text: Buffer }
  | { type: 'lfs'; path: string; size: number; seed: string };

const id = (key: RepoKey) => `${key.namespace}/${key.name}`;

function readme(key: RepoKey): string {
  return [
    `# ${id(key)}`,
    '',
    `${id(key)} is a ${key.kind.replace(/s$/, '')} repository served by the csgkit mock.`,
    `Its files are generated from its name, so every run shows the same bytes.`,
    '',
    `${id(key)} 是 csgkit 模拟服务器提供的仓库，文件内容由仓库名确定地生成。`,
    '',
    '## Files 文件',
    '',
    '- `config.json`: model configuration 模型配置',
    '- `tokenizer/`: tokenizer files 分词器文件',
    '- `examples/python/infer.py`: a usage example 使用示例',
    `- \`${WEIGHTS_PATH}\`: weights, stored with Git LFS 权重（Git LFS 存储）`,
    '',
  ].join('\n');
}

function textFiles(key: RepoKey): [string, string][] {
  const vocab = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]', 'the', 'of', '的', '是', key.name];
  return [
    ['README.md', readme(key)],
    [
      'config.json',
      `${JSON.stringify(
        {
          architectures: ['LlamaForCausalLM'],
          model_type: 'llama',
          _name_or_path: id(key),
          hidden_size: 2048,
          num_hidden_layers: 24,
          vocab_size: vocab.length,
        },
        null,
        2,
      )}\n`,
    ],
    [
      'tokenizer/tokenizer.json',
      `${JSON.stringify({
        version: '1.0',
        model: { type: 'WordPiece', vocab: Object.fromEntries(vocab.map((w, i) => [w, i])) },
      })}\n`,
    ],
    ['tokenizer/vocab.txt', `${vocab.join('\n')}\n`],
    [
      'examples/python/infer.py',
      [
        `# Loads ${id(key)} and prints one completion. 加载模型并输出一次补全。`,
        'from transformers import AutoModelForCausalLM, AutoTokenizer',
        '',
        `tokenizer = AutoTokenizer.from_pretrained("${id(key)}")`,
        `model = AutoModelForCausalLM.from_pretrained("${id(key)}")`,
        'print(model.generate(**tokenizer("你好", return_tensors="pt")))',
        '',
      ].join('\n'),
    ],
  ];
}

/** Every entry of the repository, folders included, sorted by path. */
export function repoEntries(key: RepoKey, weightsBytes: number): RepoEntry[] {
  const entries: RepoEntry[] = [
    ...textFiles(key).map(([path, text]): RepoEntry => ({
      type: 'file',
      path,
      text: Buffer.from(text),
    })),
    { type: 'lfs', path: WEIGHTS_PATH, size: weightsBytes, seed: `${key.kind}/${id(key)}` },
  ];
  const dirs = new Set<string>();
  for (const entry of entries) {
    const parts = entry.path.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
  }
  for (const path of dirs) entries.push({ type: 'dir', path });
  return entries.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** A stable 40-hex-digit id standing in for a git object or commit id. */
export function fakeSha(...parts: string[]): string {
  return createHash('sha1').update(parts.join('\0')).digest('hex');
}

/** The git LFS pointer file that stands for the content in git. */
export function lfsPointer(oid: string, size: number): string {
  return `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize ${String(size)}\n`;
}
