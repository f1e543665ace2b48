/** `csghub chat`: a chat completion through the AI gateway, streamed as it is written. */
import type { Command } from 'commander';
import type { CSGHub } from '../../src/csghub/index.js';
import type { CliContext } from '../common.js';

export function register(
  program: Command,
  { client, flags, requestOptions, output }: CliContext<CSGHub>,
): void {
  program
    .command('chat <model> <message...>')
    .description('ask a model through the AI gateway; the answer streams as it is written')
    .option('--system <text>', 'a system message first')
    .addHelpText(
      'after',
      '\nExample:\n  csghub chat Qwen/Qwen2.5-7B-Instruct "Write a haiku about GPUs"',
    )
    .action(async (model: string, words: string[], options: { system?: string }) => {
      const csghub = await client();
      const stream = await csghub.chat.completions.create(
        {
          model,
          messages: [
            ...(options.system ? [{ role: 'system' as const, content: options.system }] : []),
            { role: 'user' as const, content: words.join(' ') },
          ],
          stream: true,
        },
        requestOptions(),
      );
      const chunks: unknown[] = [];
      for await (const chunk of stream) {
        if (flags().json) chunks.push(chunk);
        else output.write(chunk.choices[0]?.delta.content ?? '');
      }
      if (flags().json) output.json(chunks);
      else output.say();
    });
}
