import type { components } from '../../generated/cfgpu.js';

type Schemas = components['schemas'];

/** A data-centre region. */
export type Region = Schemas['Region'];
/** A GPU model that can be rented. */
export type Gpu = Schemas['Gpu'];
/** `CONTAINER` or `VM`: the kind of machine an image is built for. */
export type AdaptType = Schemas['AdaptType'];
/** A custom image saved by the user. */
export type PrivateImage = Schemas['PrivateImage'];
/** One node of the system image tree; leaves carry the image `code`. */
export type ImageTreeNode = Schemas['ImageTreeNode'];
/** Billing plan: `Usage`, `Day`, `Week` or `Month`. */
export type PriceType = Schemas['PriceType'];
/** Lifecycle state of an instance. */
export type InstanceStatusCode = Schemas['InstanceStatusCode'];
/** The lifecycle state of one instance. */
export type InstanceStatus = Schemas['InstanceStatus'];
/** An instance as shown in the instance list. */
export type Instance = Schemas['Instance'];
/** What to rent; see `instances.create()`. */
export type InstanceCreateParams = Schemas['InstanceCreateRequest'];
/** The instance that was created. */
export type InstanceCreateResult = Schemas['InstanceCreateResult'];
/** Filters and page of the instance list; see `instances.list()`. */
export type InstanceListParams = Schemas['InstancePageRequest'];
/** The image to switch a stopped instance to. */
export type InstanceChangeImageParams = Schemas['ChangeImageRequest'];

/** Filters of the image lists. */
export interface ImageListParams {
  /** Only images for this kind of machine. */
  adaptType?: AdaptType | undefined;
}
