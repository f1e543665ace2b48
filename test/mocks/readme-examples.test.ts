/**
 * The curl examples in README.md's "Scenarios" section (against the examples-mode mocks) and
 * its "Dataset" section (against data-backed mocks started here), run with the status each
 * one's comment promises, so the documented scenarios keep working.
 */
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEFAULT_PORTS } from '../../mocks/config.js';
import { startMock, type MockServer } from '../../mocks/launcher.js';
import { ROOT } from '../../tooling/apis.js';

const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
/** The `sh` block after `<!-- marker -->`. */
const blockAfter = (marker: string) =>
  new RegExp(`<!-- ${marker} -->\\n\\n\`\`\`sh\\n([\\s\\S]*?)\`\`\``).exec(readme)?.[1] ?? '';
/** `# NNN: what it shows` followed by one command (continued with `\`). */
const examplesOf = (block: string) =>
  [...block.matchAll(/^# (\d{3}): (.+)\n((?:.*\\\n)*.*)$/gm)].map((m) => ({
    status: m[1] ?? '',
    what: m[2] ?? '',
    command: m[3] ?? '',
  }));
const block = blockAfter('mock-examples');
const examples = examplesOf(block);
const dataExamples = examplesOf(blockAfter('mock-data-examples'));

const urls = inject('mockUrls');
const local = (command: string, to: Record<string, string> = urls) =>
  command
    .replaceAll(`http://127.0.0.1:${String(DEFAULT_PORTS.csghub)}`, to['csghub'] ?? '')
    .replaceAll(`http://127.0.0.1:${String(DEFAULT_PORTS.cfgpu)}`, to['cfgpu'] ?? '');

/** The status a command's response came with, and anything it printed on stderr. */
const statusOf = (command: string) =>
  spawnSync('bash', ['-c', `${command} -s -o /dev/null -w '%{http_code}'`], {
    encoding: 'utf8',
    timeout: 15_000,
  });

describe('README mock scenarios', () => {
  it('documents the three ways to pick a scenario', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const prefer of ['Prefer: code=', 'Prefer: example=', 'Prefer: dynamic=true']) {
      expect(block).toContain(prefer);
    }
  });

  it.each(examples)('$status: $what', ({ status, command }) => {
    const run = statusOf(local(command));
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(status);
  });
});

describe('README dataset examples', () => {
  const mocks: MockServer[] = [];
  const dataUrls: Record<string, string> = {};

  beforeAll(async () => {
    for (const api of ['csghub', 'cfgpu']) {
      const mock = await startMock({ api, errors: true, stateful: true });
      mocks.push(mock);
      dataUrls[api] = mock.url;
    }
  });

  afterAll(async () => {
    await Promise.all(mocks.map((mock) => mock.stop()));
  });

  it('documents paging, search, the 404, the state and the reset', () => {
    expect(dataExamples.length).toBeGreaterThanOrEqual(5);
    const commands = dataExamples.map((e) => e.command).join('\n');
    for (const part of ['per=', 'search=', '/__state', '/__reset']) {
      expect(commands).toContain(part);
    }
  });

  it.each(dataExamples)('$status: $what', ({ status, command }) => {
    const run = statusOf(local(command, dataUrls));
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(status);
  });
});
