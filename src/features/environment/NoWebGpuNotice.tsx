import type { GpuCapabilities } from "../../domain/capabilities";
import { useT } from "../../i18n/useT";
import { ExportConversationsButton } from "../conversations/ExportConversationsButton";

/**
 * Shown instead of the model picker when WebGPU is missing. Saved conversations stay
 * readable and exportable; only new replies need a GPU.
 */
export function NoWebGpuNotice({
  capabilities,
}: {
  capabilities: Extract<GpuCapabilities, { webgpu: false }>;
}) {
  const words = useT().noWebGpu;
  return (
    <section className="no-webgpu" role="alert" aria-labelledby="no-webgpu-title">
      <h1 id="no-webgpu-title">{words.title}</h1>
      <p className="lead">
        {words.why[capabilities.reason]} {words.lead}
      </p>
      {capabilities.reason === "timed-out" && (
        <button type="button" className="button primary" onClick={() => location.reload()}>
          {words.reload}
        </button>
      )}
      <h2>{words.browsersTitle}</h2>
      <ul>
        <li>{words.chromeDesktop}</li>
        <li>{words.chromeAndroid}</li>
        <li>
          {words.linuxBefore}
          <code>chrome://flags/#enable-unsafe-webgpu</code>
          {words.linuxAfter}
        </li>
        <li>{words.safariFirefox}</li>
      </ul>
      <p>{words.acceleration}</p>
      {capabilities.detail && (
        <details>
          <summary>{words.technicalDetails}</summary>
          <code>{capabilities.detail}</code>
        </details>
      )}
      <ExportConversationsButton />
    </section>
  );
}
