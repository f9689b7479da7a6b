import { useLanguage, useT } from "../../i18n/useT";
import { formatDate } from "./importFigures";

/** Where an imported model came from: "Imported from files on 3 May 2026". */
export function ImportedOn({ at }: { at: number }) {
  const t = useT();
  return <>{t.importedModel.source(formatDate(at, useLanguage()))}</>;
}
