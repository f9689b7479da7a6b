import type { GpuAdapterSummary, GpuCapabilities } from "../../domain/capabilities";
import { errorMessage } from "../../domain/engineError";

/** Browsers before `adapter.info` (Chrome < 127) exposed `isFallbackAdapter` on the adapter itself. */
interface AdapterOfAnyAge {
  readonly info?: Partial<GPUAdapterInfo>;
  readonly isFallbackAdapter?: boolean;
}

/** A browser answers for its adapter and device within milliseconds; one that has not after this is stuck. */
const PROBE_TIMEOUT_MS = 10_000;

/** What this browser's WebGPU can do, checked on the page before any model is offered. Never throws. */
export function probeCapabilities(timeoutMs = PROBE_TIMEOUT_MS): Promise<GpuCapabilities> {
  return probeGpu("gpu" in navigator ? navigator.gpu : undefined, timeoutMs);
}

export async function probeGpu(gpu: GPU | undefined, timeoutMs = PROBE_TIMEOUT_MS): Promise<GpuCapabilities> {
  if (!gpu) return { webgpu: false, reason: "no-api" };
  let adapter: GPUAdapter | null;
  try {
    // The same preference web-llm asks for, so the probe describes the adapter the model will run on.
    adapter = await withinTime(gpu.requestAdapter({ powerPreference: "high-performance" }), timeoutMs);
  } catch (error) {
    if (error instanceof ProbeTimeout) return { webgpu: false, reason: "timed-out" };
    return { webgpu: false, reason: "no-adapter", detail: errorMessage(error) };
  }
  if (!adapter) return { webgpu: false, reason: "no-adapter" };
  try {
    // An adapter can exist yet fail to give a device (lost GPU process, driver reset); web-llm would fail later.
    const device = await withinTime(adapter.requestDevice(), timeoutMs);
    device.destroy();
  } catch (error) {
    if (error instanceof ProbeTimeout) return { webgpu: false, reason: "timed-out" };
    return { webgpu: false, reason: "device-failed", detail: errorMessage(error) };
  }
  return { webgpu: true, adapter: summarizeAdapter(adapter) };
}

class ProbeTimeout extends Error {}

/** Settles as `request` does, or rejects with ProbeTimeout once `ms` have passed without an answer. */
function withinTime<T>(request: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new ProbeTimeout()), ms);
  });
  return Promise.race([request, timeout]).finally(() => clearTimeout(timer));
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
