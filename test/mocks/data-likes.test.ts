/**
 * Likes on the data-backed CSGHub mock, through the public client: a like counts on the
 * repository or collection, shows as `user_likes` to the token's user, and lists in their liked
 * lists until it is taken back; refusals are the hub's. Every answer is checked against the spec.
 */
import { describe, expect, it } from 'vitest';
import { CURRENT_USER } from '../../mocks/data/csghub-people.js';
import { InternalServerError } from '../../src/csghub/index.js';
import { dataBackedCsghub } from '../helpers/data-mock.js';

const mock = dataBackedCsghub({ resetEach: true });
const { client, anonymous } = mock;

describe('liking repositories', () => {
  it('counts a like once, shows it to the token user, lists it, and takes it back', async () => {
    const hub = client();
    const [model] = (await hub.models.list({ per: 1 })).items;
    const path = model?.path ?? '';
    const before = await hub.models.get(path);
    expect(before.user_likes).toBe(false);

    await hub.users.likes.add(CURRENT_USER, before.repository_id);
    await hub.users.likes.add(CURRENT_USER, before.repository_id);
    const after = await hub.models.get(path);
    expect([after.likes, after.user_likes]).toEqual([before.likes + 1, true]);
    expect((await anonymous().models.get(path)).user_likes).toBe(false);
    const liked = await hub.users.likes.listModels(CURRENT_USER);
    expect([liked.total, liked.items.map((m) => m.path)]).toEqual([1, [path]]);
    expect(liked.items[0]?.likes).toBe(before.likes + 1);

    await hub.users.likes.remove(CURRENT_USER, before.repository_id);
    await hub.users.likes.remove(CURRENT_USER, before.repository_id);
    const undone = await hub.models.get(path);
    expect([undone.likes, undone.user_likes]).toEqual([before.likes, false]);
    const none = await hub.users.likes.listModels(CURRENT_USER);
    expect([none.total, none.items]).toEqual([0, []]);
  });

  it('keeps each kind in its own list, newest repository first', async () => {
    const hub = client();
    const datasets = (await hub.datasets.list({ per: 2 })).items;
    const [mcp] = (await hub.mcps.list({ per: 1 })).items;
    for (const d of datasets) await hub.users.likes.add(CURRENT_USER, d.repository_id);
    await hub.users.likes.add(CURRENT_USER, mcp?.repository_id ?? 0);
    const likedDatasets = await hub.users.likes.listDatasets(CURRENT_USER);
    // The list's own order is newest first, as the liked list's.
    expect(likedDatasets.items.map((d) => d.path)).toEqual(datasets.map((d) => d.path));
    expect((await hub.users.likes.listMcpServers(CURRENT_USER)).items.map((m) => m.path)).toEqual([
      mcp?.path,
    ]);
    expect((await hub.users.likes.listModels(CURRENT_USER)).items).toEqual([]);
  });

  it('refuses an unknown repository with the hub’s 500, and forgets likes on reset', async () => {
    const hub = client();
    const refusal = await hub.users.likes.add(CURRENT_USER, 987_654_321).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(InternalServerError);
    expect((refusal as Error).message).toContain('do not found likes repositories visiable');
    await expect(hub.users.likes.remove(CURRENT_USER, 987_654_321)).resolves.toBeUndefined();

    const [space] = (await hub.spaces.list({ per: 1 })).items;
    await hub.users.likes.add(CURRENT_USER, space?.repository_id ?? 0);
    expect((await hub.users.likes.listSpaces(CURRENT_USER)).total).toBe(1);
    await mock.reset();
    expect((await hub.users.likes.listSpaces(CURRENT_USER)).total).toBe(0);
  });
});

describe('liking collections', () => {
  it('counts a like once, shows it, lists it, and takes it back', async () => {
    const hub = client();
    const [collection] = (await hub.collections.list({ per: 1 })).items;
    const id = collection?.id ?? 0;
    const before = await hub.collections.get(id);
    expect(before.user_likes).toBe(false);

    await hub.users.likes.addCollection(CURRENT_USER, id);
    await hub.users.likes.addCollection(CURRENT_USER, id);
    const after = await hub.collections.get(id);
    expect([after.likes, after.user_likes]).toEqual([before.likes + 1, true]);
    const liked = await hub.users.likes.listCollections(CURRENT_USER);
    expect([liked.total, liked.items.map((c) => c.id)]).toEqual([1, [id]]);

    await hub.users.likes.removeCollection(CURRENT_USER, id);
    expect((await hub.collections.get(id)).likes).toBe(before.likes);
    expect((await hub.users.likes.listCollections(CURRENT_USER)).total).toBe(0);

    const refusal = await hub.users.likes.addCollection(CURRENT_USER, 999_999).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(InternalServerError);
    expect((refusal as Error).message).toContain('failed to get likes collection by id');
  });
});
