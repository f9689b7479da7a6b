import type { GpuAdapterSummary } from "./capabilities";
import type { ModelCard } from "./modelCatalog";

/**
 * Whether a model can run on the GPU the probe found, and why not; the UI puts the reason into words.
 * WebGPU does not reveal how much memory the GPU has, so "slow" is a warning, never a refusal.
 */
export type ModelFit =
  | { verdict: "good" }
  | { verdict: "slow"; reason: SlowReason }
  | { verdict: "cannot"; reason: CannotRunReason };

export type CannotRunReason =
  /** The download does not fit in what the browser still grants this site. */
  | { code: "storage"; neededBytes: number; freeBytes: number }
  | { code: "shader-f16" }
  | { code: "buffer-size"; neededBytes: number; allowedBytes: number };

export type SlowReason =
  | { code: "software-gpu"; largeModel: boolean }
  /** `vramMB`: what the model needs, for "about 5.0 GB of GPU memory". */
  | { code: "large-model"; vramMB: number };

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
      reason: { code: "storage", neededBytes: downloadBytes, freeBytes: freeStorageBytes },
    };
  }
  if (model.needsShaderF16 && !adapter.shaderF16) {
    return { verdict: "cannot", reason: { code: "shader-f16" } };
  }
  const bufferNeeded = model.bufferSizeRequiredBytes ?? 0;
  if (bufferNeeded > adapter.maxStorageBufferBindingSize || bufferNeeded > adapter.maxBufferSize) {
    return {
      verdict: "cannot",
      reason: {
        code: "buffer-size",
        neededBytes: bufferNeeded,
        allowedBytes: Math.min(adapter.maxStorageBufferBindingSize, adapter.maxBufferSize),
      },
    };
  }
  if (adapter.isFallbackAdapter) {
    return {
      verdict: "slow",
      reason: { code: "software-gpu", largeModel: model.vramMB > SOFTWARE_ADAPTER_COMFORT_VRAM_MB },
    };
  }
  if (model.vramMB > LARGE_MODEL_VRAM_MB || !model.lowResource) {
    return { verdict: "slow", reason: { code: "large-model", vramMB: model.vramMB } };
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

const VERDICT_ORDER: Record<ModelFit["verdict"], number> = { good: 0, slow: 1, cannot: 2 };

/**
 * The models in the order a picker lists them: what runs well here first, then what runs slowly, then what
 * cannot run, each group in its given order (the catalog's, smallest first). So the suggested model and its
 * alternatives lead, instead of models this device cannot run.
 */
export function orderByFit<T>(models: readonly T[], fitOf: (model: T) => ModelFit): T[] {
  const rank = new Map(models.map((model) => [model, VERDICT_ORDER[fitOf(model).verdict]]));
  return [...models].sort((a, b) => rank.get(a)! - rank.get(b)!);
}
