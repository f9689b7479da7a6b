import type { StateCreator } from "zustand";
// Both are in the first bundle anyway (record checks and the rescue export use them): imported here directly.
import { buildExport, type ConversationExport } from "../../../domain/exportFormat";
import { conversationFileKind, importByteLimit } from "../../../domain/importLimits";
import type { ChatGptNotes } from "../../../domain/chatgptContent";
import type { SkippedContent } from "../../../domain/chatgptExport";
import type { ImportPlan } from "../../../domain/importPlan";
import type { ImportedConversation, ImportProblem, ParsedExport } from "../../../domain/importValidation";
import type { MarkdownLabels } from "../../../domain/markdownExport";
import type { AppServices } from "../../services";
import type { AppState } from "../../appState";

/**
 * Why nothing was imported: the file's problem, a file too large to read (`bytes`, checked before reading it),
 * or a file that passed every check but could not be saved (`detail` is the browser's own, untranslated, error).
 */
export type ImportFailure =
  | ImportProblem
  | { code: "too-large"; bytes: number; limit: number }
  | { code: "unreadable"; detail: string }
  | { code: "save-failed"; detail: string };

/** What a file would do, shown before anything changes (`plan`), or why it cannot be imported. */
export type ImportPreview = { ok: true; plan: ImportPlan } | { ok: false; problem: ImportFailure };

/** What an import did: what it added, and everything it did not add, with why. */
export interface ImportOutcome {
  addedConversations: number;
  addedMessages: number;
  /** Messages added to conversations that were already here. */
  addedToExisting: number;
  conversationsAlreadyHere: number;
  messagesAlreadyHere: number;
  clashing: number;
  repaired: number;
  /** A ChatGPT export: what it held that is not imported. */
  chatGptSkipped?: SkippedContent;
}

export type ImportResult = ({ ok: true } & ImportOutcome) | { ok: false; problem: ImportFailure };

/** Exporting a conversation that was deleted meanwhile (e.g. in another tab). */
export class ConversationGoneError extends Error {
  override name = "ConversationGoneError";
  constructor() {
    super("That conversation no longer exists.");
  }
}

export interface TransferSlice {
  /** One conversation (or, without an id, every one) as the versioned JSON export. */
  exportAsJson(conversationId?: string): Promise<ConversationExport>;
  /** The same selection as a readable Markdown document, its headings and notes in the words of `labels`. */
  exportAsMarkdown(labels: MarkdownLabels, conversationId?: string): Promise<string>;
  /**
   * Reads and checks the whole file and says what importing it would do; changes nothing. A file larger than its
   * format's limit (importByteLimit) is refused before it is read. `notes` are the words written into a ChatGPT
   * export's messages where something could not be imported (an image).
   */
  previewImport(file: Blob, notes: ChatGptNotes): Promise<ImportPreview>;
  /**
   * Saves what the preview planned, in one transaction. Conversations and messages already stored (same ids)
   * are kept as they are, so importing the same file twice adds nothing.
   */
  confirmImport(plan: ImportPlan): Promise<ImportResult>;
}

