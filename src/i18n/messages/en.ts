import { plural } from "../plural";
import { enModels } from "./en/models";
import { enModelSearch } from "./en/modelSearch";
import { enEnvironment } from "./en/environment";
import { enInstructions } from "./en/instructions";
import { enTransfer } from "./en/transfer";
import { enVault } from "./en/vault";
import { enPrivacy } from "./en/privacy";
import { enStartup } from "./en/startup";
import { enIntegrity } from "./en/integrity";
import { enImportModel } from "./en/importModel";
import { enMessageAuthor } from "./en/messageAuthor";
import { enDocuments } from "./en/documents";
import { enRendering } from "./en/rendering";
import { enWaitingMessages } from "./en/waitingMessages";
import { enThinking } from "./en/thinking";
import { enLayout } from "./en/layout";

/**
 * Every user-facing English text. The source of truth: other languages are typed as `Messages`, so
 * TypeScript refuses a dictionary with a missing or extra key. Plurals and interpolation are small functions.
 * Each area of the app keeps its texts in a file of its own under ./en and ./pt-BR, spread in here.
 */
export const en = {
  language: {
    label: "Language",
    auto: "Browser language",
    en: "English",
    "pt-BR": "Português (Brasil)",
  },
  theme: {
    label: "Theme",
    system: "System",
    light: "Light",
    dark: "Dark",
  },
  actions: {
    newChat: "New chat",
    focusComposer: "Focus the message box",
    stop: "Stop the reply",
    search: "Search conversations",
    previousConversation: "Previous (newer) conversation",
    nextConversation: "Next (older) conversation",
    shortcutsHelp: "Keyboard shortcuts",
  },
  shortcuts: {
    title: "Keyboard shortcuts",
    action: "Action",
    keys: "Keys",
    or: " or ",
    close: "Close",
  },
  search: {
    placeholder: (shortcut: string) => `Search (${shortcut})`,
    results: "Search results",
    roles: { user: "You", assistant: "Assistant", system: "System" },
    searching: "Searching…",
    failed: "Search failed: the conversations could not be read.",
    noMatches: "No matches.",
    firstMatches: (count: number) => `First ${count} matches.`,
    matches: (count: number) => (count === 1 ? "1 match." : `${count} matches.`),
    stillReading: (count: number) =>
      count === 1
        ? "Still reading 1 older conversation; more matches may appear."
        : `Still reading ${count} older conversations; more matches may appear.`,
  },
  welcome: {
    title: "Welcome to Sigilo",
    lead: "Sigilo is an AI assistant that runs entirely in this browser, on your own graphics card. What you type and what it answers never leave this device: there is no server, no account and no tracking.",
  },
  mainPanel: {
    checking: "Checking what this browser can do…",
  },
  conversationItem: {
    titleField: "Conversation title",
    rename: "Rename",
    renameNamed: (title: string) => `Rename ${title}`,
    delete: "Delete",
    deleteNamed: (title: string) => `Delete ${title}`,
  },
  modelStatus: {
    loading: "loading…",
    ready: "ready",
    failed: "not loaded",
    backToChat: "Back to chat",
    changeModel: "Change model",
  },
  chat: {
    noConversation: "No conversation open",
    emptyTitle: "What can I help with?",
    emptyHint: "Everything you write here stays on this device.",
    messages: "Messages",
    youSaid: "You said",
    assistantSaid: "Assistant said",
    you: "You",
    assistant: "Assistant",
    cutOff: "Cut off at the reply length limit.",
    stopped: "Stopped",
    interrupted: "Interrupted: the page was closed or reloaded while this reply was being written.",
    thinking: "Thinking…",
    omitted: (count: number) =>
      `The model did not see the ${count} earliest ${count === 1 ? "message" : "messages"} of this conversation: they no longer fit in its context window.`,
    replyFailed: (error: string) => `The reply failed: ${error}`,
  },
  messageActions: {
    versions: "Versions",
    previousVersion: "Previous version",
    nextVersion: "Next version",
    versionOf: (index: number, count: number) => `Version ${index} of ${count}`,
    edit: "Edit",
    regenerate: "Regenerate",
    continue: "Continue",
    copy: "Copy",
    copied: "Copied",
    failed: "Copy failed",
    delete: "Delete",
  },
  deleteMessage: {
    title: "Delete message?",
    version:
      "This version of the message is deleted, with everything that followed it in this version. The other versions stay.",
    single: "Only this message is deleted; the rest of the conversation stays.",
    irreversible: "This cannot be undone.",
    cancel: "Cancel",
    confirm: "Delete",
  },
  editMessage: {
    field: "Edit message",
    save: "Save and send",
    cancel: "Cancel",
    empty: "The message is empty.",
  },
  messageDetails: {
    tokens: (count: number) =>
      `${count.toLocaleString("en")} ${plural("en", count, { one: "token", other: "tokens" })}`,
    prefill: (speed: string) => `prefill ${speed} tokens/s`,
    decode: (speed: string) => `decode ${speed} tokens/s`,
    firstToken: (seconds: string) => `first token after ${seconds} s`,
  },
  storageError: {
    dismiss: "Dismiss",
  },
  update: {
    available: "New version available",
    afterReply: "Available when the reply has finished",
    reload: "Reload",
    checking: "Checking what it needs…",
    needsLibraries: (count: number, size: string) =>
      `The update needs ${count} model ${count === 1 ? "library" : "libraries"} (about ${size}).`,
    fetching: "Downloading before it takes over…",
    librariesReady: (count: number, size: string) =>
      `${count} model ${count === 1 ? "library" : "libraries"} for it downloaded (${size}).`,
    waitingOffline: "It waits until you are back online; this version keeps working.",
    waitingFailed: (detail: string) =>
      `It waits: a model library could not be downloaded (${detail}). This version keeps working.`,
    checkFailed: (detail: string) =>
      `The update waits: Sigilo could not read which model libraries are stored (${detail}). This version keeps working.`,
    tryAgain: "Try again",
    afterLibraries: "Available once the model libraries it needs are stored",
    needLibraryUrl: (name: string, runtime: string) =>
      `After the update, “${name}” needs a model library built for web-llm ${runtime}: add it again (Add a model) with the same name and model URL and that library's URL.`,
    needReimport: (name: string, runtime: string) =>
      `After the update, “${name}” must be imported again with a model library built for web-llm ${runtime}.`,
  },
  engineBusy: {
    takenOver: "The model was taken over by another tab",
    busy: "The model is busy in another tab",
    explanation:
      "Only one Sigilo tab runs the model at a time, so two copies never compete for your GPU's memory. Your conversations can be read here and stay in sync with the other tab.",
    useHere: "Use here",
  },
  composer: {
    message: "Message",
    placeholderReady: "Message Sigilo (Enter to send, Shift+Enter for a new line)",
    placeholderNarrow: "Message Sigilo",
    placeholderNoModel: "Load a model to chat",
    send: "Send",
    stop: "Stop",
    chooseModel: "Choose a model",
    tooLong: (pasted: string, limit: string) =>
      `Nothing was pasted: that text is ${pasted} characters, and a message holds up to ${limit}, more than a model here reads at once.`,
    tooLongDropped: (dropped: string, limit: string) =>
      `Nothing was added: the dropped text is ${dropped} characters, and a message holds up to ${limit}, more than a model here reads at once.`,
    tooLongAttachInstead:
      "Attach it as a file instead (Attach files): Sigilo then gives the model the parts each question needs.",
    // The edit box has no Attach files: the way there is a new message.
    tooLongAttachToNewMessage:
      "To give it to the model, attach it as a file to a new message (Attach files, beside the message box): Sigilo then gives the model the parts each question needs.",
  },
  sidebar: {
    conversations: "Conversations",
    empty: "No conversations yet.",
    storedOnly: "Stored only in this browser.",
  },
  deleteConversation: {
    title: "Delete conversation?",
    body: (title: string) =>
      `“${title}” and all its messages will be removed from this browser. This cannot be undone.`,
    cancel: "Cancel",
    confirm: "Delete",
  },
  modelPicker: {
    title: "Models",
    close: "Close",
    intro:
      "Models are open-source and download once into this browser. After that, Sigilo works without a connection.",
    choose: "Choose a model",
    override: "Let me try models marked “cannot run here” (they will probably fail to load)",
    load: (name: string) => `Load ${name}`,
    download: (name: string) => `Download ${name}`,
    anyway: " anyway",
    offline: (name: string) =>
      `You are offline. Connect to the internet to download ${name}; models already stored in this browser load without a connection.`,
    alreadyStored: "Already stored in this browser: loads without the network.",
    downloadSize: (size: string) => `About ${size}, downloaded once and stored in this browser.`,
    noneFits: "None of these models can run on this device.",
  },
  ...enModels,
  ...enModelSearch,
  ...enEnvironment,
  ...enInstructions,
  ...enTransfer,
  ...enVault,
  ...enPrivacy,
  ...enStartup,
  ...enIntegrity,
  ...enImportModel,
  ...enMessageAuthor,
  ...enDocuments,
  ...enRendering,
  ...enWaitingMessages,
  ...enThinking,
  ...enLayout,
};

export type Messages = typeof en;
