import type { StateCreator } from "zustand";
import type { Conversation } from "../../../domain/conversation";
import { buildExport, type ConversationExport } from "../../../domain/exportFormat";
import { messagesOf, parseConversationExport, type ImportProblem } from "../../../domain/importValidation";
import { conversationsToMarkdown, type MarkdownLabels } from "../../../domain/markdownExport";
import type { AppServices } from "../../services";
import type { AppState } from "../../appState";

/** A file that passed validation but could not be saved: `detail` is the browser's own (untranslated) error. */
export type ImportFailure = ImportProblem | { code: "save-failed"; detail: string };

export type ImportResult =
  | { ok: true; addedConversations: number; addedMessages: number; alreadyPresent: number }
  | { ok: false; problem: ImportFailure };

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
   * Validates the whole file first; a rejected file changes nothing. Conversations and messages already stored
   * (same ids) are kept as they are, so importing the same file twice adds nothing.
   */
  importConversations(fileText: string): Promise<ImportResult>;
}

export const createTransferSlice =
  (services: AppServices): StateCreator<AppState, [], [], TransferSlice> =>
  (set, get) => {
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
        return conversationsToMarkdown(conversations, messages, labels, get().customModelCards);
      },

      async importConversations(fileText) {
        const parsed = parseConversationExport(fileText);
        if (!parsed.ok) return parsed;
        const conversations: Conversation[] = parsed.file.conversations.map(
          ({ messages: _messages, ...conversation }) => conversation,
        );
        let counts;
        try {
          counts = await services.conversations.importConversations(conversations, messagesOf(parsed.file));
        } catch (error) {
          return { ok: false, problem: { code: "save-failed", detail: String(error) } };
        }
        get().invalidateSearchIndex();
        await refreshAfterImport(conversations.map((c) => c.id));
        return {
          ok: true,
          ...counts,
          alreadyPresent: conversations.length - counts.addedConversations,
        };
      },
    };

    /** Re-reads the list, and the messages of open conversations that may have gained some. */
    async function refreshAfterImport(ids: readonly string[]) {
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
