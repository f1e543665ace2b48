/** `csghub balance` and `csghub bills`: the token user's account, on hubs with billing. */
import type { Command } from 'commander';
import type { CSGHub } from '../../src/csghub/index.js';
import { positiveInt, type CliContext } from '../common.js';

/** Cents (分) of CNY as yuan, e.g. `¥128.51`. */
const yuan = (cents: number | undefined) => `¥${((cents ?? 0) / 100).toFixed(2)}`;

export function register(
  program: Command,
  { client, flags, requestOptions, output }: CliContext<CSGHub>,
): void {
  program
    .command('balance')
    .description('your account balance (hubs with the billing module)')
    .addHelpText('after', '\nExamples:\n  csghub balance\n  csghub balance --json')
    .action(async () => {
      const csghub = await client();
      const me = await csghub.me(requestOptions());
      const balance = await csghub.accounting.balance.get(me.uuid ?? '', requestOptions());
      if (flags().json) {
        output.json(balance);
        return;
      }
      output.say(`balance  ${yuan(balance.balance)}`);
    });

  program
    .command('bills')
    .description('what each instance cost over a range of days (hubs with the billing module)')
    .requiredOption('--from <date>', 'first day, YYYY-MM-DD')
    .requiredOption('--to <date>', 'last day, YYYY-MM-DD')
    .option(
      '--scene <n>',
      'what was billed: 10 inference, 11 spaces, 12 fine-tuning, …',
      positiveInt('--scene'),
      10,
    )
    .addHelpText('after', '\nExample:\n  csghub bills --from 2026-11-01 --to 2026-11-30')
    .action(async (options: { from: string; to: string; scene: number }) => {
      const csghub = await client();
      const me = await csghub.me(requestOptions());
      const page = await csghub.accounting.bills.list(
        me.uuid ?? '',
        { scene: options.scene as 10, start_date: options.from, end_date: options.to },
        requestOptions(),
      );
      if (flags().json) {
        output.json(page.items);
        return;
      }
      await output.table(page.items, [
        { header: 'INSTANCE', value: (b) => b.instance_name },
        { header: 'REPOSITORY', value: (b) => b.repo_path },
        { header: 'COST', value: (b) => yuan(-b.value) },
      ]);
      output.say(`total  ${yuan(-(page.summary.total_value ?? 0))}`);
    });
}
