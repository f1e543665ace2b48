/** `npm run mock`: the mock servers alone. */
import { run } from './runner.js';

await run(process.argv.slice(2));
