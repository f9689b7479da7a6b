import { useState } from "react";
import { useT } from "../../i18n/useT";
import { useSearchModelOffer } from "./searchModelOffer";
import { useAppStore } from "../../store/useAppStore";

/**
 * Before the embedding model is downloaded, the user is asked (what it is, its size, from where): a large
 * document waits meanwhile. After "Not now" (or a failed download) in this session, a note says documents are
 * searched by their words alone, which may be less precise (a "Not now" of an earlier session is not told
 * again: the Documents panel says which documents are searched by words only).
 */
export function SearchModelQuestion({ hasDocuments }: { hasDocuments: boolean }) {
  const t = useT();
  const offer = useSearchModelOffer();
  const words = t.searchModel;
  const asking = useAppStore((state) => state.searchModelQuestion);
  const choice = useAppStore((state) => state.searchModelChoice);
  const answer = useAppStore((state) => state.answerSearchModelQuestion);
  const [noteDismissed, setNoteDismissed] = useState(false);

  if (asking) {
    return (
      <div className="attachment search-model-question" role="group" aria-label={words.questionLabel}>
        <p>{offer}</p>
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
  const wordsOnly = (choice.choice === "not-now" && !choice.remembered) || choice.choice === "failed";
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
