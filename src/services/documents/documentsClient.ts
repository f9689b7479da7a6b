import { DEFAULT_CHUNKING, type ChunkingOptions } from "../../domain/retrieval/chunking";
import { checkChosenDocument } from "../../domain/retrieval/documentFormat";
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

  function handle(event: DocumentsEvent): void {
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
    const abandoned = [...pending.values()];
    pending.clear();
    abandoned.forEach((request) =>
      request.settle({ ok: false, problem: { code: "extraction-failed", detail } }),
    );
  }

  function send(message: DocumentsRequest): void {
    worker ??= start();
    worker.postMessage(message);
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

    shutDown() {
      stop("The documents worker was shut down.");
    },
  };
}
