import type { GpuAdapterSummary } from "../../domain/capabilities";
import { formatBytes } from "../../lib/format";

/** The probe's findings, stated plainly: which GPU, and what it can and cannot do. */
export function BrowserCheck({ adapter }: { adapter: GpuAdapterSummary }) {
  const gpuName =
    adapter.description || [adapter.vendor, adapter.architecture].filter(Boolean).join(" ") || "Unnamed GPU";
  return (
    <section className="browser-check" aria-label="Browser check">
      <h2>Browser check</h2>
      <ul>
        <li className="check-ok">WebGPU is available: {gpuName}</li>
        {adapter.isFallbackAdapter && (
          <li className="check-warn">
            This is a software GPU (no graphics card in use): models will run slowly.
          </li>
        )}
        <li className={adapter.shaderF16 ? "check-ok" : "check-warn"}>
          {adapter.shaderF16
            ? "Half-precision (shader-f16) supported: every model can run."
            : "No half-precision (shader-f16) support: only f32 models can run."}
        </li>
        <li className="check-info">
          Largest GPU buffer: {formatBytes(adapter.maxBufferSize)}; largest storage binding:{" "}
          {formatBytes(adapter.maxStorageBufferBindingSize)}
        </li>
      </ul>
    </section>
  );
}
