import type { Language } from "../../i18n/language";
import { useT } from "../../i18n/useT";
import type { ModelImportState } from "../../store/slices/modelImport/modelImportSlice";
import { formatBytes } from "../../lib/format";

/** Bytes stored so far of all the files being imported. */
export function ImportProgressBar({
  state,
  language,
}: {
  state: Extract<ModelImportState, { status: "importing" }>;
  language: Language;
}) {
  const t = useT().importModel;
  const { bytesDone = 0, bytesTotal = 0 } = state.progress ?? {};
  const fraction = bytesTotal > 0 ? bytesDone / bytesTotal : 0;
  const percent = new Intl.NumberFormat(language, { style: "percent" }).format(fraction);
  return (
    <div className="import-progress">
      <progress max={1} value={fraction} aria-label={t.importing(state.name)} />
      <p aria-live="polite">
        {t.progress(formatBytes(bytesDone, language), formatBytes(bytesTotal, language), percent)}
      </p>
    </div>
  );
}
