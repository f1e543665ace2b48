#!/usr/bin/env node
/**
 * `csghub`: models, datasets, code, spaces and MCP servers of a CSGHub from the terminal.
 * Token: `--token`, `CSGHUB_TOKEN`, or `csghub login`; address: `--base-url`, `CSGHUB_URL`
 * (with or without `/api/v1`), or the config file.
 */
import { Command } from 'commander';
import type { CSGHub } from '../../src/csghub/index.js';
import { addLogin, cliContext, runCli, withGlobalFlags } from '../common.js';
import * as billing from './billing.js';
import * as chat from './chat.js';
import * as collections from './collections.js';
import * as deploys from './deploys.js';
import * as finetune from './finetune.js';
import * as me from './me.js';
import * as mine from './mine.js';
import * as orgs from './orgs.js';
import * as repositories from './repositories.js';
import * as status from './status.js';
import * as verbFirst from './verb-first.js';

const program = withGlobalFlags(new Command('csghub'), 'csghub')
  .description('CSGHub: models, datasets, code, spaces and MCP servers, their files and deploys.')
  .addHelpText(
    'after',
    `
Examples:
  csghub models list --search wukong --per 5
  csghub models get OpenCSG/csg-wukong-1B --json
  csghub my-models
  csghub models download OpenCSG/csg-wukong-1B config.json
  csghub download OpenCSG/csg-wukong-1B --local-dir ./wukong --include "*.json"
  csghub spaces status OpenCSG/wukong-chat --wait
  csghub chat Qwen/Qwen2.5-7B-Instruct "Write a haiku about GPUs"
  csghub --base-url http://127.0.0.1:4010 models list`,
  );

const context = cliContext<CSGHub>(program, 'csghub', async (settings) => {
  const [{ CSGHub }, { nodeFetch }] = await Promise.all([
    import('../../src/csghub/index.js'),
    import('../../node/index.js'),
  ]);
  return new CSGHub({ fetch: nodeFetch, ...settings });
});

addLogin(program, 'csghub', 'CSGHub access token: ', 'https://hub.opencsg.com');
// `--help` lists the commands in the order they are registered.
for (const group of [
  me,
  repositories,
  mine,
  verbFirst,
  status,
  chat,
  deploys,
  finetune,
  orgs,
  collections,
  billing,
])
  group.register(program, context);

process.exitCode = await runCli(program);
