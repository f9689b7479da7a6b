import {
  repositoryUrl,
  type HubModel,
  type ModelSearchOutcome,
  type ModelSearchResult,
} from "../../domain/huggingFaceSearch";
import type { KnownLibrary } from "../../domain/modelArchitecture";
import { memoryForContextMB } from "../../domain/contextMemory";
import { useLanguage, useT } from "../../i18n/useT";
import { formatContextWindow, formatMegabytes } from "../../lib/format";
import { describeResultProblem } from "./describeSearchProblem";

type Found = Extract<ModelSearchOutcome, { ok: true }>;

/**
 * A search's answer: the models a known library runs, each with "Add", then — folded away — the MLC
 * models found that cannot run here, each with the reason.
 */
export function ModelSearchResults({
  outcome,
  onAdd,
}: {
  outcome: Found;
  onAdd(model: HubModel, library: KnownLibrary): void;
}) {
  const t = useT();
  const words = t.modelSearch;
  const usable = outcome.results.filter((result) => result.verdict.ok);
  const unusable = outcome.results.filter((result) => !result.verdict.ok);
  if (outcome.results.length === 0) {
    return <p role="status">{words.nothingFound(outcome.query)}</p>;
  }
  return (
    <>
      <p role="status">{words.resultsFor(usable.length, outcome.query)}</p>
      {usable.length > 0 && (
        <>
          <ul className="model-search-results" aria-label={words.results}>
            {usable.map((result) => (
              <UsableModel key={result.model.id} result={result} onAdd={onAdd} />
            ))}
          </ul>
          <p className="hint">{words.sizeLater}</p>
        </>
      )}
      {unusable.length > 0 && (
        <details className="model-search-unusable">
          <summary>{words.notUsable(unusable.length)}</summary>
          <ul aria-label={words.notUsable(unusable.length)}>
            {unusable.map(({ model, verdict }) => (
              <li key={model.id}>
                <RepositoryLink model={model} />{" "}
                <span className="hint">{!verdict.ok && describeResultProblem(t, verdict.problem)}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

function UsableModel({
  result: { model, verdict },
  onAdd,
}: {
  result: ModelSearchResult;
  onAdd(model: HubModel, library: KnownLibrary): void;
}) {
  const t = useT();
  const language = useLanguage();
  const words = t.modelSearch;
  if (!verdict.ok) return null;
  const { library, quantization, contextWindow } = verdict;
  // Same architecture and quantization as the library's own model: its weights take the same memory.
  const shownContext = Math.min(contextWindow, library.card.contextWindow);
  const memoryMB = memoryForContextMB(library.card, library.architecture, shownContext);
  const context = formatContextWindow(contextWindow);
  return (
    <li aria-label={model.id}>
      <div className="model-search-result-title">
        <RepositoryLink model={model} /> <span className="hint">{words.by(model.author)}</span>
      </div>
      <div className="hint">
        {[
          ...(model.downloads === undefined
            ? []
            : [words.downloads(model.downloads.toLocaleString(language))]),
          words.runsOn(library.card.name, quantization, context),
        ].join(" · ")}
      </div>
      <div className="hint">
        {words.memory(formatMegabytes(Math.round(memoryMB), language), formatContextWindow(shownContext))}
      </div>
      <button
        type="button"
        className="button small"
        aria-label={words.addNamed(model.id)}
        onClick={() => onAdd(model, library)}
      >
        {words.add}
      </button>
    </li>
  );
}

function RepositoryLink({ model }: { model: HubModel }) {
  const t = useT();
  return (
    <a
      href={repositoryUrl(model)}
      target="_blank"
      rel="noopener noreferrer"
      aria-label={t.modelSearch.openRepository(model.id)}
    >
      {model.name}
    </a>
  );
}
