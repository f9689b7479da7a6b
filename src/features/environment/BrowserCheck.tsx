import type { GpuAdapterSummary } from "../../domain/capabilities";
import { useLanguage, useT } from "../../i18n/useT";
import { formatBytes } from "../../lib/format";

/** The probe's findings, stated plainly: which GPU, and what it can and cannot do. */
export function BrowserCheck({ adapter }: { adapter: GpuAdapterSummary }) {
  const t = useT();
  const language = useLanguage();
  const words = t.browserCheck;
  const gpuName =
    adapter.description ||
    [adapter.vendor, adapter.architecture].filter(Boolean).join(" ") ||
    words.unnamedGpu;
  return (
    <section className="browser-check" aria-label={words.title}>
      <h2>{words.title}</h2>
      <ul>
        <li className="check-ok">{words.webgpu(gpuName)}</li>
        {adapter.isFallbackAdapter && <li className="check-warn">{words.softwareGpu}</li>}
        <li className={adapter.shaderF16 ? "check-ok" : "check-warn"}>
          {adapter.shaderF16 ? words.shaderF16 : words.noShaderF16}
        </li>
        <li className="check-info">
          {words.limits(
            formatBytes(adapter.maxBufferSize, language),
            formatBytes(adapter.maxStorageBufferBindingSize, language),
          )}
        </li>
      </ul>
    </section>
  );
}
