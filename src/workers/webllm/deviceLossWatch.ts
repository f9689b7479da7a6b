/**
 * web-llm has no public hook for a GPU device lost after loading: it only logs and unloads. So
 * every device this worker's web-llm requests is watched here. A device web-llm destroys on
 * purpose (unload, reload) reports reason "destroyed" and is not a loss.
 */
export function watchDeviceLoss(onLost: (message: string) => void): void {
  if (typeof GPUAdapter === "undefined") return;
  const requestDevice = GPUAdapter.prototype.requestDevice;
  GPUAdapter.prototype.requestDevice = async function (this: GPUAdapter, descriptor?: GPUDeviceDescriptor) {
    const device = await requestDevice.call(this, descriptor);
    void device.lost.then((info) => {
      if (info.reason !== "destroyed") onLost(info.message || "The GPU device was lost.");
    });
    return device;
  };
}
