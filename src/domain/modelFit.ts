import type { GpuAdapterSummary } from "./capabilities";
import type { ModelCard } from "./modelCatalog";

/**
 * Whether a model can run on the GPU the probe found, in words a person understands.
 * WebGPU does not reveal how much memory the GPU has, so "slow" is a warning, never a refusal.
 */
export type ModelFit =
  { verdict: "good" } | { verdict: "slow"; reason: string } | { verdict: "cannot"; reason: string };

const LARGE_MODEL_VRAM_MB = 4000;
const SOFTWARE_ADAPTER_COMFORT_VRAM_MB = 1200;

/**
 * `freeStorageBytes`: what the browser still grants this site, for a model not yet stored
 * (undefined when unknown or when the model is already stored).
 */
export function assessFit(model: ModelCard, adapter: GpuAdapterSummary, freeStorageBytes?: number): ModelFit {
  const downloadBytes = model.downloadMB * 1024 * 1024;
  if (freeStorageBytes !== undefined && downloadBytes > freeStorageBytes) {
    return {
      verdict: "cannot",
      reason: `Needs about ${formatMiB(downloadBytes)} of storage, but the browser allows this site only ${formatMiB(
        freeStorageBytes,
      )} more. Delete stored models in Manage models to make room.`,
    };
  }
  if (model.needsShaderF16 && !adapter.shaderF16) {
    return {
      verdict: "cannot",
      reason: "Needs half-precision (shader-f16) support, which this GPU does not offer. Pick an f32 model.",
    };
  }
  const bufferNeeded = model.bufferSizeRequiredBytes ?? 0;
  if (bufferNeeded > adapter.maxStorageBufferBindingSize || bufferNeeded > adapter.maxBufferSize) {
    return {
      verdict: "cannot",
      reason: `Needs GPU buffers of ${formatMiB(bufferNeeded)}; this GPU allows ${formatMiB(
        Math.min(adapter.maxStorageBufferBindingSize, adapter.maxBufferSize),
      )}.`,
    };
  }
  if (adapter.isFallbackAdapter) {
    return model.vramMB > SOFTWARE_ADAPTER_COMFORT_VRAM_MB
      ? {
          verdict: "slow",
          reason: "This browser is using a software GPU: a model this size will be very slow.",
        }
      : { verdict: "slow", reason: "This browser is using a software GPU: expect slow replies." };
  }
  if (model.vramMB > LARGE_MODEL_VRAM_MB || !model.lowResource) {
    return {
      verdict: "slow",
      reason: `Needs about ${(model.vramMB / 1024).toFixed(1)} GB of GPU memory: may be slow or run out of memory on integrated GPUs.`,
    };
  }
  return { verdict: "good" };
}

/** The model to suggest first: the smallest that runs well, else the smallest that runs at all. */
export function preselectModel(
  models: readonly ModelCard[],
  adapter: GpuAdapterSummary,
  freeStorageBytes?: (model: ModelCard) => number | undefined,
): ModelCard | undefined {
  const bySize = [...models].sort((a, b) => a.vramMB - b.vramMB);
  const verdict = (model: ModelCard) => assessFit(model, adapter, freeStorageBytes?.(model)).verdict;
  return (
    bySize.find((model) => verdict(model) === "good") ?? bySize.find((model) => verdict(model) === "slow")
  );
}

function formatMiB(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
