import { describe, expect, it, vi } from "vitest";
import { probeGpu } from "./capabilityProbe";

interface FakeAdapterOptions {
  info?: Partial<GPUAdapterInfo>;
  legacyIsFallbackAdapter?: boolean;
  features?: string[];
  requestDevice?: () => Promise<unknown>;
}

function fakeGpu(adapter: FakeAdapterOptions | null | Error): GPU {
  const requestAdapter = vi.fn(async () => {
    if (adapter instanceof Error) throw adapter;
    if (!adapter) return null;
    return {
      info: adapter.info,
      isFallbackAdapter: adapter.legacyIsFallbackAdapter,
      features: new Set(adapter.features ?? []),
      limits: { maxBufferSize: 1 << 30, maxStorageBufferBindingSize: 1 << 27 },
      requestDevice: adapter.requestDevice ?? (async () => ({ destroy: () => {} })),
    };
  });
  return { requestAdapter } as unknown as GPU;
}

describe("probeGpu", () => {
  it("reports a missing WebGPU API", async () => {
    await expect(probeGpu(undefined)).resolves.toEqual({ webgpu: false, reason: "no-api" });
  });

  it("reports no adapter when none is returned or the request throws", async () => {
    await expect(probeGpu(fakeGpu(null))).resolves.toEqual({ webgpu: false, reason: "no-adapter" });
    await expect(probeGpu(fakeGpu(new Error("blocked")))).resolves.toEqual({
      webgpu: false,
      reason: "no-adapter",
      detail: "Error: blocked",
    });
  });

  it("gives up, saying so, when the browser never answers for an adapter or a device", async () => {
    const never = () => new Promise<never>(() => {});
    const silent = { requestAdapter: vi.fn(never) } as unknown as GPU;
    await expect(probeGpu(silent, 5)).resolves.toEqual({ webgpu: false, reason: "timed-out" });
    await expect(probeGpu(fakeGpu({ requestDevice: never }), 5)).resolves.toEqual({
      webgpu: false,
      reason: "timed-out",
    });
  });

  it("reports an adapter that cannot create a device", async () => {
    const gpu = fakeGpu({ requestDevice: () => Promise.reject(new TypeError("device creation failed")) });
    await expect(probeGpu(gpu)).resolves.toEqual({
      webgpu: false,
      reason: "device-failed",
      detail: "TypeError: device creation failed",
    });
  });

  it("summarises the adapter: info, shader-f16 and limits", async () => {
    const gpu = fakeGpu({
      info: { vendor: "google", architecture: "swiftshader", description: "", isFallbackAdapter: true },
      features: ["shader-f16", "subgroups"],
    });
    await expect(probeGpu(gpu)).resolves.toEqual({
      webgpu: true,
      adapter: {
        vendor: "google",
        architecture: "swiftshader",
        description: "",
        isFallbackAdapter: true,
        shaderF16: true,
        maxBufferSize: 1 << 30,
        maxStorageBufferBindingSize: 1 << 27,
      },
    });
  });

  it("copes with browsers that predate adapter.info", async () => {
    const result = await probeGpu(fakeGpu({ legacyIsFallbackAdapter: true }));
    expect(result).toMatchObject({
      webgpu: true,
      adapter: { vendor: "", architecture: "", isFallbackAdapter: true, shaderF16: false },
    });
  });
});
