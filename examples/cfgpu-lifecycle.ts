import { CFGPU, CfgpuError, flattenImageTree } from 'csgkit/cfgpu';

const cfgpu = new CFGPU(); // token from CFGPU_API_TOKEN, or pass { token }

// Pick an image from the system image tree.
const images = flattenImageTree(await cfgpu.images.listSystem({ adaptType: 'CONTAINER' }));
const image = images.find((i) => i.displayName.startsWith('PyTorch'));
if (!image) throw new Error('no PyTorch image');

// Create → wait until running → stop → release.
const { instanceId } = await cfgpu.instances.create({
  priceType: 'Usage',
  regionCode: 'hz',
  gpuType: 'qnid2x6c',
  gpuNum: 1,
  imageId: image.code,
  instanceName: 'finetune-qwen',
});
await cfgpu.instances.waitFor(instanceId, 'RUNNING', { timeoutMs: 10 * 60_000 });
// … use it …
await cfgpu.instances.stop(instanceId);
await cfgpu.instances.waitFor(instanceId, 'CLOSED');
try {
  await cfgpu.instances.release(instanceId);
} catch (error) {
  if (error instanceof CfgpuError && error.errorCode === 52009) {
    console.log('prepaid plan still running; release it after it expires');
  } else throw error;
}

// Every instance, every page.
for await (const instance of cfgpu.instances.list({ status: 'RUNNING' })) {
  console.log(instance.instanceId, instance.gpuName, instance.status);
}
