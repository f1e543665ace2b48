import { describe, expect, it } from 'vitest';
import {
  APIError,
  AuthenticationError,
  BadRequestError,
  RateLimitError,
} from '../../../src/csghub/index.js';
import type {
  ChatCompletionChunk,
  ChatCompletionCreateParamsNonStreaming,
} from '../../../src/csghub/index.js';
import { anonymous, client, example, status } from './context.js';
import { collect } from '../../helpers/collect.js';

const question: ChatCompletionCreateParamsNonStreaming = {
  model: 'Qwen/Qwen2.5-7B-Instruct',
  messages: [
    { role: 'system', content: 'You are a concise assistant. Answer in English.' },
    { role: 'user', content: 'Who released csg-wukong-1B, and how large is it?' },
  ],
  temperature: 0.7,
  max_tokens: 256,
};

const haiku = {
  model: 'csg-wukong-1B:2bq',
  messages: [{ role: 'user' as const, content: 'Write a haiku about open-source models.' }],
  stream: true as const,
  stream_options: { include_usage: true },
};

const text = (chunks: ChatCompletionChunk[]) =>
  chunks.map((chunk) => chunk.choices[0]?.delta.content ?? '').join('');

export function gateway(): void {
  describe('chat completions', () => {
    it('answers a conversation as one completion', async () => {
      const { data, response } = await client().chat.completions.create(question).withResponse();
      expect(response.status).toBe(200);
      expect(data.object).toBe('chat.completion');
      expect(data.choices[0]?.message.content).toBe(
        'csg-wukong-1B is a 1B-parameter language model released by OpenCSG.',
      );
      expect(data.choices[0]?.finish_reason).toBe('stop');
      expect(data.usage?.total_tokens).toBe(54);
    });

    it('returns the tool calls the model makes', async () => {
      const completion = await client().chat.completions.create(
        {
          model: 'deepseek-ai/DeepSeek-V3',
          messages: [
            { role: 'user', content: 'How many downloads does OpenCSG/csg-wukong-1B have?' },
          ],
          tools: [
            {
              type: 'function',
              function: {
                name: 'get_repo_info',
                parameters: {
                  type: 'object',
                  properties: { namespace: { type: 'string' }, name: { type: 'string' } },
                },
              },
            },
          ],
          tool_choice: 'auto',
        },
        example('toolCall'),
      );
      const [call] = completion.choices[0]?.message.tool_calls ?? [];
      expect(completion.choices[0]?.finish_reason).toBe('tool_calls');
      expect(call?.function?.name).toBe('get_repo_info');
      expect(JSON.parse(call?.function?.arguments ?? '')).toEqual({
        namespace: 'OpenCSG',
        name: 'csg-wukong-1B',
      });
    });

    it('gives a prompt blocked by moderation the shape of a completion', async () => {
      const completion = await client().chat.completions.create(question, example('blockedPrompt'));
      expect(completion.choices[0]?.finish_reason).toBe('sensitive');
      expect(completion.choices[0]?.message).toEqual({
        role: 'assistant',
        content:
          'The prompt includes inappropriate content and has been blocked. We appreciate your understanding and cooperation.',
      });
    });

    it('streams chunks up to [DONE], the last one with the usage', async () => {
      const stream = await client().chat.completions.create(haiku);
      const chunks = await collect(stream);
      expect(chunks).toHaveLength(5);
      expect(chunks[0]?.choices[0]?.delta.role).toBe('assistant');
      expect(text(chunks)).toBe(
        'Open weights unfold,\nmany hands tune the same mind —\nspring in every fork.',
      );
      expect(chunks[3]?.choices[0]?.finish_reason).toBe('stop');
      expect(chunks[4]?.choices).toEqual([]);
      expect(chunks[4]?.usage).toEqual({
        prompt_tokens: 17,
        completion_tokens: 21,
        total_tokens: 38,
      });
    });

    it('can be left after the first chunk', async () => {
      const stream = await client().chat.completions.create(haiku);
      for await (const chunk of stream) {
        expect(chunk.id).toBe('chatcmpl-7c1e9a4b2d');
        break;
      }
    });

    it('ends the stream with a RateLimitError when the quota is spent in-band', async () => {
      const stream = await client().chat.completions.create(haiku, example('quotaExceeded'));
      const error = await collect(stream).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RateLimitError);
      expect(error).toMatchObject({
        code: 'rate_limit_exceeded',
        message: expect.stringContaining('Usage quota exceeded for current window') as unknown,
      });
    });

    it('raises typed errors for an unknown model, a missing key and a spent quota', async () => {
      const unknown = await client()
        .chat.completions.create(question, status(400))
        .catch((e: unknown) => e);
      expect(unknown).toBeInstanceOf(BadRequestError);
      expect(unknown).toMatchObject({ code: 'model_not_found', status: 400 });
      expect((unknown as Error).message).toContain("model 'Qwen/Qwen2.5-7B-Instruc' not found");
      await expect(client().chat.completions.create(question, status(401))).rejects.toBeInstanceOf(
        AuthenticationError,
      );
      await expect(client().chat.completions.create(haiku, status(429))).rejects.toBeInstanceOf(
        RateLimitError,
      );
      const payment = await client()
        .chat.completions.create(question, status(402))
        .catch((e: unknown) => e);
      expect(payment).toBeInstanceOf(APIError);
      expect(payment).toMatchObject({ status: 402, code: 'insufficient_balance' });
    });
  });

  describe('embeddings', () => {
    it('embeds several texts as float vectors', async () => {
      const list = await client().embeddings.create({
        model: 'BAAI/bge-m3',
        input: [
          'OpenCSG builds open-source large models.',
          'csg-wukong-1B is a small language model.',
        ],
        encoding_format: 'float',
        dimensions: 512,
      });
      expect(list.model).toBe('BAAI/bge-m3');
      expect(list.data.map((item) => item.index)).toEqual([0, 1]);
      expect(list.data[0]?.embedding).toEqual([-0.0211, 0.0473, 0.0125, -0.0389]);
      expect(list.usage?.total_tokens).toBe(19);
    });

    it('returns base64 vectors when asked', async () => {
      const list = await client().embeddings.create(
        { model: 'BAAI/bge-large-zh-v1.5', input: '开放传神', encoding_format: 'base64' },
        example('base64'),
      );
      expect(list.data[0]?.embedding).toBe('8Kc8PJqZGb0zMzM9AACAvw==');
    });

    it('raises BadRequestError with the gateway’s plain-string error', async () => {
      const error = await client()
        .embeddings.create({ model: 'BAAI/bge-m3', input: 'x' }, status(400))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BadRequestError);
      expect((error as Error).message).toContain('Model cannot be empty');
    });
  });

  describe('inference models', () => {
    it('lists every model anonymously', async () => {
      const list = await anonymous().inferenceModels.list();
      expect(list.total_count).toBe(3);
      expect(list.has_more).toBe(false);
      expect(list.data.map((model) => model.id)).toEqual([
        'deepseek-ai/DeepSeek-V3',
        'Qwen/Qwen2.5-7B-Instruct',
        'csg-wukong-1B:2bq',
      ]);
      expect(list.data[2]?.metadata.llm_type).toBe('inference');
    });

    it('filters and pages the list', async () => {
      const page = await client().inferenceModels.list(
        {
          model_id: 'bge',
          llm_types: ['serverless', 'inference'],
          task: 'feature-extraction',
          has_associated_model: true,
          per: 1,
          page: 1,
        },
        example('pagedEmbeddingModels'),
      );
      expect(page.data).toHaveLength(1);
      expect(page.has_more).toBe(true);
      expect(page.total_count).toBe(2);
      const error = await client()
        .inferenceModels.list({ per: 1 }, status(400))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BadRequestError);
      expect(error).toMatchObject({ code: 'invalid_request_error' });
    });

    it('gets one model by an id that contains / or :', async () => {
      const model = await anonymous().inferenceModels.get('Qwen/Qwen2.5-7B-Instruct');
      expect(model).toMatchObject({ id: 'Qwen/Qwen2.5-7B-Instruct', owned_by: 'OpenCSG' });
      expect(model.availability).toBeUndefined();
      const dedicated = await client().inferenceModels.get(
        'csg-wukong-1B:2bq',
        example('dedicated'),
      );
      expect(dedicated.metadata.repo_path).toBe('OpenCSG/csg-wukong-1B');
    });

    it('answers an unknown model with BadRequestError model_not_found', async () => {
      const error = await client()
        .inferenceModels.get('OpenCSG/csg-wukong-7B', status(400))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BadRequestError);
      expect(error).toMatchObject({ code: 'model_not_found' });
      await expect(
        client().inferenceModels.get('OpenCSG/csg-wukong-7B', status(401)),
      ).rejects.toBeInstanceOf(AuthenticationError);
    });
  });

  describe('MCP resources', () => {
    it('lists a page anonymously and walks every resource', async () => {
      const page = await anonymous().mcpResources.list({ per: 50, page: 1 });
      expect(page.total).toBe(2);
      expect(page.items.map((resource) => resource.id)).toEqual([12, 9]);
      expect(page.items[1]).toMatchObject({ protocol: 'sse', need_install: true });
      expect(page.hasNextPage()).toBe(false);
      const all = await collect(client().mcpResources.list());
      expect(all.map((resource) => resource.name)).toEqual(['CSGHub Search', 'Amap Maps']);
    });

    it('returns an empty page, and BadRequestError for bad paging', async () => {
      const page = await client().mcpResources.list({}, example('empty'));
      expect(page.items).toEqual([]);
      const error = await client()
        .mcpResources.list({ per: 10 }, status(400))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BadRequestError);
      expect((error as Error).message).toContain('REQ-ERR-6');
    });
  });
}
