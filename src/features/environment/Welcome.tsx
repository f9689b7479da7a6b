import type { GpuAdapterSummary } from "../../domain/capabilities";
import { BrowserCheck } from "./BrowserCheck";
import { useT } from "../../i18n/useT";
import { BrandMark } from "../../app/BrandMark";

/** First run: what Sigilo is and what stays private, then the result of the browser check. */
export function Welcome({ adapter }: { adapter: GpuAdapterSummary }) {
  const t = useT();
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title" className="welcome-title">
        <BrandMark size={40} />
        {t.welcome.title}
      </h1>
      <p className="lead">{t.welcome.lead}</p>
      <BrowserCheck adapter={adapter} />
    </section>
  );
}
