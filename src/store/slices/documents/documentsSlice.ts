import type { StateCreator } from "zustand";
import type { DocumentPrompt } from "../../../domain/retrieval/promptAssembly";
import type { DocumentInfo } from "../../../domain/retrieval/storedDocument";
import { createReadingLocks } from "../../../services/documents/readingLocks";
import type { AppServices } from "../../services";
import type { AppState } from "../../appState";
import type { createDocumentPrompter } from "./documentPrompt";
import type { AttachProblem, IndexingStage } from "./indexDocument";
import type { ChunkRef } from "../../../domain/retrieval/document";
import { passageView, type PassageView } from "./passageView";
import { createSearchModelChoice, isSearchModelStored, type SearchModelChoice } from "./searchModelChoice";
import { createAttacher } from "./attachFile";
import { createVectorBackfill, NO_VECTOR_BACKFILL, type VectorBackfill } from "./vectorBackfill";

/** A file being read and indexed. `key` names the attempt (a file attached twice is two attempts). */
export interface AttachmentJob {
  key: string;
  name: string;
  size: number;
  stage: IndexingStage;
}

/** A file that could not be attached, until the user dismisses the message. */
export interface FailedAttachment {
  key: string;
  name: string;
  problem: AttachProblem;
}

export interface DocumentsSlice {
  /** Every indexed document (the library), oldest first; read once, on first need. */
  documentLibrary: DocumentInfo[];
  documentLibraryStatus: "unread" | "reading" | "read" | "failed";
  attachmentJobs: AttachmentJob[];
  failedAttachments: FailedAttachment[];
  /** Documents attached before the conversation exists; its first message takes them. */
  draftDocumentIds: string[];
  /** Files that were still being read when Sigilo was last closed (found at start-up): not attached. */
  interruptedAttachments: DocumentInfo[];
  /** Forgets an interrupted file (its trace in storage goes). */
  dismissInterruptedAttachment(documentId: string): Promise<void>;
  /** Whether documents may be searched by meaning (the embedding model's download); "Not now" is remembered. */
  searchModelChoice: SearchModelChoice;
  /** A large document waits for the user to say whether to download the embedding model. */
  searchModelQuestion: boolean;
  /** The answer to that question: download the model, or search by words alone for now. */
  answerSearchModelQuestion(answer: "download" | "not-now"): void;
  /** Documents without vectors getting them in the background, once the search model is stored. */
  vectorBackfill: VectorBackfill;
  /** From the Documents panel: downloads the search model, then gives every document vectors. */
  downloadSearchModel(): void;
  /** Resumes (or tries again) giving documents vectors. */
  startVectorBackfill(): void;
  /** Stops giving documents vectors; those done keep theirs, the rest are found by their words. */
  stopVectorBackfill(): void;
  loadDocuments(): Promise<void>;
  /** Reads, indexes and stores each file, one after another, for the open conversation (or the next one). */
  attachFiles(files: readonly File[]): Promise<void>;
  /** Stops reading a file; nothing of it is kept. */
  cancelAttachment(key: string): void;
  dismissFailedAttachment(key: string): void;
  /** Takes a document off the open conversation; it stays in the library. */
  detachDocument(documentId: string): Promise<void>;
  /** Attaches a document of the library to the open conversation (or the next one). */
  attachStoredDocument(documentId: string): Promise<void>;
  /** Deletes the document everywhere: its text, chunks and vectors, and from every conversation. */
  deleteDocument(documentId: string): Promise<void>;
  /** The text around a cited passage, for showing it; undefined when its document is gone. */
  readPassage(ref: ChunkRef): Promise<PassageView | undefined>;
  /** For the chat slice: a new conversation's first message takes the documents attached before it. */
  internal_adoptDraftDocuments(conversationId: string): Promise<void>;
  /** For the chat slice: the documents part of the prompt for a question, or undefined when none is attached. */
  internal_documentPrompt(
    conversationId: string,
    question: string,
    budget: { promptBudget: number; conversationTokens: number },
  ): Promise<DocumentPrompt | undefined>;
}

