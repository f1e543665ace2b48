import type { AdaptType } from '../../generated/cfgpu.types.js';

/** Filters of the image lists. */
export interface ImageListParams {
  /** Only images for this kind of machine. */
  adaptType?: AdaptType | undefined;
}
