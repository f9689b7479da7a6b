/** What the capability probe found about this browser's GPU. Pure data, no I/O. */
export interface GpuAdapterSummary {
  vendor: string;
  architecture: string;
  description: string;
  /** A software (CPU) adapter such as SwiftShader: it works, but slowly. */
  isFallbackAdapter: boolean;
  shaderF16: boolean;
  maxBufferSize: number;
  maxStorageBufferBindingSize: number;
}

export type WebGpuUnavailableReason =
  /** `navigator.gpu` does not exist: the browser has no WebGPU or it is disabled. */
  | "no-api"
  /** The API exists but no adapter was returned (blocklisted GPU, flag missing, headless without GPU). */
  | "no-adapter"
  /** The adapter could not create a device. */
  | "device-failed"
  /** The browser did not answer the request for an adapter or a device at all (a stuck GPU process). */
  | "timed-out";

export type GpuCapabilities =
  | { webgpu: true; adapter: GpuAdapterSummary }
  | { webgpu: false; reason: WebGpuUnavailableReason; detail?: string };
