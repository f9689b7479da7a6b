import { useState } from "react";
import { EMBEDDING_MODEL_DOWNLOAD_MB, EMBEDDING_MODEL_ID } from "../../domain/retrieval/embedding";
import { useLanguage, useT } from "../../i18n/useT";
import { formatMegabytes } from "../../lib/format";
import { catalogSources } from "../../services/engine/modelSources";
import { MODEL_MIRROR } from "../../services/engine/modelMirror";
import { useAppStore } from "../../store/useAppStore";

/** The host the embedding model comes from: the public one, or the organisation's mirror. */
function searchModelHost(): string {
  const source = catalogSources(MODEL_MIRROR).source(EMBEDDING_MODEL_ID);
  return source ? new URL(source.filesUrl).host : "";
}

/**
 * Before the embedding model is downloaded, the user is asked (what it is, its size, from where): a large
 * document waits meanwhile. After "Not now" (or a failed download) a note says documents are searched by their
 * words alone, which may be less precise.
 */
export function SearchModelQuestion({ hasDocuments }: { hasDocuments: boolean }) {
  const t = useT();
  const language = useLanguage();
  const words = t.searchModel;
  const asking = useAppStore((state) => state.searchModelQuestion);
  const choice = useAppStore((state) => state.searchModelChoice);
  const answer = useAppStore((state) => state.answerSearchModelQuestion);
  const [noteDismissed, setNoteDismissed] = useState(false);

  if (asking) {
    const size = formatMegabytes(EMBEDDING_MODEL_DOWNLOAD_MB, language);
    return (
      <div className="attachment search-model-question" role="group" aria-label={words.questionLabel}>
        <p>{words.question(size, searchModelHost())}</p>
        <div className="search-model-actions">
          <button type="button" className="button small primary" onClick={() => answer("download")}>
            {words.download}
          </button>
          <button type="button" className="button small" onClick={() => answer("not-now")}>
            {words.notNow}
          </button>
        </div>
      </div>
    );
  }
  const wordsOnly = choice.choice === "not-now" || choice.choice === "failed";
  if (!wordsOnly || !hasDocuments || noteDismissed) return null;
  return (
    <div className="attachment search-model-note" role="status">
      <span>{choice.choice === "failed" ? words.failed(choice.detail) : words.wordsOnly}</span>
      <button type="button" className="button small" onClick={() => setNoteDismissed(true)}>
        {words.dismiss}
      </button>
    </div>
  );
}
