/** The curl sample of an operation: its method, URL, auth header and body from the spec. */
import { requiredQuery, urlOf, type OperationFacts, type SampleSetup } from './sample-facts.js';

/** Single-quoted for a POSIX shell. */
const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

export function curlSample(setup: SampleSetup, facts: OperationFacts): string {
  const parts = [
    `curl${facts.method === 'GET' ? '' : ` -X ${facts.method}`} ${shellQuote(urlOf(setup, facts, requiredQuery(facts)))}`,
  ];
  // Double quotes: the shell expands the token variable.
  if (facts.authenticated) parts.push(`-H "Authorization: ${setup.authPrefix}$${setup.tokenEnv}"`);
  if (facts.body !== undefined) {
    const compact = JSON.stringify(facts.body);
    const json = compact.length <= 60 ? compact : JSON.stringify(facts.body, null, 2);
    parts.push(`-H 'Content-Type: application/json'`, `-d ${shellQuote(json)}`);
  }
  return `${parts.join(' \\\n  ')}\n`;
}
