import type { DownloadProgress } from "../../../domain/generation";
import type { DocumentInfo } from "../../../domain/retrieval/storedDocument";
import { failureMessage, type EngineClient } from "../../../services/engine/EngineClient";
import type { DocumentStore } from "../../../services/storage";
import type { AppState } from "../../appState";
import { isQuotaExceeded } from "./quotaExceeded";
import { isSearchModelStored } from "./searchModelChoice";

/**
 * Why adding vectors stopped: the model's download, embedding a document, saving its vectors or reading its
 * text failed.
 */
export type VectorBackfillProblem =
  | { code: "download-failed"; detail: string }
  | { code: "embedding-failed"; documentId: string; detail: string }
  | { code: "storage-full"; documentId: string }
  | { code: "not-saved"; documentId: string; detail: string }
  | { code: "not-read"; documentId: string; detail: string };

/**
 * Documents stored without vectors (after "Not now", a failed download, or read whole without the model) get
 * them in the background once the search model is stored: "running" embeds one document after another, each
 * saved on its own, so a stop, a failure or a closed tab keeps what was done and the next run (at the next
 * start) does the rest.
 */
export interface VectorBackfill {
  /** Documents searched by their words alone, known once the library is read (current one included). */
  withoutVectors: string[];
  status: "idle" | "running" | "stopped" | "failed";
  /** Documents given vectors since the run started: "2 of 5" is done of done + withoutVectors. */
  done: number;
  /** The document being embedded now, passage by passage. */
  current?: { documentId: string; done: number; total: number };
  /** The search model's download, while a run started from the Documents panel waits for it. */
  download?: DownloadProgress;
  problem?: VectorBackfillProblem;
}

export const NO_VECTOR_BACKFILL: VectorBackfill = { withoutVectors: [], status: "idle", done: 0 };

interface Store {
  get(): AppState;
  set(partial: Partial<AppState>): void;
  subscribe(listener: (state: AppState) => void): () => void;
}

interface Services {
  engine: EngineClient;
  documents: DocumentStore;
  /** Replaces the library's record of a document (its size changes with its vectors). */
  replaceInfo(info: DocumentInfo): void;
  /** The document now has vectors in storage: its indexes, built without them, are dropped. */
  vectorsAdded(documentId: string): void;
  /** How the search model's download ended, when this run downloaded it. */
  searchModelDownloaded(outcome: { ok: true } | { ok: false; detail: string }): Promise<void>;
}

/** While a reply is written, a model loads or an attachment embeds, the backfill leaves the engine alone. */
function engineBusy(state: AppState): boolean {
  return (
    state.generation.status === "streaming" ||
    state.modelLoad.status === "loading" ||
    state.attachmentJobs.some((job) => job.stage.stage === "embedding" || job.stage.stage === "search-model")
  );
}

/** Whether a run may start by itself: the model is stored, this tab runs the engine, documents are readable. */
function mayRunUnasked(state: AppState, attempted: ReadonlySet<string>): boolean {
  const backfill = state.vectorBackfill;
  return (
    backfill.status === "idle" &&
    backfill.withoutVectors.some((id) => !attempted.has(id)) &&
    state.documentLibraryStatus === "read" &&
    state.vaultStatus !== "locked" &&
    state.engineOwnership !== "elsewhere" &&
    state.engineOwnership !== "taken-over" &&
    isSearchModelStored(state)
  );
}

