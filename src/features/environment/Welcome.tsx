import type { GpuAdapterSummary } from "../../domain/capabilities";
import { BrowserCheck } from "./BrowserCheck";

/** First run: what Sigilo is and what stays private, then the result of the browser check. */
export function Welcome({ adapter }: { adapter: GpuAdapterSummary }) {
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title">Welcome to Sigilo</h1>
      <p className="lead">
        Sigilo is an AI assistant that runs entirely in this browser, on your own graphics card. What you type
        and what it answers never leave this device: there is no server, no account and no tracking.
      </p>
      <BrowserCheck adapter={adapter} />
    </section>
  );
}
