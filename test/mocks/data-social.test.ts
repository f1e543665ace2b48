/**
 * The data-backed CSGHub mock's people, community and billing records (users, organizations,
 * collections, discussions, accounts) through the public client, against a mock that turns any
 * response violation into an error; the recorder also fails a test on any `sl-violations`.
 */
import { describe, expect, it } from 'vitest';
import { RESET_PATH, STATE_PATH } from '../../mocks/config.js';
import { generateRepositories, NAMESPACES } from '../../mocks/data/csghub.js';
import { CURRENT_USER, generatePeople } from '../../mocks/data/csghub-people.js';
import { generateSocial } from '../../mocks/data/csghub-social.js';
import { InternalServerError, NotFoundError } from '../../src/csghub/index.js';
import { dataBackedCsghub } from '../helpers/data-mock.js';

const mock = dataBackedCsghub();
const { client, anonymous } = mock;

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

const people = generatePeople(1);
const [someone] = people.users.filter((u) => u.username !== CURRENT_USER);

describe('users', () => {
  it('gives the token user their whole profile, with their organizations', async () => {
    const me = await client().me();
    expect(me.username).toBe(CURRENT_USER);
    expect(me.email).toMatch(/@/);
    expect(me.avatar).toMatch(/^https:\/\//);
    expect(me.created_at < '2026-01-01').toBe(true);
    expect(me.orgs?.map((o) => o.path)).toContain('OpenCSG');
  });

  it('reads another user by name (public part), and 404s an unknown one', async () => {
    const user = await client().users.get(someone?.username ?? '');
    expect([user.username, user.nickname, user.avatar]).toEqual([
      someone?.username,
      someone?.nickname,
      someone?.avatar,
    ]);
    const error = await anonymous()
      .users.get('no-such-user-here')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).code).toBe('SYS-ERR-3');
  });

  it('pages a user’s repositories; an unknown user or an organization answers 500', async () => {
    const models = generateRepositories(1).models;
    const ownedBy = (name: string) => models.filter((m) => m.path.startsWith(`${name}/`));
    // The token's user owns some, so "my models" is never empty.
    expect((await client().users.listModels(CURRENT_USER)).total).toBe(
      ownedBy(CURRENT_USER).length,
    );
    expect(ownedBy(CURRENT_USER).length).toBeGreaterThanOrEqual(2);
    const owner = people.users.find((u) => ownedBy(u.username).length > 2)?.username ?? '';
    const theirs = ownedBy(owner);
    const first = await client().users.listModels(owner, { per: 1 });
    expect([first.items.length, first.total]).toEqual([1, theirs.length]);
    const all = await collect(client().users.listModels(owner, { per: 1 }));
    expect(all.map((m) => m.path).sort()).toEqual(theirs.map((m) => m.path).sort());
    for (const name of ['no-such-user-here', 'Qwen']) {
      await expect(client().users.listModels(name)).rejects.toBeInstanceOf(InternalServerError);
    }
  });
});

