/** `npm start`: the mock servers and the docs site. */
import { run } from '../mocks/runner.js';

await run({ docs: true, argv: process.argv.slice(2) });
