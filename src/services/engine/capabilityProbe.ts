import type { GpuAdapterSummary, GpuCapabilities } from "../../domain/capabilities";
import { errorMessage } from "../../domain/engineError";

/** Browsers before `adapter.info` (Chrome < 127) exposed `isFallbackAdapter` on the adapter itself. */
interface AdapterOfAnyAge {
  readonly info?: Partial<GPUAdapterInfo>;
  readonly isFallbackAdapter?: boolean;
}

/** What this browser's WebGPU can do, checked on the page before any model is offered. Never throws. */
export function probeCapabilities(): Promise<GpuCapabilities> {
  return probeGpu("gpu" in navigator ? navigator.gpu : undefined);
}

export async function probeGpu(gpu: GPU | undefined): Promise<GpuCapabilities> {
  if (!gpu) return { webgpu: false, reason: "no-api" };
  let adapter: GPUAdapter | null;
  try {
    // The same preference web-llm asks for, so the probe describes the adapter the model will run on.
    adapter = await gpu.requestAdapter({ powerPreference: "high-performance" });
  } catch (error) {
    return { webgpu: false, reason: "no-adapter", detail: errorMessage(error) };
  }
  if (!adapter) return { webgpu: false, reason: "no-adapter" };
  try {
    // An adapter can exist yet fail to give a device (lost GPU process, driver reset); web-llm would fail later.
    const device = await adapter.requestDevice();
    device.destroy();
  } catch (error) {
    return { webgpu: false, reason: "device-failed", detail: errorMessage(error) };
  }
  return { webgpu: true, adapter: summarizeAdapter(adapter) };
}

function summarizeAdapter(adapter: GPUAdapter): GpuAdapterSummary {
  const { info, isFallbackAdapter } = adapter as AdapterOfAnyAge;
  return {
    vendor: info?.vendor ?? "",
    architecture: info?.architecture ?? "",
    description: info?.description ?? "",
    isFallbackAdapter: info?.isFallbackAdapter ?? isFallbackAdapter ?? false,
    shaderF16: adapter.features.has("shader-f16"),
    maxBufferSize: adapter.limits.maxBufferSize,
    maxStorageBufferBindingSize: adapter.limits.maxStorageBufferBindingSize,
  };
}
