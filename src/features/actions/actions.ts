import type { AppState } from "../../store/appState";
import type { AppStore } from "../../store/createAppStore";
import { focusTarget } from "./focusTargets";
import type { Messages } from "../../i18n/messages/en";

/**
 * One definition per user intent, shared by the button or menu item that shows it, the keyboard shortcut that
 * triggers it and the shortcuts help that lists it (the excalidraw pattern): a label or key changes in one place.
 */
export interface AppAction {
  id: string;
  /** Read from the current language's messages, so a label changes in one place per language. */
  label(t: Messages): string;
  /** Shortcuts, in the `Mod+Shift+K` notation (Mod is ⌘ on Apple devices, Ctrl elsewhere). */
  keys: readonly string[];
  /** Whether the action can run now; a disabled action's shortcut does nothing and lets the key through. */
  isEnabled?(state: AppState): boolean;
  perform(store: AppStore): void;
}

function switchConversation(store: AppStore, step: 1 | -1): void {
  const { conversations, activeConversationId, openConversation } = store.getState();
  if (conversations.length === 0) return;
  const current = conversations.findIndex((c) => c.id === activeConversationId);
  const next = current === -1 ? (step === 1 ? 0 : conversations.length - 1) : current + step;
  const target = conversations[Math.min(conversations.length - 1, Math.max(0, next))];
  if (target && target.id !== activeConversationId) void openConversation(target.id);
}

export const newChatAction: AppAction = {
  id: "new-chat",
  label: (t) => t.actions.newChat,
  keys: ["Mod+Shift+O"],
  perform: (store) => {
    store.getState().newChat();
    // The composer appears once the chat view renders; focus it on the next frame.
    requestAnimationFrame(() => focusTarget("composer"));
  },
};

export const focusComposerAction: AppAction = {
  id: "focus-composer",
  label: (t) => t.actions.focusComposer,
  keys: ["Shift+Escape"],
  perform: () => void focusTarget("composer"),
};

export const stopAction: AppAction = {
  id: "stop",
  label: (t) => t.actions.stop,
  keys: ["Escape"],
  isEnabled: (state) => state.generation.status === "streaming",
  perform: (store) => store.getState().stopGenerating(),
};

export const searchAction: AppAction = {
  id: "search",
  label: (t) => t.actions.search,
  keys: ["Mod+K", "/"],
  perform: () => void focusTarget("search"),
};

export const previousConversationAction: AppAction = {
  id: "previous-conversation",
  label: (t) => t.actions.previousConversation,
  keys: ["Alt+ArrowUp"],
  isEnabled: (state) => state.conversations.length > 0,
  perform: (store) => switchConversation(store, -1),
};

export const nextConversationAction: AppAction = {
  id: "next-conversation",
  label: (t) => t.actions.nextConversation,
  keys: ["Alt+ArrowDown"],
  isEnabled: (state) => state.conversations.length > 0,
  perform: (store) => switchConversation(store, 1),
};

export const shortcutsHelpAction: AppAction = {
  id: "shortcuts-help",
  label: (t) => t.actions.shortcutsHelp,
  keys: ["Mod+/", "?"],
  perform: (store) => store.getState().setShortcutsHelpOpen(true),
};

/** Every action with a shortcut, in the order the help lists them. */
export const SHORTCUT_ACTIONS: readonly AppAction[] = [
  newChatAction,
  focusComposerAction,
  stopAction,
  searchAction,
  previousConversationAction,
  nextConversationAction,
  shortcutsHelpAction,
];
