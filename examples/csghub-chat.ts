import { CSGHub } from 'csgkit/csghub';

// The AI gateway needs an API key of the gateway (CSGHUB_TOKEN or { token }).
const csghub = new CSGHub();

const stream = await csghub.chat.completions.create({
  model: 'Qwen/Qwen2.5-7B-Instruct',
  messages: [{ role: 'user', content: 'Write a haiku about GPUs.' }],
  stream: true,
});
for await (const chunk of stream) {
  process.stdout.write(chunk.choices[0]?.delta.content ?? '');
}

// Deploy status as it changes, until the serverless endpoint runs (or fails fast).
const running = await csghub.models.serverless.waitFor('OpenCSG/csg-wukong-1B', 42, 'Running', {
  timeoutMs: 15 * 60_000,
  onStatus: (state) => {
    console.log('deploy is', state);
  },
});
console.log(running.status);
