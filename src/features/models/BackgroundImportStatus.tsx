import { lazy, Suspense } from "react";
import { useLanguage, useT } from "../../i18n/useT";
import { selectModelImport } from "../../store/slices/modelImport/selectors";
import { useAppStore } from "../../store/useAppStore";
import { ImportProgressBar } from "./ImportProgressBar";

// How an import failed is worded by code shared with the import dialog: loaded when one has failed.
const ImportProblemMessage = lazy(() =>
  import("./ImportProblemMessage").then((module) => ({ default: module.ImportProblemMessage })),
);

/**
 * An import the user sent to the background (to go on chatting, or to see a download), with its progress
 * and Cancel import; then how it ended, until dismissed.
 */
export function BackgroundImportStatus() {
  const t = useT().importModel;
  const language = useLanguage();
  const modelImport = useAppStore(selectModelImport);
  const cancel = useAppStore((state) => state.cancelModelImport);
  const dismiss = useAppStore((state) => state.dismissImportOutcome);
  if (modelImport.status === "importing" && modelImport.background) {
    return (
      <section className="model-load" aria-label={t.region}>
        <h2>{t.importing(modelImport.name)}</h2>
        <ImportProgressBar state={modelImport} language={language} />
        <button type="button" className="button" onClick={cancel}>
          {t.cancelImport}
        </button>
      </section>
    );
  }
  if (modelImport.status !== "finished") return null;
  const { name, result } = modelImport;
  return (
    <section className="model-load" aria-label={t.region}>
      {result.ok ? (
        <p role="status">{t.imported(name)}</p>
      ) : (
        <Suspense fallback={null}>
          <ImportProblemMessage problem={result.problem} />
        </Suspense>
      )}
      <button type="button" className="button small" onClick={dismiss}>
        {t.dismiss}
      </button>
    </section>
  );
}