export const createTransferSlice =
  (services: AppServices): StateCreator<AppState, [], [], TransferSlice> =>
  (set, get) => {
    // Exports and imports are rare: their code is fetched when one starts, not with the first screen.
    async function selection(conversationId?: string) {
      const all = get().conversations;
      const conversations = conversationId ? all.filter((c) => c.id === conversationId) : all;
      if (conversationId && conversations.length === 0) throw new ConversationGoneError();
      // Stored messages, plus any newer text still only in memory (a reply being written).
      const stored = await Promise.all(conversations.map((c) => services.conversations.getMessages(c.id)));
      const messages = new Map(
        conversations.map((c, index) => [c.id, get().messagesByConversation[c.id] ?? stored[index] ?? []]),
      );
      return { conversations, messagesOf: (id: string) => messages.get(id) ?? [] };
    }

    return {
      async exportAsJson(conversationId) {
        const { conversations, messagesOf: messages } = await selection(conversationId);
        return buildExport(conversations, (id) => [...messages(id)], new Date(services.now()));
      },

      async exportAsMarkdown(labels, conversationId) {
        const { conversations, messagesOf: messages } = await selection(conversationId);
        const { conversationsToMarkdown } = await import("../../../domain/markdownExport");
        return conversationsToMarkdown(conversations, messages, labels, get().customModelCards);
      },

      async previewImport(file, notes) {
        let parsed: ParsedExport;
        const { planImport } = await import("../../../domain/importPlan");
        try {
          const limit = importByteLimit(conversationFileKind(await head(file)));
          if (file.size > limit)
            return { ok: false, problem: { code: "too-large", bytes: file.size, limit } };
          parsed = await services.readConversationFile(file, notes);
        } catch (error) {
          return { ok: false, problem: { code: "unreadable", detail: String(error) } };
        }
        if (!parsed.ok) return parsed;
        const ids = parsed.conversations.map(({ conversation }) => conversation.id);
        let stored;
        try {
          stored = await services.conversations.findStored(ids);
        } catch (error) {
          return { ok: false, problem: { code: "save-failed", detail: String(error) } };
        }
        const titles = new Map(get().conversations.map((c) => [c.id, c.title]));
        const storedHere = new Map(
          ids
            .filter((id) => stored.conversations.has(id))
            .map((id) => [id, { title: titles.get(id) ?? fileTitle(parsed.conversations, id) }]),
        );
        return {
          ok: true,
          plan: planImport(parsed.conversations, { ...stored, conversations: storedHere }, parsed.chatGpt),
        };
      },

      async confirmImport(plan) {
        let counts = { addedConversations: 0, addedMessages: 0 };
        const { planChangesSomething } = await import("../../../domain/importPlan");
        if (planChangesSomething(plan)) {
          try {
            counts = await services.conversations.importConversations(plan.conversations, plan.messages);
          } catch (error) {
            return { ok: false, problem: { code: "save-failed", detail: String(error) } };
          }
          get().invalidateSearchIndex();
          await refreshAfterImport(plan);
        }
        // Another tab may have saved some of the same records since the preview: those count as already here.
        const newIds = new Set(plan.conversations.map((c) => c.id));
        const addedToExisting = plan.messages.filter((m) => !newIds.has(m.conversationId)).length;
        return {
          ok: true,
          addedConversations: counts.addedConversations,
          addedMessages: counts.addedMessages,
          addedToExisting: Math.min(addedToExisting, counts.addedMessages),
          conversationsAlreadyHere:
            plan.conversationsAlreadyHere + plan.conversations.length - counts.addedConversations,
          messagesAlreadyHere: plan.messagesAlreadyHere + plan.messages.length - counts.addedMessages,
          clashing: plan.clashing,
          repaired: plan.repaired.length,
          ...(plan.chatGpt && { chatGptSkipped: plan.chatGpt.skipped }),
        };
      },
    };

    /** Re-reads the list, and the messages of open conversations that may have gained some. */
    async function refreshAfterImport(plan: ImportPlan) {
      const ids = [...new Set(plan.messages.map((m) => m.conversationId))];
      const conversations = await services.conversations.listConversations();
      const generation = get().generation;
      const cached = ids.filter(
        (id) =>
          get().messagesByConversation[id] &&
          !(generation.status === "streaming" && generation.conversationId === id),
      );
      const reread = await Promise.all(cached.map((id) => services.conversations.getMessages(id)));
      set((state) => ({
        conversations,
        messagesByConversation: {
          ...state.messagesByConversation,
          ...Object.fromEntries(cached.map((id, index) => [id, reread[index] ?? []])),
        },
      }));
    }
  };

/** The first bytes of a file: enough to tell a ChatGPT export from a Sigilo one. */
async function head(file: Blob): Promise<Uint8Array> {
  return new Uint8Array(await file.slice(0, 64).arrayBuffer());
}

function fileTitle(conversations: readonly ImportedConversation[], id: string): string {
  return conversations.find(({ conversation }) => conversation.id === id)?.conversation.title ?? "";
}
