import type { AppState } from "../../store/appState";
import type { AppStore } from "../../store/createAppStore";
import { focusTarget } from "./focusTargets";

/**
 * One definition per user intent, shared by the button or menu item that shows it, the keyboard shortcut that
 * triggers it and the shortcuts help that lists it (the excalidraw pattern): a label or key changes in one place.
 */
export interface AppAction {
  id: string;
  label: string;
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
  label: "New chat",
  keys: ["Mod+Shift+O"],
  perform: (store) => {
    store.getState().newChat();
    // The composer appears once the chat view renders; focus it on the next frame.
    requestAnimationFrame(() => focusTarget("composer"));
  },
};

export const focusComposerAction: AppAction = {
  id: "focus-composer",
  label: "Focus the message box",
  keys: ["Shift+Escape"],
  perform: () => void focusTarget("composer"),
};

export const stopAction: AppAction = {
  id: "stop",
  label: "Stop the reply",
  keys: ["Escape"],
  isEnabled: (state) => state.generation.status === "streaming",
  perform: (store) => store.getState().stopGenerating(),
};

export const searchAction: AppAction = {
  id: "search",
  label: "Search conversations",
  keys: ["Mod+K", "/"],
  perform: () => void focusTarget("search"),
};

export const previousConversationAction: AppAction = {
  id: "previous-conversation",
  label: "Previous (newer) conversation",
  keys: ["Alt+ArrowUp"],
  isEnabled: (state) => state.conversations.length > 0,
  perform: (store) => switchConversation(store, -1),
};

export const nextConversationAction: AppAction = {
  id: "next-conversation",
  label: "Next (older) conversation",
  keys: ["Alt+ArrowDown"],
  isEnabled: (state) => state.conversations.length > 0,
  perform: (store) => switchConversation(store, 1),
};

export const shortcutsHelpAction: AppAction = {
  id: "shortcuts-help",
  label: "Keyboard shortcuts",
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
