/**
 * The mock answers every file route from one list of a branch's entries; the list is built once
 * per commit and looked up by path. A commit must show at once, on its branch only.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { entryAt, repoEntries, type RepoKey } from '../../../mocks/content/files.js';
import { WriteStore } from '../../../mocks/content/store.js';

const key: RepoKey = { kind: 'models', namespace: 'OpenCSG', name: 'csg-wukong-1B' };
const generated = repoEntries(key, 1024);
const text = (value: string) => ({ type: 'file' as const, text: Buffer.from(value) });

describe('a branch’s entries', () => {
  const stores: WriteStore[] = [];
  const newStore = () => {
    const store = new WriteStore();
    stores.push(store);
    return store;
  };
  afterEach(() => {
    for (const store of stores.splice(0)) store.close();
  });

  it('are the generated ones, the same list each time, until something is written', () => {
    expect(repoEntries(key, 1024)).toBe(generated);
    expect(Object.isFrozen(generated)).toBe(true);
    expect(newStore().entries(key, 'main', generated)).toBe(generated);
    expect(entryAt(generated, 'tokenizer')).toEqual({ type: 'dir', path: 'tokenizer' });
    expect(entryAt(generated, 'tokenizer/vocab.txt')?.type).toBe('file');
    expect(entryAt(generated, 'missing.txt')).toBeUndefined();
  });

  it('show each commit at once, with its folders, and only on its branch', () => {
    const store = newStore();
    store.commit(
      key,
      'main',
      [{ path: 'data/a/one.txt', action: 'create', file: text('1') }],
      generated,
    );
    const first = store.entries(key, 'main', generated);
    expect(store.entries(key, undefined, generated)).toBe(first);
    expect(entryAt(first, 'data/a/one.txt')).toMatchObject({
      type: 'file',
      text: Buffer.from('1'),
    });
    expect(entryAt(first, 'data/a')?.type).toBe('dir');
    expect(entryAt(first, 'data')?.type).toBe('dir');

    store.commit(
      key,
      'main',
      [
        { path: 'data/a/one.txt', action: 'update', file: text('2') },
        { path: 'README.md', action: 'delete' },
      ],
      generated,
    );
    const second = store.entries(key, 'main', generated);
    expect(second).not.toBe(first);
    expect(entryAt(second, 'data/a/one.txt')).toMatchObject({ text: Buffer.from('2') });
    expect(entryAt(second, 'README.md')).toBeUndefined();
    expect(second.map((e) => e.path)).toEqual([...second.map((e) => e.path)].sort());

    store.commit(key, 'dev', [{ path: 'dev.txt', action: 'create', file: text('d') }], generated, {
      from: 'main',
    });
    expect(entryAt(store.entries(key, 'dev', generated), 'data/a/one.txt')).toBeDefined();
    expect(entryAt(store.entries(key, 'dev', generated), 'dev.txt')).toBeDefined();
    expect(entryAt(store.entries(key, 'main', generated), 'dev.txt')).toBeUndefined();
    expect(store.entries(key, 'main', generated)).toBe(second);

    store.reset();
    expect(store.entries(key, 'main', generated)).toBe(generated);
  });
});
