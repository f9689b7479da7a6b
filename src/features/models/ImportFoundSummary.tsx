import type { ModelFolderSummary } from "../../domain/importedModel";
import type { Language } from "../../i18n/language";
import { useT } from "../../i18n/useT";
import { formatBytes } from "../../lib/format";
import { formatCount } from "./importFigures";

/** What the chosen files hold, as they will be stored. */
export function ImportFoundSummary({ found, language }: { found: ModelFolderSummary; language: Language }) {
  const t = useT().importModel;
  return (
    <section aria-label={t.found}>
      <dl className="import-found">
        <dt>{t.modelType}</dt>
        <dd>{found.modelType}</dd>
        <dt>{t.quantization}</dt>
        <dd>{found.quantization}</dd>
        <dt>{t.contextWindow}</dt>
        <dd>{t.tokens(formatCount(found.contextWindow, language))}</dd>
        <dt>{t.totalSize}</dt>
        <dd>
          {t.totalSizeValue(formatBytes(found.totalBytes, language), found.fileCount, found.shardCount)}
        </dd>
        <dt>{t.library}</dt>
        <dd>{found.libraryName}</dd>
      </dl>
    </section>
  );
}
