import { EMBEDDING_MODEL_ID } from "../../../domain/retrieval/embedding";
import type { SettingsStore } from "../../../services/storage";
import type { AppState } from "../../appState";
import { unlessLocked } from "../vault/unlessLocked";

/**
 * Whether documents may be searched by meaning, which needs the embedding ("search") model: asked the first
 * time a large document is attached while the model is not stored. "not-now" searches by words alone (BM25),
 * and is remembered (`remembered`: from an earlier session) until the user downloads the model from the
 * Documents panel; "failed" is a download that did not finish (words alone for this session, with why).
 */
export type SearchModelChoice =
  | { choice: "undecided" }
  | { choice: "download" }
  | { choice: "not-now"; remembered?: true }
  | { choice: "failed"; detail: string };

/** Settings key of a "Not now" (the only answer kept: "download" leaves the model stored, which says it). */
export const SEARCH_MODEL_SETTING = "searchModelChoice";

const isNotNow = (value: unknown): value is "not-now" => value === "not-now";

/** What indexing does about a document's vectors. */
export type EmbeddingDecision = "embed" | "download-then-embed" | "skip" | "cancelled";

export function isSearchModelStored(state: AppState): boolean {
  return state.cachedModelIds.includes(EMBEDDING_MODEL_ID);
}

type Store = { get(): AppState; set(partial: Partial<AppState>): void; settings: SettingsStore };

/**
 * The question and its answer. Indexing asks `decide` once a file is chunked; while a large document waits for
 * the user, `searchModelQuestion` is set (the UI asks), and `answer` (or the attachment's Stop) ends the wait.
 * Files of one drop wait on the same question.
 */
export function createSearchModelChoice({ get, set, settings }: Store) {
  let waiting:
    { promise: Promise<"download" | "not-now">; resolve(answer: "download" | "not-now"): void } | undefined;
  /** Attachments waiting on the question. */
  let waiters = 0;

  function ask(): Promise<"download" | "not-now"> {
    if (!waiting) {
      let resolve!: (answer: "download" | "not-now") => void;
      const promise = new Promise<"download" | "not-now">((done) => (resolve = done));
      waiting = { promise, resolve };
      set({ searchModelQuestion: true });
    }
    return waiting.promise;
  }

  /** The stored "Not now", read once (again after a failure: while locked, the setting is sealed). */
  let restored: Promise<void> | undefined;
  function restore(): Promise<void> {
    restored ??= settings.get(SEARCH_MODEL_SETTING, isNotNow).then(
      (stored) => {
        if (stored && get().searchModelChoice.choice === "undecided") {
          set({ searchModelChoice: { choice: "not-now", remembered: true } });
        }
      },
      () => {
        restored = undefined;
      },
    );
    return restored;
  }

  function remember(answer: "download" | "not-now"): void {
    const saved =
      answer === "not-now"
        ? settings.set(SEARCH_MODEL_SETTING, answer)
        : settings.delete(SEARCH_MODEL_SETTING);
    saved.catch(unlessLocked(get().reportStorageError));
  }

  return {
    restore,

    async decide(largeDocument: boolean, signal: AbortSignal): Promise<EmbeddingDecision> {
      if (isSearchModelStored(get())) return "embed";
      if (!largeDocument) return "skip";
      await restore();
      const current = get().searchModelChoice.choice;
      if (current === "not-now" || current === "failed") return "skip";
      if (current === "download") return "download-then-embed";
      const cancelled = new Promise<"cancelled">((resolve) => {
        if (signal.aborted) resolve("cancelled");
        signal.addEventListener("abort", () => resolve("cancelled"), { once: true });
      });
      waiters++;
      const answer = await Promise.race([ask(), cancelled]);
      waiters--;
      if (answer !== "cancelled") return answer === "download" ? "download-then-embed" : "skip";
      // The attachment that asked was stopped: unless another waits, the question goes away unanswered.
      if (waiters === 0 && waiting) {
        waiting = undefined;
        set({ searchModelQuestion: false });
      }
      return "cancelled";
    },

    answer(answer: "download" | "not-now"): void {
      set({ searchModelChoice: { choice: answer }, searchModelQuestion: false });
      remember(answer);
      waiting?.resolve(answer);
      waiting = undefined;
    },

    /** The user asked for the model from the Documents panel: a "Not now" is forgotten. */
    chooseDownload(): void {
      set({ searchModelChoice: { choice: "download" } });
      remember("download");
    },

    /** The download ended: stored now (listed in the model manager), or failed, with why. */
    async downloaded(outcome: { ok: true } | { ok: false; detail: string }): Promise<void> {
      if (!outcome.ok) set({ searchModelChoice: { choice: "failed", detail: outcome.detail } });
      await get().refreshStoredModels();
    },
  };
}

export type SearchModelChoiceController = ReturnType<typeof createSearchModelChoice>;