/** The documents of a conversation (or of the next one, when `conversationId` is undefined). */
export function attachedDocuments(state: AppState, conversationId: string | undefined): DocumentInfo[] {
  if (conversationId === undefined) {
    return state.documentLibrary.filter((document) => state.draftDocumentIds.includes(document.id));
  }
  return state.documentLibrary.filter((document) => document.conversationIds.includes(conversationId));
}

export const createDocumentsSlice =
  (services: AppServices): StateCreator<AppState, [], [], DocumentsSlice> =>
  (set, get, api) => {
    const searchModel = createSearchModelChoice({ get, set, settings: services.settings });
    // Retrieval and prompting code is fetched on first use: none of it is needed for the first screen.
    let prompter: ReturnType<typeof createDocumentPrompter> | undefined;
    const loadPrompter = async () =>
      (prompter ??= (await import("./documentPrompt")).createDocumentPrompter({
        ...services,
        // A question is embedded only with the model stored: never a download the user did not agree to.
        mayEmbedQuestions: () => isSearchModelStored(get()),
      }));
    const readingLocks = services.documentReadingLocks ?? createReadingLocks();
    const backfill = createVectorBackfill(
      { get, set, subscribe: (listener) => api.subscribe(listener) },
      {
        engine: services.engine,
        documents: services.documents,
        replaceInfo,
        vectorsAdded: (documentId) => prompter?.forget(documentId),
        searchModelDownloaded: searchModel.downloaded,
      },
    );
    // Indexes hold documents' text: locking forgets them with the rest (vaultSlice empties the state).
    api.subscribe((state, previous) => {
      if (state.vaultStatus === "locked" && previous.vaultStatus !== "locked") {
        prompter?.forgetAll();
        backfill.reset();
      }
    });
    const attacher = createAttacher(
      services,
      { get, set },
      {
        readingLocks,
        searchModel,
        attached(info, hasVectors) {
          replaceInfo(info);
          if (!hasVectors) noteWithoutVectors([info.id]);
        },
      },
    );
    let reading: Promise<void> | undefined;

    function replaceInfo(info: DocumentInfo): void {
      const library = get().documentLibrary;
      const known = library.some((document) => document.id === info.id);
      set({
        documentLibrary: known
          ? library.map((document) => (document.id === info.id ? info : document))
          : [...library, info],
      });
    }

    function noteWithoutVectors(ids: readonly string[]): void {
      const backfillState = get().vectorBackfill;
      const added = ids.filter((id) => !backfillState.withoutVectors.includes(id));
      if (added.length > 0) {
        set({
          vectorBackfill: { ...backfillState, withoutVectors: [...backfillState.withoutVectors, ...added] },
        });
      }
    }

    /** Saves a document's new list of conversations. */
    async function setConversations(documentId: string, change: (ids: string[]) => string[]): Promise<void> {
      const info = get().documentLibrary.find((document) => document.id === documentId);
      if (!info) return;
      const updated = { ...info, conversationIds: change(info.conversationIds) };
      replaceInfo(updated);
      await services.documents.saveInfo(updated).catch(get().reportStorageError);
    }

    return {
      documentLibrary: [],
      documentLibraryStatus: "unread",
      attachmentJobs: [],
      failedAttachments: [],
      draftDocumentIds: [],
      interruptedAttachments: [],
      searchModelChoice: { choice: "undecided" },
      searchModelQuestion: false,
      vectorBackfill: NO_VECTOR_BACKFILL,

      answerSearchModelQuestion: searchModel.answer,

      downloadSearchModel() {
        searchModel.chooseDownload();
        backfill.start();
      },

      startVectorBackfill: () => backfill.start(),

      stopVectorBackfill: () => backfill.stop(),

      loadDocuments() {
        if (get().documentLibraryStatus === "read") return Promise.resolve();
        reading ??= (async () => {
          set({ documentLibraryStatus: "reading" });
          void searchModel.restore();
          try {
            const [listed, withVectors] = await Promise.all([
              services.documents.listDocuments(),
              services.documents.listVectorIds(),
            ]);
            const stored = listed.filter((document) => !document.reading);
            const traces = listed.filter((document) => document.reading);
            // A trace is an interruption only if no tab (this one included) is still reading its file.
            const beingRead = await readingLocks.beingRead(traces.map((trace) => trace.id));
            const interrupted = traces.filter((trace) => !beingRead.has(trace.id));
            // Documents attached while the list was read are kept.
            const added = get().documentLibrary.filter(
              (document) => !stored.some((s) => s.id === document.id),
            );
            set({
              documentLibrary: [...stored, ...added],
              documentLibraryStatus: "read",
              interruptedAttachments: interrupted,
            });
            const vectorIds = new Set(withVectors);
            noteWithoutVectors(
              stored
                .filter((document) => document.chunkCount > 0 && !vectorIds.has(document.id))
                .map((document) => document.id),
            );
          } catch (error) {
            set({ documentLibraryStatus: "failed" });
            get().reportStorageError(error);
          } finally {
            reading = undefined;
          }
        })();
        return reading;
      },

      async attachFiles(files) {
        const conversationId = get().activeConversationId ?? undefined;
        for (const file of files) await attacher.attach(file, conversationId);
      },

      cancelAttachment: (key) => attacher.cancel(key),

      async dismissInterruptedAttachment(documentId) {
        set({
          interruptedAttachments: get().interruptedAttachments.filter((trace) => trace.id !== documentId),
        });
        await services.documents.deleteDocument(documentId).catch(get().reportStorageError);
      },

      dismissFailedAttachment(key) {
        set({ failedAttachments: get().failedAttachments.filter((failed) => failed.key !== key) });
      },

      async detachDocument(documentId) {
        const conversationId = get().activeConversationId;
        if (!conversationId) {
          set({ draftDocumentIds: get().draftDocumentIds.filter((id) => id !== documentId) });
          return;
        }
        await setConversations(documentId, (ids) => ids.filter((id) => id !== conversationId));
      },

      async attachStoredDocument(documentId) {
        const conversationId = get().activeConversationId;
        if (!conversationId) {
          if (!get().draftDocumentIds.includes(documentId))
            set({ draftDocumentIds: [...get().draftDocumentIds, documentId] });
          return;
        }
        await setConversations(documentId, (ids) =>
          ids.includes(conversationId) ? ids : [...ids, conversationId],
        );
      },

      async deleteDocument(documentId) {
        await services.documents.deleteDocument(documentId);
        prompter?.forget(documentId);
        const backfillState = get().vectorBackfill;
        set({
          documentLibrary: get().documentLibrary.filter((document) => document.id !== documentId),
          draftDocumentIds: get().draftDocumentIds.filter((id) => id !== documentId),
          vectorBackfill: {
            ...backfillState,
            withoutVectors: backfillState.withoutVectors.filter((id) => id !== documentId),
          },
        });
      },

      async readPassage(ref) {
        const [content] = await services.documents.getContents([ref.documentId]);
        return content && passageView(content, ref.index);
      },

      async internal_adoptDraftDocuments(conversationId) {
        const drafts = get().draftDocumentIds;
        if (drafts.length === 0) return;
        set({ draftDocumentIds: [] });
        await Promise.all(
          drafts.map((id) =>
            setConversations(id, (ids) => (ids.includes(conversationId) ? ids : [...ids, conversationId])),
          ),
        );
      },

      async internal_documentPrompt(conversationId, question, budget) {
        const documents = attachedDocuments(get(), conversationId);
        if (documents.length === 0) return undefined;
        return (await loadPrompter()).prompt({
          documents,
          question,
          ...budget,
          wording: services.documentWording(),
        });
      },
    };
  };
