import { describe, expect, it } from 'vitest';
import { flattenImageTree, type ImageTreeNode } from '../../../src/cfgpu/index.js';
import { cfgpuWith } from '../../helpers/cfgpu.js';
import { ok } from '../../helpers/fake-fetch.js';

const tree: ImageTreeNode[] = [
  {
    name: 'Tensorflow',
    childrenName: '版本',
    children: [
      {
        name: '2.15.0',
        childrenName: 'Python 版本',
        children: [
          {
            name: '3.11(ubuntu20.04)',
            childrenName: 'Cuda 版本',
            children: [
              { name: '12.2', code: 'image_exc6f72b', sysDiskLimitMinSize: 0 },
              { name: '12.4', code: 'image_tf124', sysDiskLimitMinSize: 40 },
            ],
          },
        ],
      },
    ],
  },
  { name: 'Empty framework', childrenName: '版本', children: [] },
  { name: 'Bare image', code: 'image_bare' },
];

describe('flattenImageTree()', () => {
  it('lists every leaf with its path and CFGPU display name', () => {
    expect(flattenImageTree(tree)).toEqual([
      {
        code: 'image_exc6f72b',
        name: '12.2',
        path: ['Tensorflow', '2.15.0', '3.11(ubuntu20.04)', '12.2'],
        displayName: 'Tensorflow 版本:2.15.0 Python 版本:3.11(ubuntu20.04) Cuda 版本:12.2',
        sysDiskLimitMinSize: 0,
      },
      {
        code: 'image_tf124',
        name: '12.4',
        path: ['Tensorflow', '2.15.0', '3.11(ubuntu20.04)', '12.4'],
        displayName: 'Tensorflow 版本:2.15.0 Python 版本:3.11(ubuntu20.04) Cuda 版本:12.4',
        sysDiskLimitMinSize: 40,
      },
      {
        code: 'image_bare',
        name: 'Bare image',
        path: ['Bare image'],
        displayName: 'Bare image',
        sysDiskLimitMinSize: 0,
      },
    ]);
  });

  it('passes the flat private list through', () => {
    expect(flattenImageTree([{ code: 'image_p', name: 'Mine' }])).toEqual([
      {
        code: 'image_p',
        name: 'Mine',
        path: ['Mine'],
        displayName: 'Mine',
        sysDiskLimitMinSize: 0,
      },
    ]);
  });

  it('handles an empty list', () => {
    expect(flattenImageTree([])).toEqual([]);
  });
});

describe('images.listAll()', () => {
  it('fetches both lists with the same filter and tags each image', async () => {
    const { cfgpu, seen } = cfgpuWith((request) =>
      new URL(request.url).pathname.endsWith('/privateList')
        ? ok([{ code: 'image_p', name: 'Mine' }])
        : ok(tree),
    );
    const images = await cfgpu.images.listAll({ adaptType: 'CONTAINER' });
    expect(images.map((i) => [i.source, i.code])).toEqual([
      ['private', 'image_p'],
      ['system', 'image_exc6f72b'],
      ['system', 'image_tf124'],
      ['system', 'image_bare'],
    ]);
    expect(seen.map((s) => s.url.pathname + s.url.search).sort()).toEqual([
      '/userapi/v1/image/privateList?adaptType=CONTAINER',
      '/userapi/v1/image/systemList?adaptType=CONTAINER',
    ]);
  });
});
