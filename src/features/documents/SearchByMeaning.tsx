import { useShallow } from "zustand/react/shallow";
import { useLanguage, useT } from "../../i18n/useT";
import { useAppStore } from "../../store/useAppStore";
import { isSearchModelStored } from "../../store/slices/documents/searchModelChoice";
import type { VectorBackfill } from "../../store/slices/documents/vectorBackfill";
import { describeSearchModelDownload, downloadFraction } from "./describeStage";
import { describeBackfillProblem } from "./describeBackfill";
import { useSearchModelOffer } from "./searchModelOffer";

/**
 * The Documents panel's word on searching by meaning: how many documents are found by their words alone and
 * the way to give them meaning (download the search model, as asked when attaching; or start again), the
 * progress of adding it in the background with Stop, or why it stopped.
 */
export function SearchByMeaning() {
  const t = useT();
  const words = t.searchByMeaning;
  const backfill = useAppStore((state) => state.vectorBackfill);
  const modelStored = useAppStore(isSearchModelStored);
  const library = useAppStore((state) => state.documentLibrary);
  const actions = useAppStore(
    useShallow((state) => ({
      download: state.downloadSearchModel,
      start: state.startVectorBackfill,
      stop: state.stopVectorBackfill,
    })),
  );
  const offer = useSearchModelOffer();
  const nameOf = (documentId: string) =>
    library.find((document) => document.id === documentId)?.name ?? documentId;
  const left = backfill.withoutVectors.length;
  // Without the model, starting again downloads it.
  const again = modelStored ? actions.start : actions.download;

  if (backfill.status === "running") return <BackfillProgress backfill={backfill} onStop={actions.stop} />;
  if (left === 0) return null;
  if (backfill.status === "failed" && backfill.problem) {
    return (
      <div className="search-by-meaning" role="alert">
        <p>
          {describeBackfillProblem(t, backfill.problem, nameOf)} {words.stillByWords}
        </p>
        <button type="button" className="button small" onClick={again}>
          {words.tryAgain}
        </button>
      </div>
    );
  }
  return (
    <section className="search-by-meaning" aria-label={words.label}>
      <p>{backfill.status === "stopped" ? words.stopped(left) : words.wordsOnly(left)}</p>
      {!modelStored && <p className="hint">{offer}</p>}
      <button type="button" className="button small primary" onClick={again}>
        {!modelStored ? words.download : backfill.status === "stopped" ? words.resume : words.add}
      </button>
    </section>
  );
}

function BackfillProgress({ backfill, onStop }: { backfill: VectorBackfill; onStop(): void }) {
  const t = useT();
  const language = useLanguage();
  const words = t.searchByMeaning;
  const total = backfill.done + backfill.withoutVectors.length;
  const text = backfill.download
    ? describeSearchModelDownload(t, language, backfill.download)
    : words.adding(backfill.done, total);
  const current = backfill.current;
  const passages = current && current.total > 0 ? current.done / current.total : 0;
  const fraction = backfill.download
    ? downloadFraction(backfill.download)
    : total > 0
      ? (backfill.done + passages) / total
      : 0;
  return (
    <div className="search-by-meaning">
      <progress aria-label={words.progressLabel} aria-valuetext={text} value={fraction} max={1} />
      <span role="status">{text}</span>
      <button type="button" className="button small" onClick={onStop}>
        {words.stop}
      </button>
    </div>
  );
}
