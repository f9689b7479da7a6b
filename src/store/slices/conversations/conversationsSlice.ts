import { visibleTitle } from "../../../domain/conversationTitle";
import type { StateCreator } from "zustand";
import type { Conversation, Message } from "../../../domain/conversation";
import type { AppServices } from "../../services";
import type { AppState } from "../../appState";
import { readRepaired, type RepairNotice } from "./readRepaired";

/** What "Check and repair conversations" found. */
export interface RepairSummary {
  checked: number;
  repaired: RepairNotice[];
}

export interface ConversationsSlice {
  /** Newest first. */
  conversations: Conversation[];
  /** False until the first read from IndexedDB finishes: the UI must not claim "no conversations" before. */
  conversationsLoaded: boolean;
  /**
   * True once the whole list is read, not only its first screen (a long history takes a moment more): the search
   * index starts then, so what it reports as read covers every conversation.
   */
  conversationListComplete: boolean;
  /** Undefined = a new, not yet saved chat (it is created on the first message). */
  activeConversationId: string | undefined;
  /** Messages of the conversations opened so far, oldest first. */
  messagesByConversation: Record<string, Message[]>;
  /** How many replies were found cut off by a reload at start-up. */
  interruptedAtStartup: number;
  /** Conversations whose messages were repaired when read, until the user dismisses the note. */
  repairNotices: RepairNotice[];
  /**
   * The previous start did not finish (a crash, or a hang the user escaped by closing the tab), so this one
   * reopened no conversation and offers an export and a repair instead. See services/startup.
   */
  safeStart: boolean;
  /** Reads the list and, unless the previous start did not finish, reopens the newest conversation. */
  loadConversations(): Promise<void>;
  dismissRepairNotice(conversationId: string): void;
  dismissSafeStart(): void;
  /** Reads every conversation and repairs each broken tree (writing the repairs back). */
  repairAllConversations(): Promise<RepairSummary>;
  newChat(): void;
  openConversation(id: string): Promise<void>;
  renameConversation(id: string, title: string): Promise<void>;
  deleteConversation(id: string): Promise<void>;
  /** Commit a conversation (new or changed) to the list and storage, keeping newest first. */
  putConversation(conversation: Conversation): void;
  /** Commit a message to memory; `persist` also writes it to storage. */
  putMessage(message: Message, persist: boolean): void;
  /**
   * Commit a conversation and some of its messages to memory, and to storage in one transaction; resolves once
   * stored (or the failure reported), never rejects.
   */
  putConversationWithMessages(conversation: Conversation, messages: readonly Message[]): Promise<void>;
}

/** Conversations read before the rest of the list: more than a tall screen shows. */
export const FIRST_SCREEN_ROWS = 50;

