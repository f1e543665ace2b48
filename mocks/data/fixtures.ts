/**
 * Fixtures for `--seed <file>`: records that extend or replace the generated ones.
 *
 * ```json
 * {
 *   "csghub": {
 *     "replace": false,
 *     "models": [{ "path": "acme/demo", "nickname": "演示模型", "downloads": 42 }]
 *   },
 *   "cfgpu": { "instances": [{ "instanceId": "instance-demo0001", "statusCode": "RUNNING" }] }
 * }
 * ```
 *
 * A record whose key matches a generated one changes the fields it names; any other is added.
 * The keys: CSGHub `path` (models, datasets, spaces, codes, mcps, organizations), `username`
 * (users), `name` (collections, whose `repositories` are `{ kind, path, remark }`); CFGPU
 * `instanceId` (instances). With `"replace": true` an API's generated records of the kinds the
 * file lists are dropped first.
 */

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export interface ApiFixtures {
  replace: boolean;
  /** Records by kind (`models`, `instances`…), each with its key field. */
  kinds: Record<string, Record<string, unknown>[]>;
}

export type Fixtures = Record<string, ApiFixtures>;

/** Per API, its tables and the key field of each. */
const KINDS: Record<string, Record<string, string>> = {
  csghub: {
    models: 'path',
    datasets: 'path',
    spaces: 'path',
    codes: 'path',
    mcps: 'path',
    users: 'username',
    organizations: 'path',
    collections: 'name',
  },
  cfgpu: { instances: 'instanceId' },
};

/** Reads a fixtures file's JSON text; a wrong shape is an error naming where. */
export function parseFixtures(text: string, source: string): Fixtures {
  const fail = (what: string): never => {
    throw new Error(`${source}: ${what}`);
  };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    fail(`not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isObject(data)) return fail('expected an object with "csghub" and/or "cfgpu"');
  const fixtures: Fixtures = {};
  for (const [api, value] of Object.entries(data)) {
    const known = KINDS[api];
    if (!known) return fail(`unknown API "${api}" (expected csghub or cfgpu)`);
    if (!isObject(value)) return fail(`"${api}" must be an object`);
    const entry: ApiFixtures = { replace: value['replace'] === true, kinds: {} };
    for (const [kind, records] of Object.entries(value)) {
      if (kind === 'replace') continue;
      const key = known[kind];
      if (key === undefined) {
        return fail(`"${api}.${kind}" is not one of ${Object.keys(known).join(', ')}`);
      }
      if (!Array.isArray(records)) return fail(`"${api}.${kind}" must be an array`);
      entry.kinds[kind] = records.map((record, i) => {
        if (!isObject(record) || typeof record[key] !== 'string' || !record[key]) {
          return fail(`"${api}.${kind}[${String(i)}]" needs a string "${key}"`);
        }
        return record;
      });
    }
    fixtures[api] = entry;
  }
  return fixtures;
}

/**
 * `generated` with `fixtures` applied: matching records changed, new ones added (after the
 * generated, in file order), or only the fixtures when `replace` is set.
 */
export function applyFixtures(
  generated: readonly Record<string, unknown>[],
  fixtures: readonly Record<string, unknown>[] | undefined,
  key: string,
  replace: boolean,
): Record<string, unknown>[] {
  if (!fixtures) return generated.map((r) => structuredClone(r));
  const result: Record<string, unknown>[] = replace ? [] : generated.map((r) => structuredClone(r));
  const byKey = new Map(result.map((r, i) => [r[key], i]));
  for (const fixture of fixtures) {
    const at = byKey.get(fixture[key]);
    if (at === undefined) {
      byKey.set(fixture[key], result.length);
      result.push(structuredClone(fixture));
    } else {
      result[at] = { ...result[at], ...structuredClone(fixture) };
    }
  }
  return result;
}
