import type { GpuCapabilities, WebGpuUnavailableReason } from "../../domain/capabilities";
import { ExportConversationsButton } from "../conversations/ExportConversationsButton";

const WHY: Record<WebGpuUnavailableReason, string> = {
  "no-api": "This browser does not offer WebGPU, or it is turned off.",
  "no-adapter": "This browser supports WebGPU but did not give Sigilo access to a graphics card.",
  "device-failed": "The graphics card was found but could not be started.",
};

/**
 * Shown instead of the model picker when WebGPU is missing. Saved conversations stay
 * readable and exportable; only new replies need a GPU.
 */
export function NoWebGpuNotice({
  capabilities,
}: {
  capabilities: Extract<GpuCapabilities, { webgpu: false }>;
}) {
  return (
    <section className="no-webgpu" role="alert" aria-labelledby="no-webgpu-title">
      <h1 id="no-webgpu-title">WebGPU is not available</h1>
      <p className="lead">
        {WHY[capabilities.reason]} Sigilo runs the AI model on your own GPU through WebGPU, so it cannot
        answer here. Your saved conversations are still here to read and export.
      </p>
      <h2>Browsers that work</h2>
      <ul>
        <li>Chrome or Edge 113 or newer on Windows, macOS and ChromeOS.</li>
        <li>Chrome 121 or newer on Android.</li>
        <li>
          On Linux, Chrome or Chromium with WebGPU enabled: open{" "}
          <code>chrome://flags/#enable-unsafe-webgpu</code>, set it to Enabled and restart the browser.
        </li>
        <li>Safari 26 on macOS and iOS; Firefox 141 or newer on Windows.</li>
      </ul>
      <p>
        If your browser is on that list, check that hardware acceleration is on (Settings → System) and that
        your graphics driver is up to date.
      </p>
      {capabilities.detail && (
        <details>
          <summary>Technical details</summary>
          <code>{capabilities.detail}</code>
        </details>
      )}
      <ExportConversationsButton />
    </section>
  );
}
