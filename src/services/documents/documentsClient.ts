import { DEFAULT_CHUNKING, type ChunkingOptions } from "../../domain/retrieval/chunking";
import { checkChosenDocument } from "../../domain/retrieval/documentFormat";
import type { ChunkRef } from "../../domain/retrieval/document";
import type { RankRequest, RetrievalDocument } from "../../domain/retrieval/retrievalIndexes";
import type { DocumentsEvent, DocumentsRequest, ExtractionOutcome, ExtractionProgress } from "./protocol";

export interface ExtractRequest {
  /** Written into every chunk, so chunks can be stored and cited without their document beside them. */
  documentId: string;
  chunking?: ChunkingOptions;
  onProgress?: (progress: ExtractionProgress) => void;
  /** Aborting answers "cancelled" at once; the worker stops at its next page. */
  signal?: AbortSignal;
}

/** Reads attached files in the documents worker. */
export interface DocumentsClient {
  /** Never rejects: a file that cannot be read resolves with the problem, for the interface to word. */
  extract(file: File, request: ExtractRequest): Promise<ExtractionOutcome>;
  /**
   * Makes the worker hold these documents' indexes: `load` is asked for those it lacks (once per document,
   * again only if the worker was restarted), and its vectors are handed over, not copied.
   */
  holdIndexes(
    documentIds: readonly string[],
    load: (ids: string[]) => Promise<RetrievalDocument[]>,
  ): Promise<void>;
  /** The best passages for a question, ranked in the worker; none if the worker stopped meanwhile. */
  rank(request: RankRequest): Promise<ChunkRef[]>;
  /** Drops documents' indexes from the worker (all when `documentIds` is absent). */
  forget(documentIds?: readonly string[]): void;
  /** Ends the worker (freeing pdf.js's memory); requests still running answer "extraction-failed". */
  shutDown(): void;
}

interface Pending {
  onProgress(progress: ExtractionProgress): void;
  settle(outcome: ExtractionOutcome): void;
}

function startDocumentsWorker(): Worker {
  return new Worker(new URL("../../workers/documents/documents.worker.ts", import.meta.url), {
    type: "module",
    name: "sigilo-documents",
  });
}

/**
 * The page's side of the documents worker. The worker starts on the first file (so its code is fetched
 * only when a file is attached) and again after it stops or crashes (a PDF can exhaust its memory): what
 * it was reading then answers "extraction-failed", and the next file gets a fresh worker.
 */
export function createDocumentsClient(createWorker: () => Worker = startDocumentsWorker): DocumentsClient {
  let worker: Worker | undefined;
  let nextRequestId = 1;
  const pending = new Map<number, Pending>();
  const ranking = new Map<number, (ranked: ChunkRef[]) => void>();
  /** Documents whose indexes the running worker holds. */
  const held = new Set<string>();

  function handle(event: DocumentsEvent): void {
    if (event.type === "ranked") {
      ranking.get(event.requestId)?.(event.ranking);
      ranking.delete(event.requestId);
      return;
    }
    const request = pending.get(event.requestId);
    if (!request) return;
    if (event.type === "progress") request.onProgress(event.progress);
    else
      request.settle(
        event.type === "extracted"
          ? { ok: true, result: event.result }
          : { ok: false, problem: event.problem },
      );
  }

  function start(): Worker {
    const started = createWorker();
    started.addEventListener("message", (event: MessageEvent<DocumentsEvent>) => handle(event.data));
    started.addEventListener("error", (event) => {
      event.preventDefault();
      // An uncaught exception comes as an ErrorEvent with a message; a script that failed to load, without.
      const message = "message" in event && typeof event.message === "string" ? event.message : "";
      stop(message || "The documents worker stopped.");
    });
    return started;
  }

  function stop(detail: string): void {
    worker?.terminate();
    worker = undefined;
    held.clear();
    const unranked = [...ranking.values()];
    ranking.clear();
    unranked.forEach((answer) => answer([]));
    const abandoned = [...pending.values()];
    pending.clear();
    abandoned.forEach((request) =>
      request.settle({ ok: false, problem: { code: "extraction-failed", detail } }),
    );
  }

  function send(message: DocumentsRequest, transfer: Transferable[] = []): void {
    worker ??= start();
    worker.postMessage(message, transfer);
  }

  return {
    extract(file, { documentId, chunking = DEFAULT_CHUNKING, onProgress = () => {}, signal }) {
      const checked = checkChosenDocument(file);
      if (!checked.ok) return Promise.resolve(checked);
      if (signal?.aborted) return Promise.resolve({ ok: false, problem: { code: "cancelled" } });
      const requestId = nextRequestId++;
      return new Promise<ExtractionOutcome>((resolve) => {
        const cancel = () => {
          pending.get(requestId)?.settle({ ok: false, problem: { code: "cancelled" } });
          worker?.postMessage({ type: "cancel", requestId } satisfies DocumentsRequest);
        };
        pending.set(requestId, {
          onProgress,
          settle(outcome) {
            pending.delete(requestId);
            signal?.removeEventListener("abort", cancel);
            resolve(outcome);
          },
        });
        signal?.addEventListener("abort", cancel);
        send({ type: "extract", requestId, file, documentId, chunking });
      });
    },

    async holdIndexes(documentIds, load) {
      const missing = documentIds.filter((id) => !held.has(id));
      if (missing.length === 0) return;
      for (const document of await load(missing)) {
        send({ type: "index", document }, document.vectors ? [document.vectors.data.buffer] : []);
        held.add(document.id);
      }
    },

    rank(request) {
      const requestId = nextRequestId++;
      return new Promise<ChunkRef[]>((resolve) => {
        ranking.set(requestId, resolve);
        send({ type: "rank", requestId, request });
      });
    },

    forget(documentIds) {
      if (!worker) return;
      documentIds?.forEach((id) => held.delete(id));
      if (!documentIds) held.clear();
      send({ type: "forget", ...(documentIds && { documentIds: [...documentIds] }) });
    },

    shutDown() {
      stop("The documents worker was shut down.");
    },
  };
}
