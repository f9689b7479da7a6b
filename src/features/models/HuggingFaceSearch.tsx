import { useId, useRef, useState, type FormEvent } from "react";
import type { CustomModelRequest } from "../../domain/customModel";
import {
  MAX_QUERY_LENGTH,
  normaliseQuery,
  repositoryUrl,
  type ModelSearchOutcome,
} from "../../domain/huggingFaceSearch";
import { useT } from "../../i18n/useT";
import { useAppStore } from "../../store/useAppStore";
import { AddModelDialog } from "./AddModelDialog";
import { describeSearchProblem } from "./describeSearchProblem";
import { ModelSearchResults } from "./ModelSearchResults";
import "./addModel.css";
import "./modelSearch.css";

type Status =
  { kind: "idle" } | { kind: "searching"; query: string } | { kind: "done"; outcome: ModelSearchOutcome };

/**
 * Finds MLC fine-tunes on Hugging Face that a library Sigilo has can run. Nothing is sent while the user
 * types: only pressing Search sends the box's words (and nothing else), and the note beside it says so.
 * "Add" opens the same Add a model dialog as adding by URL, filled in and checked at once.
 */
export function HuggingFaceSearch() {
  const t = useT();
  const words = t.modelSearch;
  const search = useAppStore((state) => state.searchModels);
  const [text, setText] = useState("");
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [adding, setAdding] = useState<CustomModelRequest>();
  const latest = useRef(0);
  const noteId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const query = normaliseQuery(text);
    if (!query) return;
    // Only the latest search's answer is shown, however the answers arrive.
    const searchNumber = ++latest.current;
    setStatus({ kind: "searching", query });
    const outcome = await search(query);
    if (searchNumber === latest.current) setStatus({ kind: "done", outcome });
  };

  const outcome = status.kind === "done" ? status.outcome : undefined;
  return (
    <section className="model-search" aria-labelledby="model-search-title">
      <h3 id="model-search-title">{words.title}</h3>
      <form role="search" aria-label={words.label} onSubmit={(event) => void submit(event)}>
        <label>
          {words.label}
          <input
            type="search"
            required
            maxLength={MAX_QUERY_LENGTH}
            value={text}
            placeholder={words.placeholder}
            aria-describedby={noteId}
            onChange={(event) => setText(event.target.value)}
          />
        </label>
        <button type="submit" className="button" disabled={status.kind === "searching"}>
          {words.submit}
        </button>
      </form>
      <p id={noteId} className="hint model-search-note">
        {words.whatIsSent}
      </p>
      {status.kind === "searching" && <p role="status">{words.searching(status.query)}</p>}
      {outcome && !outcome.ok && (
        <p role="alert" className="model-search-problem">
          {describeSearchProblem(t, outcome.problem)}
        </p>
      )}
      {outcome?.ok && (
        <ModelSearchResults
          outcome={outcome}
          onAdd={(model, library) =>
            setAdding({
              name: model.name,
              modelUrl: repositoryUrl(model),
              libraryUrl: library.card.libraryUrl,
            })
          }
        />
      )}
      {adding && <AddModelDialog initial={adding} onClose={() => setAdding(undefined)} />}
    </section>
  );
}