export const createConversationsSlice =
  (services: AppServices): StateCreator<AppState, [], [], ConversationsSlice> =>
  (set, get) => {
    /** A conversation read (and perhaps repaired) from storage, into memory. */
    function commitRead(conversation: Conversation, messages: Message[], { replace = false } = {}) {
      const { generation } = get();
      const writing = generation.status === "streaming" && generation.conversationId === conversation.id;
      set((state) => ({
        conversations: state.conversations.map((c) => (c.id === conversation.id ? conversation : c)),
        // A reply may have started streaming into this conversation while it was being read.
        messagesByConversation: {
          ...state.messagesByConversation,
          [conversation.id]:
            (writing || !replace ? state.messagesByConversation[conversation.id] : undefined) ?? messages,
        },
      }));
    }

    return {
      conversations: [],
      conversationsLoaded: false,
      conversationListComplete: false,
      activeConversationId: undefined,
      messagesByConversation: {},
      interruptedAtStartup: 0,
      repairNotices: [],
      safeStart: false,

      async loadConversations() {
        const journal = services.startupJournal;
        const previousUnfinished = (await journal?.begin()) ?? false;
        try {
          // The first screen of the list is read first: a screenful of records, read and decoded at the same cost
          // with 10 conversations as with 10,000, so the list is on screen with the app shell. The rest follows.
          const firstScreen = await services.conversations.listNewestConversations(FIRST_SCREEN_ROWS);
          set({ conversations: firstScreen, conversationsLoaded: true, safeStart: previousUnfinished });
          const rest = (
            firstScreen.length < FIRST_SCREEN_ROWS
              ? Promise.resolve()
              : services.conversations.listConversations().then((all) => {
                  // Locked meanwhile: what was read must not come back into memory.
                  if (!get().conversationsLoaded) return;
                  set((state) => ({ conversations: withRestOfList(state.conversations, firstScreen, all) }));
                })
          ).finally(() => {
            // Unless locked meanwhile; a failed read leaves what was listed, and search covers that.
            if (get().conversationsLoaded) set({ conversationListComplete: true });
          });
          // A reply that was streaming when the page went away is kept, marked as interrupted; unless another
          // tab runs the model: then it may be writing that reply right now. The newest conversation opens once
          // the marking is done, so a cut-off reply in it shows as interrupted; it does not wait for the rest
          // of the list.
          const ownership = get().engineOwnership;
          const otherTabRunsModel = ownership === "elsewhere" || ownership === "taken-over";
          const interruptedAtStartup = otherTabRunsModel
            ? 0
            : await services.conversations.markStreamingAsInterrupted();
          set({ interruptedAtStartup });
          const newest = firstScreen[0];
          // After a start that did not finish, reopening the same conversation could end the same way.
          if (!previousUnfinished && newest && get().activeConversationId === undefined) {
            await get().openConversation(newest.id);
          }
          await rest;
        } finally {
          journal?.finishWhenSettled();
        }
      },

      dismissRepairNotice(conversationId) {
        set((state) => ({
          repairNotices: state.repairNotices.filter((n) => n.conversationId !== conversationId),
        }));
      },

      dismissSafeStart() {
        set({ safeStart: false });
      },

      async repairAllConversations() {
        const repaired: RepairNotice[] = [];
        const conversations = await services.conversations.listConversations();
        for (const conversation of conversations) {
          const read = await readRepaired(services, conversation, get().reportStorageError);
          if (!read.notice) continue;
          repaired.push(read.notice);
          commitRead(read.conversation, read.messages);
        }
        set({ conversations: get().conversations.map((c) => conversations.find((r) => r.id === c.id) ?? c) });
        return { checked: conversations.length, repaired };
      },

      newChat() {
        set({ activeConversationId: undefined });
      },

      async openConversation(id) {
        set({ activeConversationId: id });
        const conversation = get().conversations.find((c) => c.id === id);
        if (get().messagesByConversation[id] || !conversation) return;
        const read = await readRepaired(services, conversation, get().reportStorageError);
        commitRead(read.conversation, read.messages);
        const { notice } = read;
        if (notice) set((state) => ({ repairNotices: [...state.repairNotices, notice] }));
      },

      async renameConversation(id, title) {
        const conversation = get().conversations.find((c) => c.id === id);
        // A name that would show nothing (zero-width characters) is no name: the title stays.
        const shown = visibleTitle(title);
        if (!conversation || !shown || shown === conversation.title) return;
        const renamed = { ...conversation, title: shown, titled: true };
        set((state) => ({ conversations: state.conversations.map((c) => (c.id === id ? renamed : c)) }));
        await services.conversations.saveConversation(renamed).catch(get().reportStorageError);
      },

      async deleteConversation(id) {
        const generation = get().generation;
        if (generation.status === "streaming" && generation.conversationId === id) get().stopGenerating();
        set((state) => ({
          conversations: state.conversations.filter((c) => c.id !== id),
          messagesByConversation: withoutKey(state.messagesByConversation, id),
          activeConversationId: state.activeConversationId === id ? undefined : state.activeConversationId,
        }));
        await services.conversations.deleteConversation(id).catch(get().reportStorageError);
      },

      putConversation(conversation) {
        set((state) => withConversation(state, conversation));
        services.conversations.saveConversation(conversation).catch(get().reportStorageError);
      },

      putMessage(message, persist) {
        set((state) => withMessage(state, message));
        if (persist) services.conversations.saveMessage(message).catch(get().reportStorageError);
      },

      putConversationWithMessages(conversation, messages) {
        set((state) => messages.reduce(withMessage, { ...state, ...withConversation(state, conversation) }));
        return services.conversations
          .saveConversationWithMessages(conversation, messages)
          .catch(get().reportStorageError);
      },
    };
  };

/**
 * The whole list, read after its first screen: what changed in memory meanwhile (a conversation started,
 * renamed or deleted in the first moments) is kept over what was read.
 */
function withRestOfList(
  current: readonly Conversation[],
  firstScreen: readonly Conversation[],
  all: readonly Conversation[],
): Conversation[] {
  const asRead = new Set(firstScreen);
  const kept = new Set(current.map((c) => c.id));
  const deleted = new Set(firstScreen.filter((c) => !kept.has(c.id)).map((c) => c.id));
  const changed = new Map(current.filter((c) => !asRead.has(c)).map((c) => [c.id, c]));
  const rest = all.filter((c) => !changed.has(c.id) && !deleted.has(c.id));
  return [...changed.values(), ...rest].sort((a, b) => b.updatedAt - a.updatedAt);
}

/** The list with `conversation` added or replaced, newest first. */
function withConversation(state: AppState, conversation: Conversation): Pick<AppState, "conversations"> {
  return {
    conversations: [conversation, ...state.conversations.filter((c) => c.id !== conversation.id)].sort(
      (a, b) => b.updatedAt - a.updatedAt,
    ),
  };
}

/** Its conversation's messages with `message` appended or replaced. */
function withMessage<S extends Pick<AppState, "messagesByConversation">>(state: S, message: Message): S {
  const list = state.messagesByConversation[message.conversationId] ?? [];
  const index = list.findIndex((m) => m.id === message.id);
  const next = index === -1 ? [...list, message] : list.with(index, message);
  return {
    ...state,
    messagesByConversation: { ...state.messagesByConversation, [message.conversationId]: next },
  };
}

function withoutKey<T>(record: Record<string, T>, key: string): Record<string, T> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}