export function createVectorBackfill({ get, set, subscribe }: Store, services: Services) {
  /** The run going on, if any. */
  let controller: AbortController | undefined;
  /** Documents a run has tried since the last start asked for: a run that starts by itself skips them. */
  const attempted = new Set<string>();

  function update(change: Partial<VectorBackfill>): void {
    set({ vectorBackfill: { ...get().vectorBackfill, ...change } });
  }

  /** Resolves when the engine is free (or the run is stopped). */
  function engineFree(signal: AbortSignal): Promise<void> {
    if (!engineBusy(get()) || signal.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        unsubscribe();
        signal.removeEventListener("abort", done);
        resolve();
      };
      const unsubscribe = subscribe((state) => {
        if (!engineBusy(state)) done();
      });
      signal.addEventListener("abort", done, { once: true });
    });
  }

  /** Embeds and saves one document; a problem ends the run. */
  async function addVectors(
    documentId: string,
    signal: AbortSignal,
  ): Promise<VectorBackfillProblem | undefined> {
    let content;
    try {
      [content] = await services.documents.getContents([documentId]);
    } catch (error) {
      return { code: "not-read", documentId, detail: failureMessage(error) };
    }
    if (!content || signal.aborted) return undefined;
    const downloading = !isSearchModelStored(get());
    update({ current: { documentId, done: 0, total: content.chunks.length } });
    // Fetched on first use, with the retrieval code it needs: none of it is needed for the first screen.
    const { embedChunks } = await import("./embedChunks");
    const embedded = await embedChunks(services.engine, { ...content, documentId }, signal, {
      onProgress: ({ done, total }) => update({ current: { documentId, done, total } }),
      onDownload: (download) => update({ download }),
      beforeBatch: () => engineFree(signal),
    });
    if (downloading && !signal.aborted) {
      await services.searchModelDownloaded(embedded.ok ? { ok: true } : embedded);
      update({ download: undefined });
    }
    if (signal.aborted) return undefined;
    if (!embedded.ok) {
      return downloading
        ? { code: "download-failed", detail: embedded.detail }
        : { code: "embedding-failed", documentId, detail: embedded.detail };
    }
    if (!embedded.vectors) return undefined;
    return save(documentId, embedded.vectors);
  }

  async function save(
    documentId: string,
    vectors: Parameters<DocumentStore["addVectors"]>[1],
  ): Promise<VectorBackfillProblem | undefined> {
    const info = get().documentLibrary.find((document) => document.id === documentId);
    if (!info) return undefined; // deleted meanwhile
    const bytes = vectors.vectors.byteLength;
    const grown = { ...info, storedBytes: info.storedBytes + bytes };
    // The new size is in memory first, so a change saved meanwhile (the document used in another chat) keeps it.
    services.replaceInfo(grown);
    const resize = (change: number) => {
      const current = get().documentLibrary.find((document) => document.id === documentId);
      if (current) services.replaceInfo({ ...current, storedBytes: current.storedBytes + change });
    };
    try {
      if (!(await services.documents.addVectors(grown, vectors))) return undefined;
    } catch (error) {
      resize(-bytes);
      if (isQuotaExceeded(error)) return { code: "storage-full", documentId };
      return { code: "not-saved", documentId, detail: failureMessage(error) };
    }
    services.vectorsAdded(documentId);
    const { withoutVectors, done } = get().vectorBackfill;
    update({ withoutVectors: withoutVectors.filter((id) => id !== documentId), done: done + 1 });
    return undefined;
  }

  async function run(own: AbortController): Promise<void> {
    if (controller !== own) return;
    update({ status: "running", done: 0, problem: undefined, current: undefined, download: undefined });
    let problem: VectorBackfillProblem | undefined;
    for (;;) {
      await engineFree(own.signal);
      if (own.signal.aborted) break;
      // Read again each time: documents attached or deleted meanwhile are taken into account.
      const next = get().vectorBackfill.withoutVectors.find((id) => !attempted.has(id));
      if (next === undefined) break;
      attempted.add(next);
      problem = await addVectors(next, own.signal);
      if (problem) break;
    }
    if (controller !== own) return; // reset meanwhile (the lock came on)
    controller = undefined;
    update({
      status: own.signal.aborted ? "stopped" : problem ? "failed" : "idle",
      current: undefined,
      download: undefined,
      ...(problem ? { problem } : {}),
    });
  }

  /** Starts a run unless one is going; it begins once the current state change is over. */
  function begin(): void {
    if (controller) return;
    const own = new AbortController();
    controller = own;
    queueMicrotask(() => void run(own));
  }

  // A run starts by itself whenever it may: the model was stored (downloaded for a document, or in the model
  // manager), the library was read, the lock was opened, this tab took the engine over. Each document is tried
  // once so: one that cannot get vectors waits for the user's Try again (or the next start).
  subscribe((state) => {
    if (!controller && mayRunUnasked(state, attempted)) begin();
  });

  return {
    /** Starts a run now (the panel's Download, Resume or Try again): the first document downloads the model. */
    start(): void {
      if (controller || get().vectorBackfill.withoutVectors.length === 0) return;
      attempted.clear();
      begin();
    },
    /** Stops after the batch in progress; what was saved stays. Until started again, it stays stopped. */
    stop(): void {
      controller?.abort();
    },
    /** Forgets everything (the lock came on: the library is emptied and read again after unlocking). */
    reset(): void {
      controller?.abort();
      controller = undefined;
      attempted.clear();
      set({ vectorBackfill: NO_VECTOR_BACKFILL });
    },
  };
}

export type VectorBackfillController = ReturnType<typeof createVectorBackfill>;
