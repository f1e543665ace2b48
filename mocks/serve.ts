/** `npm run mock`: the mock servers alone. */
import { run } from './runner.js';

await run({ docs: false, argv: process.argv.slice(2) });
