import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../../tooling/apis.js';
import { structsFromSources, type GoStructTable } from '../../scripts/go-fields.js';
import { checkRequiredFields } from '../../scripts/lib/required-fields.js';

const SPEC = path.join(ROOT, 'specs', 'csghub');
const table = JSON.parse(
  await readFile(path.join(SPEC, 'go-structs.json'), 'utf8'),
) as GoStructTable;

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A copy of the CSGHub spec with some schema files rewritten, checked as the test checks. */
async function checkEdited(edits: Record<string, (text: string) => string>) {
  const dir = await mkdtemp(path.join(tmpdir(), 'csgkit-required-'));
  dirs.push(dir);
  await cp(SPEC, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const target = path.join(dir, 'components', 'schemas', file);
    const before = await readFile(target, 'utf8');
    const after = edit(before);
    expect(after, `the edit of ${file} changes it`).not.toBe(before);
    await writeFile(target, after);
  }
  return checkRequiredFields(dir, table);
}

describe('CSGHub response schemas and the Go structs they mirror', () => {
  it('records the upstream commit the table was made from', () => {
    expect(table.source.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(table.source.repository).toBe('https://github.com/OpenCSGs/csghub-server');
  });

  it('require every field the server always sends, and name a struct (or none) everywhere', async () => {
    expect(await checkRequiredFields(SPEC, table)).toEqual([]);
  });

  it('mirror the structs users read most, with the fields they read required', () => {
    const always = (struct: string) =>
      (table.structs[struct] ?? []).filter((f) => !f.omitempty).map((f) => f.json);
    expect(always('types.Model')).toEqual(
      expect.arrayContaining(['path', 'name', 'downloads', 'created_at']),
    );
    expect(always('types.Collection')).toEqual(expect.arrayContaining(['id', 'name']));
  });

  it('catch a field the struct always sends that the schema leaves optional', async () => {
    const findings = await checkEdited({
      'Collection.yaml': (text) => text.replace(/^ {2}- created_at\n/m, ''),
    });
    expect(findings).toEqual([
      {
        kind: 'optional',
        where: 'components/schemas/Collection.yaml#',
        detail: 'types.Collection always sends created_at, but it is not required',
      },
    ]);
  });

  it('catch it through allOf too (Model = RepoCommon + its own fields)', async () => {
    const findings = await checkEdited({
      'Model.yaml': (text) => text.replace(/^ {2}- downloads\n/m, ''),
    });
    expect(findings.map((f) => f.detail)).toEqual([
      'types.Model always sends downloads, but it is not required',
    ]);
  });

  it('catch an object schema in a 2xx answer that names no struct', async () => {
    const findings = await checkEdited({
      'CollectionRepo.yaml': (text) => text.replace(/^x-go-struct: .*\n/m, ''),
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      kind: 'unannotated',
      where: 'components/schemas/CollectionRepo.yaml#',
    });
  });

  it('catch a struct the table does not hold, and `none` without a reason', async () => {
    const findings = await checkEdited({
      'Collection.yaml': (text) =>
        text.replace('x-go-struct: types.Collection', 'x-go-struct: types.Colection'),
      'CollectionPage.yaml': (text) => text.replace(/^x-go-struct-reason: .*\n/m, ''),
    });
    expect(findings.map((f) => [f.kind, f.where])).toEqual(
      expect.arrayContaining([
        ['unknown-struct', 'components/schemas/Collection.yaml#'],
        ['unannotated', 'components/schemas/CollectionPage.yaml#'],
      ]),
    );
    expect(findings).toHaveLength(2);
  });
});

describe('scripts/go-fields.ts reading Go structs', () => {
  const structs = structsFromSources([
    {
      pkg: 'types',
      source: `package types

type Base struct {
	ID        int64     \`json:"id"\`
	CreatedAt time.Time \`json:"created_at"\`
	Hidden    string    \`json:"-"\`
	secret    string
}

type (
	Model struct {
		Base
		*Extra
		Name, Nickname string
		Path     string            \`json:"path,omitempty"\` // a comment with \`json:"x"\`
		User     *User             \`json:"user"\`
		Owner    User              \`json:"owner,omitempty"\`
		Bare     int
		Sandbox  struct {
			Timeout int64 \`json:"timeout,omitempty"\`
		} \`json:"Sandbox"\`
		Labels   map[string]string \`json:"labels" binding:"max=5"\`
	}
	Extra struct {
		ID    int64  \`json:"id,omitempty"\`
		Score float64 \`json:"score"\`
	}
)
`,
    },
  ]);
  const fields = (name: string) =>
    (structs[name] ?? []).map((f) => `${f.json}${f.omitempty ? '?' : ''}`);

  it('reads json names and omitempty, skips json:"-" and unexported fields', () => {
    expect(fields('types.Base')).toEqual(['id', 'created_at']);
  });

  it('promotes embedded fields after the outer ones, the first embedding winning', () => {
    expect(fields('types.Model')).toEqual([
      'Name',
      'Nickname',
      'path?',
      'user',
      'owner?',
      'Bare',
      'Sandbox',
      'labels',
      'id',
      'created_at',
      'score',
    ]);
  });

  it('keeps pointer types visible, and anonymous structs as <Outer>.<Field>', () => {
    expect(structs['types.Model']?.find((f) => f.json === 'user')?.type).toBe('*User');
    expect(fields('types.Model.Sandbox')).toEqual(['timeout?']);
  });
});
