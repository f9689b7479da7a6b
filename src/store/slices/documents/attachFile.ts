import { newId } from "../../../domain/conversation";
import type { DocumentInfo } from "../../../domain/retrieval/storedDocument";
import type { ReadingLocks } from "../../../services/documents/readingLocks";
import type { AppServices } from "../../services";
import type { AppState } from "../../appState";
import type { IndexingStage } from "./indexDocument";
import type { SearchModelChoiceController } from "./searchModelChoice";

interface Store {
  get(): AppState;
  set(partial: Partial<AppState>): void;
}

interface Deps {
  readingLocks: ReadingLocks;
  searchModel: SearchModelChoiceController;
  /** The document is stored: it joins the library (and the list of those without vectors, if so). */
  attached(info: DocumentInfo, hasVectors: boolean): void;
}

/**
 * Attaching one file: its reading lock and trace, reading and indexing it, and what the chat shows meanwhile
 * (a job with its stage, a way to stop it, then the document or why it was not attached).
 */
export function createAttacher(services: AppServices, { get, set }: Store, deps: Deps) {
  const controllers = new Map<string, AbortController>();

  function updateJob(key: string, stage: IndexingStage): void {
    set({ attachmentJobs: get().attachmentJobs.map((job) => (job.key === key ? { ...job, stage } : job)) });
  }

  /**
   * Notes in storage that this file is being read (sealed like the finished record, which replaces it), so a
   * tab closed before the end is told at the next start. Best effort: a full storage fails later, with why.
   */
  async function leaveReadingTrace(
    file: File,
    documentId: string,
    conversationId: string | undefined,
  ): Promise<void> {
    // Reading and indexing code is fetched on first use: none of it is needed for the first screen.
    const { checkChosenDocument } = await import("../../../domain/retrieval/documentFormat");
    const checked = checkChosenDocument(file);
    if (!checked.ok) return;
    const trace: DocumentInfo = {
      id: documentId,
      name: file.name,
      size: file.size,
      format: checked.format,
      createdAt: services.now(),
      chunkCount: 0,
      storedBytes: 0,
      pagesWithoutText: [],
      conversationIds: conversationId ? [conversationId] : [],
      reading: true,
    };
    await services.documents.saveInfo(trace).catch(() => {});
  }

  async function attach(file: File, conversationId: string | undefined): Promise<void> {
    const key = newId();
    const documentId = newId();
    const controller = new AbortController();
    controllers.set(key, controller);
    set({
      attachmentJobs: [
        ...get().attachmentJobs,
        { key, name: file.name, size: file.size, stage: { stage: "reading" } },
      ],
    });
    // Held before the trace is written and until it is replaced or removed: another tab that finds the trace
    // meanwhile knows the file is still being read, not left behind by a closed tab.
    const release = await deps.readingLocks.hold(documentId);
    try {
      await leaveReadingTrace(file, documentId, conversationId);
      const { indexDocument } = await import("./indexDocument");
      const outcome = await indexDocument(services, {
        file,
        documentId,
        conversationIds: conversationId ? [conversationId] : [],
        now: services.now(),
        signal: controller.signal,
        onStage: (stage) => updateJob(key, stage),
        decideEmbedding: deps.searchModel.decide,
        onSearchModelDownloaded: (downloaded) => void deps.searchModel.downloaded(downloaded),
      });
      controllers.delete(key);
      set({ attachmentJobs: get().attachmentJobs.filter((job) => job.key !== key) });
      if (!outcome.ok) {
        await services.documents.deleteDocument(documentId).catch(() => {});
        if (outcome.problem.code === "cancelled") return;
        set({
          failedAttachments: [...get().failedAttachments, { key, name: file.name, problem: outcome.problem }],
        });
        return;
      }
      deps.attached(outcome.info, outcome.hasVectors);
      if (!conversationId) set({ draftDocumentIds: [...get().draftDocumentIds, documentId] });
    } finally {
      release();
    }
  }

  return {
    attach,
    /** Stops reading a file; nothing of it is kept. */
    cancel(key: string): void {
      controllers.get(key)?.abort();
    },
  };
}
