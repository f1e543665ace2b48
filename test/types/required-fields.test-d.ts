import { describe, expectTypeOf, it } from 'vitest';
import type { Collection, CollectionRepo, Model } from '../../src/csghub/index.js';
import { CSGHub } from '../../src/csghub/index.js';

declare const csghub: CSGHub;

/** What a promise (or an API promise) resolves to. */
type Resolved<P> = P extends PromiseLike<infer T> ? T : never;

type GotModel = Resolved<ReturnType<CSGHub['models']['get']>>;
type ListedModel = Resolved<ReturnType<CSGHub['models']['list']>>['items'][number];
type GotCollection = Resolved<ReturnType<CSGHub['collections']['get']>>;

describe('CSGHub fields the server always sends are not optional', () => {
  it('a model read with models.get()', async () => {
    const model = await csghub.models.get({ namespace: 'OpenCSG', name: 'csg-wukong-1B' });
    expectTypeOf(model.path).toEqualTypeOf<string>();
    expectTypeOf(model.name).toEqualTypeOf<string>();
    expectTypeOf(model.id).toEqualTypeOf<number>();
    expectTypeOf(model.downloads).toEqualTypeOf<number>();
    expectTypeOf(model.created_at).toEqualTypeOf<string>();
    expectTypeOf<GotModel>().toEqualTypeOf<Model>();
  });

  it('a model listed with models.list()', () => {
    expectTypeOf<ListedModel['path']>().toEqualTypeOf<string>();
    expectTypeOf<ListedModel['id']>().toEqualTypeOf<number>();
    expectTypeOf<ListedModel['downloads']>().toEqualTypeOf<number>();
    expectTypeOf<ListedModel['created_at']>().toEqualTypeOf<string>();
  });

  it('a collection read with collections.get(), and its repositories', async () => {
    const collection = await csghub.collections.get(27);
    expectTypeOf(collection.id).toEqualTypeOf<number>();
    expectTypeOf(collection.name).toEqualTypeOf<string>();
    expectTypeOf(collection.created_at).toEqualTypeOf<string>();
    expectTypeOf<GotCollection>().toEqualTypeOf<Collection>();
    expectTypeOf<CollectionRepo['path']>().toEqualTypeOf<string>();
  });

  it('while fields the server may leave out stay optional', () => {
    // types.Model sends `user` with omitempty: a list answer leaves it out.
    expectTypeOf<Model>().toHaveProperty('user');
    expectTypeOf<Pick<Model, 'user'>>().toEqualTypeOf<Partial<Pick<Model, 'user'>>>();
  });
});
