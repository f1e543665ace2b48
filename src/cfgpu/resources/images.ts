import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/options.js';
import { APIResource } from '../../internal/resource.js';
import { listPrivateImages, listSystemImages } from '../../../generated/cfgpu.operations.js';
import type { ImageTreeNode, PrivateImage } from '../../../generated/cfgpu.types.js';
import { flattenImageTree, type FlatImage } from '../image-tree.js';
import type { ImageListParams } from '../types.js';
import { orEmpty } from '../../internal/payload.js';

/** An image from {@link Images.listAll}, tagged with the list it came from. */
export interface ListedImage extends FlatImage {
  source: 'private' | 'system';
}

/** Machine images: the user's private images and the platform's system image tree. */
export class Images extends APIResource {
  /** Lists the custom images saved by the user. */
  listPrivate(params: ImageListParams = {}, options?: RequestOptions): APIPromise<PrivateImage[]> {
    return this.transport.request(
      listPrivateImages,
      { params: { query: params } },
      options,
      orEmpty<PrivateImage>,
    );
  }

  /** Lists the platform's images as a tree; see `flattenImageTree()` for a flat list. */
  listSystem(params: ImageListParams = {}, options?: RequestOptions): APIPromise<ImageTreeNode[]> {
    return this.transport.request(
      listSystemImages,
      { params: { query: params } },
      options,
      orEmpty<ImageTreeNode>,
    );
  }

  /** Private and system images as one flat list (private first), fetched in parallel. */
  async listAll(params: ImageListParams = {}, options?: RequestOptions): Promise<ListedImage[]> {
    const [mine, system] = await Promise.all([
      this.listPrivate(params, options),
      this.listSystem(params, options),
    ]);
    return [
      ...flattenImageTree(mine).map((image) => ({ ...image, source: 'private' as const })),
      ...flattenImageTree(system).map((image) => ({ ...image, source: 'system' as const })),
    ];
  }
}
