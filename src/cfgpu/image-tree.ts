import type { ImageTreeNode, PrivateImage } from '../../generated/cfgpu.types.js';

/** An image from either list, with where it sits in the tree. */
export interface FlatImage {
  /** Image code, used as `imageId`. */
  code: string;
  /** The leaf's own label (for system images, the CUDA version). */
  name: string;
  /** Labels from the root to the leaf, e.g. `['Tensorflow', '2.15.0', '3.11(ubuntu20.04)', '12.2']`. */
  path: string[];
  /**
   * The name CFGPU shows for an instance's image, e.g.
   * `Tensorflow 版本:2.15.0 Python 版本:3.11(ubuntu20.04) Cuda 版本:12.2`.
   */
  displayName: string;
  /** Smallest system disk the image needs, in GB; 0 when the default disk fits. */
  sysDiskLimitMinSize: number;
}

/**
 * Flattens the nested system image list (or the flat private list) into one entry per image,
 * in tree order. Inner nodes without a `code` are not images and are left out.
 */
export function flattenImageTree(nodes: readonly (ImageTreeNode | PrivateImage)[]): FlatImage[] {
  const out: FlatImage[] = [];
  const walk = (
    list: readonly (ImageTreeNode | PrivateImage)[],
    path: string[],
    display: string,
    levelName: string | undefined,
  ) => {
    for (const node of list) {
      const nodePath = [...path, node.name];
      const nodeDisplay =
        display === '' ? node.name : `${display} ${levelName ? `${levelName}:` : ''}${node.name}`;
      if (node.code !== undefined && node.code !== '') {
        out.push({
          code: node.code,
          name: node.name,
          path: nodePath,
          displayName: nodeDisplay,
          sysDiskLimitMinSize: node.sysDiskLimitMinSize ?? 0,
        });
      }
      const children = 'children' in node ? node.children : undefined;
      if (children && children.length > 0) {
        walk(
          children,
          nodePath,
          nodeDisplay,
          'childrenName' in node ? node.childrenName : undefined,
        );
      }
    }
  };
  walk(nodes, [], '', undefined);
  return out;
}
