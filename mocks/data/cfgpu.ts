/**
 * The CFGPU mock's dataset: instances across the regions, GPU types and images the spec's
 * examples name, in every state an instance can be in, made from a seed alone. Each record holds
 * the fields it sets; the store lays it over the spec's example instance.
 */
import { INSTANCE_STATUS_CODES, type InstanceStatusCode } from '../../src/cfgpu/index.js';
import { DAY_MS, EPOCH, random } from './random.js';

/** How many instances the dataset holds. */
export const INSTANCE_COUNT = 30;

export interface InstanceRecord extends Record<string, unknown> {
  instanceId: string;
  statusCode: InstanceStatusCode;
  createTime: number;
}

const PURPOSES = ['AI-Training', '推理服务', 'Fine-tune', '数据处理', 'Notebook', 'Benchmark'];

/** Code → display name tables, read from the spec's examples by the store. */
export interface Catalogue {
  regions: Map<string, string>;
  gpus: Map<string, string>;
  images: Map<string, string>;
}

/** Instances oldest first; every state appears, the rest are mostly running or closed. */
export function generateInstances(seed: number, catalogue: Catalogue): InstanceRecord[] {
  const rand = random(seed + 0x5eed);
  const regions = [...catalogue.regions.keys()];
  const gpus = [...catalogue.gpus.keys()];
  const images = [...catalogue.images.keys()];
  const records: InstanceRecord[] = [];
  for (let i = 0; i < INSTANCE_COUNT; i++) {
    const state =
      INSTANCE_STATUS_CODES[i] ??
      rand.pick<InstanceStatusCode>(['RUNNING', 'RUNNING', 'CLOSED', 'RELEASED']);
    const regionCode = rand.pick(regions);
    const gpuType = rand.pick(gpus);
    const imageId = rand.pick(images);
    const prepaid = rand.next() < 0.4;
    const createTime = EPOCH - rand.int(1, 120) * DAY_MS - rand.int(0, DAY_MS);
    const gpuName = catalogue.gpus.get(gpuType) ?? gpuType;
    records.push({
      instanceId: `instance-${rand.id(8)}`,
      instanceName: `${rand.pick(PURPOSES)}-${String(i + 1).padStart(2, '0')}-${gpuName.replace(/\s+/g, '')}`,
      regionCode,
      region: catalogue.regions.get(regionCode) ?? regionCode,
      statusCode: state,
      gpuType,
      gpuName,
      gpus: rand.pick([1, 1, 2, 4, 8]),
      imageId,
      imageName: catalogue.images.get(imageId) ?? imageId,
      createTime,
      consumeTypeCode: prepaid ? 'Prepaid' : 'Usage',
      consumeType: prepaid ? '预付费' : '按量计费',
      expireTime: createTime + 30 * DAY_MS,
      ...(state === 'CLOSED' || state === 'RELEASED'
        ? { stopTime: createTime + rand.int(1, 20) * DAY_MS }
        : {}),
    });
  }
  return records.sort((a, b) => a.createTime - b.createTime);
}
