#!/usr/bin/env node
/**
 * `cfgpu`: regions, GPUs, images and instances of the CFGPU cloud from the terminal.
 * Token: `--token`, `CFGPU_API_TOKEN`, or `cfgpu login`; address: `--base-url`,
 * `CFGPU_BASE_URL`, or the config file.
 */
import { Command } from 'commander';
import type { CFGPU } from '../../src/cfgpu/index.js';
import { addLogin, cliContext, runCli, withGlobalFlags } from '../common.js';
import * as catalog from './catalog.js';
import * as instances from './instances.js';

const program = withGlobalFlags(new Command('cfgpu'), 'cfgpu')
  .description('CFGPU GPU cloud: regions, GPUs, images and instances.')
  .addHelpText(
    'after',
    `
Examples:
  cfgpu regions
  cfgpu instances list --status RUNNING
  cfgpu instances create --region hz --gpu 4090 --gpus 1 --image img-123 --wait
  cfgpu instances release ins-abc --yes
  cfgpu --base-url http://127.0.0.1:4011 gpus --json`,
  );

const context = cliContext<CFGPU>(program, 'cfgpu', async (settings) => {
  const [{ CFGPU }, { nodeFetch }] = await Promise.all([
    import('../../src/cfgpu/index.js'),
    import('../../node/index.js'),
  ]);
  return new CFGPU({ fetch: nodeFetch, ...settings });
});

addLogin(program, 'cfgpu', 'CFGPU API token: ', 'https://api.cfgpu.com');
// `--help` lists the commands in the order they are registered.
for (const group of [catalog, instances]) group.register(program, context);

process.exitCode = await runCli(program);