describe('organizations', () => {
  it('lists every organization owning repositories, paged, and filters', async () => {
    const first = await client().organizations.list({ per: 2 });
    expect(first.items).toHaveLength(2);
    const all = await collect(client().organizations.list({ per: 2 }));
    expect(all.map((o) => o.path).sort()).toEqual([...NAMESPACES].sort());
    expect(first.total).toBe(NAMESPACES.length);
    const schools = await collect(client().organizations.list({ org_type: 'school' }));
    expect(schools.map((o) => o.path)).toEqual(['THUDM']);
    const searched = await client().organizations.list({ search: 'qwen' });
    expect(searched.items.map((o) => o.path)).toEqual(['Qwen']);
  });

  it('reads one, pages its members with roles, and 404s an unknown one', async () => {
    const org = await client().organizations.get('BAAI');
    expect(org.path).toBe('BAAI');
    const expected = people.organizations.find((o) => o.path === 'BAAI')?.members ?? [];
    const members = await collect(client().organizations.members.list('BAAI', { per: 1 }));
    expect(members.map((m) => m.username)).toEqual(expected.map((m) => m.username));
    const page = await client().organizations.members.list('BAAI', { per: 1 });
    expect(page.total).toBe(expected.length);
    const mine = await collect(client().organizations.members.list('OpenCSG'));
    expect(mine.find((m) => m.username === CURRENT_USER)?.role).toMatch(/admin|write|read/);
    await expect(client().organizations.get('no-such-org')).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      client()
        .organizations.members.list('no-such-org')
        .then((p) => p.items),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('organization members', () => {
  it('adds, changes the role of and removes members; reset undoes it', async () => {
    const csghub = client();
    const org = people.organizations.find((o) => o.path === 'acme');
    const outsider = people.users.find((u) => !org?.members.some((m) => m.username === u.username));
    const name = outsider?.username ?? '';
    const names = async () =>
      (await collect(csghub.organizations.members.list('acme'))).map((m) => [m.username, m.role]);
    await csghub.organizations.members.add('acme', { users: name, role: 'read' });
    expect(await names()).toContainEqual([name, 'read']);
    await csghub.organizations.members.changeRole('acme', name, {
      old_role: 'read',
      new_role: 'write',
    });
    expect(await names()).toContainEqual([name, 'write']);
    // The role sent must be the member's for anything to go.
    await csghub.organizations.members.remove('acme', name, { role: 'read' });
    expect(await names()).toContainEqual([name, 'write']);
    await csghub.organizations.members.remove('acme', name, { role: 'write' });
    expect((await names()).map(([username]) => username)).not.toContain(name);
    await expect(
      csghub.organizations.members.add('acme', { users: 'no-such-user-here', role: 'read' }),
    ).rejects.toBeInstanceOf(InternalServerError);
    await csghub.organizations.members.add('acme', { users: name, role: 'read' });
    await fetch(`${mock.url()}${RESET_PATH}`, { method: 'POST' });
    expect((await names()).map(([username]) => username)).toEqual(
      org?.members.map((m) => m.username),
    );
  });
});

describe('collections', () => {
  it('pages, searches and sorts the public collections', async () => {
    const first = await client().collections.list({ per: 3 });
    expect(first.total).toBe(10);
    const all = await collect(client().collections.list({ per: 3 }));
    expect(new Set(all.map((c) => c.id)).size).toBe(10);
    for (const c of all) expect((c.repositories ?? []).length).toBeLessThanOrEqual(3);
    const liked = (await client().collections.list({ sort: 'most_favorite' })).items;
    const likes = liked.map((c) => c.likes);
    expect(likes).toEqual([...likes].sort((a, b) => b - a));
    const name = all[0]?.name ?? '';
    const found = await client().collections.list({ search: name.slice(0, 6) });
    expect(found.items.map((c) => c.name)).toContain(name);
  });

  it('reads one with all its repositories, and 404s an unknown id', async () => {
    const [generated] = generateSocial(1, people, generateRepositories(1)).collections;
    const read = await client().collections.get(generated?.id ?? 0);
    expect(read.name).toBe(generated?.name);
    expect((read.repositories ?? []).map((r) => r.path).sort()).toEqual(
      (generated?.repositories ?? []).map((r) => r.path).sort(),
    );
    await expect(client().collections.get(999_999)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('lists a user’s collections; an unknown user answers 500', async () => {
    const mine = await client().users.listCollections(CURRENT_USER);
    expect(mine.total).toBeGreaterThanOrEqual(1);
    for (const c of mine.items) expect(c.username).toBe(CURRENT_USER);
    await expect(client().users.listCollections('no-such-user-here')).rejects.toBeInstanceOf(
      InternalServerError,
    );
  });

  it('updates every field, and keeps a private one to its owner', async () => {
    const csghub = client();
    const made = await csghub.collections.create({ name: 'secret-set', nickname: 'Secret' });
    const updated = await csghub.collections.update(made.id, { name: 'secret-set', private: true });
    // A field left out becomes empty, as on the hub.
    expect([updated.name, updated.nickname, updated.private]).toEqual(['secret-set', '', true]);
    expect((await csghub.collections.get(made.id)).name).toBe('secret-set');
    await expect(anonymous().collections.get(made.id)).rejects.toBeInstanceOf(InternalServerError);
    expect((await csghub.collections.list({ search: 'secret-set' })).total).toBe(0);
    const own = await collect(csghub.users.listCollections(CURRENT_USER));
    expect(own.map((c) => c.id)).toContain(made.id);
    const seen = await collect(anonymous().users.listCollections(CURRENT_USER));
    expect(seen.map((c) => c.id)).not.toContain(made.id);
    await fetch(`${mock.url()}${RESET_PATH}`, { method: 'POST' });
  });

  it('creates, fills, empties and deletes, with distinct ids; reset undoes it', async () => {
    const csghub = client();
    const one = await csghub.collections.create({ name: 'flow-one', nickname: 'Flow one' });
    const two = await csghub.collections.create({ name: 'flow-two', nickname: 'Flow two' });
    expect(one.id).not.toBe(two.id);
    const [model] = (await csghub.models.list({ per: 1 })).items;
    await csghub.collections.addRepos(one.id, {
      repo_ids: [model?.repository_id ?? 0],
      remarks: { [String(model?.repository_id)]: 'first' },
    });
    const filled = await csghub.collections.get(one.id);
    expect(filled.repositories?.map((r) => [r.path, r.remark])).toEqual([[model?.path, 'first']]);
    await expect(
      csghub.collections.addRepos(one.id, { repo_ids: [model?.repository_id ?? 0] }),
    ).rejects.toBeInstanceOf(InternalServerError);
    // All or none: a list with an unknown id adds nothing.
    const [dataset] = (await csghub.datasets.list({ per: 1 })).items;
    await expect(
      csghub.collections.addRepos(one.id, { repo_ids: [dataset?.repository_id ?? 0, 1] }),
    ).rejects.toBeInstanceOf(InternalServerError);
    expect((await csghub.collections.get(one.id)).repositories).toHaveLength(1);
    await csghub.collections.removeRepos(one.id, { repo_ids: [model?.repository_id ?? 0] });
    expect((await csghub.collections.get(one.id)).repositories ?? []).toEqual([]);
    await csghub.collections.delete(two.id);
    await expect(csghub.collections.get(two.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await csghub.collections.list()).total).toBe(11);
    await fetch(`${mock.url()}${RESET_PATH}`, { method: 'POST' });
    await expect(csghub.collections.get(one.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await csghub.collections.list()).total).toBe(10);
  });
});

describe('discussions', () => {
  const { discussions } = generateSocial(1, people, generateRepositories(1));
  const [first] = discussions;
  const repo = first?.repo_path ?? '';

  it('lists a repository’s discussions, reads one with its comments, pages comments', async () => {
    const onRepo = discussions.filter((d) => d.repo_path === repo);
    const listed = await collect(client().discussions.list('models', repo, { per: 1 }));
    expect(listed.map((d) => d.id).sort()).toEqual(onRepo.map((d) => d.id).sort());
    const detail = await client().discussions.get(first?.id ?? 0);
    expect(detail.title).toBe(first?.title);
    expect(detail.comments?.total).toBe(first?.comments.length);
    const comments = await collect(client().discussions.listComments(first?.id ?? 0, { per: 1 }));
    expect(comments.map((c) => c.id).sort()).toEqual(first?.comments.map((c) => c.id).sort());
    await expect(client().discussions.get(999_999)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      client()
        .discussions.list('models', 'nobody/no-such-model')
        .then((p) => p.items),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('opens, comments, edits and deletes; everything persists', async () => {
    const csghub = client();
    const opened = await csghub.discussions.create('models', repo, { title: 'New question' });
    const comment = await csghub.discussions.createComment(opened.id, { content: 'Details…' });
    expect(comment.commentable_id).toBe(opened.id);
    const detail = await csghub.discussions.get(opened.id);
    expect(detail.comments?.data.map((c) => c.content)).toEqual(['Details…']);
    const listed = await collect(csghub.discussions.list('models', repo));
    expect(listed[0]?.id).toBe(opened.id);
    await csghub.discussions.updateComment(comment.id, { content: 'Edited' });
    const edited = await collect(csghub.discussions.listComments(opened.id));
    expect(edited.map((c) => c.content)).toEqual(['Edited']);
    await csghub.discussions.deleteComment(comment.id);
    expect(await collect(csghub.discussions.listComments(opened.id))).toEqual([]);
    await expect(csghub.discussions.deleteComment(comment.id)).rejects.toBeInstanceOf(
      InternalServerError,
    );
    await csghub.discussions.update(opened.id, { title: 'Renamed question' });
    expect((await csghub.discussions.get(opened.id)).title).toBe('Renamed question');
    await csghub.discussions.delete(opened.id);
    await expect(csghub.discussions.get(opened.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('billing', () => {
  it('bills sum the statements, and the balance is what the recharges leave', async () => {
    const csghub = client();
    const me = await csghub.me();
    const range = { start_date: '2025-09-01', end_date: '2025-12-31' };
    let spent = 0;
    for (const scene of [10, 11, 12] as const) {
      const bills = await csghub.accounting.bills.list(me.uuid ?? '', { scene, ...range, per: 1 });
      const all = await collect(
        csghub.accounting.bills.list(me.uuid ?? '', { scene, ...range, per: 1 }),
      );
      expect(all.length).toBe(bills.total);
      expect(all.reduce((sum, b) => sum + b.value, 0)).toBe(bills.summary.total_value);
      const statements = await collect(
        csghub.accounting.statements.list(me.uuid ?? '', {
          scene,
          start_time: '2025-09-01 00:00:00',
          end_time: '2025-12-31 23:59:59',
          per: 100,
        }),
      );
      expect(statements.reduce((sum, s) => sum + s.value, 0)).toBe(bills.summary.total_value);
      for (const s of statements) expect(s.created_at < '2026-01-01').toBe(true);
      spent += bills.summary.total_value ?? 0;
    }
    expect(spent).toBeLessThan(0);
    const recharged = await collect(
      csghub.accounting.statements.list(me.uuid ?? '', {
        scene: 3,
        start_time: '2025-01-01 00:00:00',
        end_time: '2025-12-31 23:59:59',
      }),
    );
    const cash = recharged.reduce((sum, s) => sum + s.value, 0);
    const balance = await csghub.accounting.balance.get(me.uuid ?? '');
    expect(balance.composition.cash).toBe(cash + spent);
    expect(balance.balance).toBeGreaterThan(0);
  });
});

describe('state and seeds', () => {
  it('dumps the new tables, the same for the same seed, and reset restores them', async () => {
    const state = async () =>
      (await (await fetch(`${mock.url()}${STATE_PATH}`)).json()) as Record<string, unknown[]>;
    await fetch(`${mock.url()}${RESET_PATH}`, { method: 'POST' });
    const initial = await state();
    for (const table of ['users', 'organizations', 'collections', 'discussions', 'statements']) {
      expect(initial[table]?.length).toBeGreaterThan(0);
    }
    expect(initial['users']).toHaveLength(12);
    await client().collections.create({ name: 'made-then-reset' });
    expect(await state()).not.toEqual(initial);
    await fetch(`${mock.url()}${RESET_PATH}`, { method: 'POST' });
    expect(await state()).toEqual(initial);
  });

  it('makes the same people and records from a seed, others from another', () => {
    const make = (seed: number) => {
      const p = generatePeople(seed);
      return { p, s: generateSocial(seed, p, generateRepositories(seed)) };
    };
    expect(make(5)).toEqual(make(5));
    expect(make(5)).not.toEqual(make(6));
    // Every namespace owning a generated repository is a user or an organization.
    const { users, organizations } = generatePeople(5);
    const owners = new Set([...users.map((u) => u.username), ...organizations.map((o) => o.path)]);
    for (const records of Object.values(generateRepositories(5))) {
      for (const record of records) expect(owners).toContain(record.path.split('/')[0]);
    }
  });
});
