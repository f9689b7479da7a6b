/** "Conversation 2", or "Conversation 2 (“Tides”)" once its title is known. */
const conversationRef = (conversation: number, title?: string) =>
  title === undefined ? `Conversation ${conversation}` : `Conversation ${conversation} (“${title}”)`;

/** English texts of the transfer area; spread into `en` (see ../en.ts). */
export const enTransfer = {
  transfer: {
    menu: "Export and import",
    exportAllMarkdown: "Export all as Markdown",
    exportOpenJson: "Export this conversation as JSON",
    exportOpenMarkdown: "Export this conversation as Markdown",
    import: "Import conversations…",
    importFile: "Conversations file to import",
    exportConversations: "Export conversations",
    exportFailed: (detail: string) => `Export failed: ${detail}`,
    conversationGone: "That conversation no longer exists.",
    imported: (count: number) => `Imported ${count} ${count === 1 ? "conversation" : "conversations"}.`,
    importedSomeHere: (added: number, alreadyHere: number) =>
      `Imported ${added} ${added === 1 ? "conversation" : "conversations"}; ${alreadyHere} ${alreadyHere === 1 ? "conversation was" : "conversations were"} already here.`,
    importedMessages: (alreadyHere: number, messages: number) =>
      `Imported 0 conversations; ${alreadyHere} ${alreadyHere === 1 ? "conversation was" : "conversations were"} already here (${messages} new ${messages === 1 ? "message" : "messages"} added).`,
    importFailed: (reason: string) => `Import failed: ${reason} Nothing was changed.`,
    tooLarge: "Import failed: the file is too large to be a Sigilo export.",
  },
  importProblem: {
    empty: "The file is empty.",
    truncated:
      "The file ends too early: it looks truncated (perhaps an unfinished download or copy). Export it again.",
    notJson: "The file is not valid JSON, so it is not a Sigilo export (or it was damaged).",
    foreign: "This is not a Sigilo conversations export: it does not say it is one.",
    badVersion: "The file's format version is missing or invalid.",
    newerVersion: (version: number, supported: number) =>
      `The file was exported by a newer version of Sigilo (format version ${version}); this version reads format version ${supported}. Update Sigilo and try again.`,
    badDate: "The file's export date is missing or invalid.",
    noConversationList: "The file has no list of conversations.",
    notAConversation: (conversation: number) =>
      `${conversationRef(conversation)} is not a conversation record.`,
    /** What each required conversation field must hold. */
    expected: {
      id: "a non-empty text id",
      title: "a text title",
      titled: "true or false",
      createdAt: "a time stamp",
      updatedAt: "a time stamp",
    },
    conversationField: (conversation: number, field: string, expected: string) =>
      `${conversationRef(conversation)} has no valid “${field}” (expected ${expected}).`,
    conversationTwice: (conversation: number, title?: string) =>
      `${conversationRef(conversation, title)} appears twice in the file.`,
    noMessageList: (conversation: number, title?: string) =>
      `${conversationRef(conversation, title)} has no list of messages.`,
    messageDamaged: (message: number, conversation: number, title?: string) =>
      `Message ${message} of ${conversationRef(conversation, title)} is damaged (a required field is missing or has the wrong type).`,
    messageElsewhere: (message: number, conversation: number, title?: string) =>
      `Message ${message} of ${conversationRef(conversation, title)} belongs to a different conversation.`,
    messageTwice: (message: number, conversation: number, title?: string) =>
      `Message ${message} of ${conversationRef(conversation, title)} appears twice in the file.`,
    saveFailed: (detail: string) => `Nothing was imported: the browser could not save it (${detail}).`,
  },
  /** The words of a Markdown export, which is written in the interface's language. */
  markdownExport: {
    you: "You",
    system: "System",
    assistant: "Assistant",
    empty: "empty",
    stopped: "stopped",
    interrupted: "interrupted",
    failed: (what: string) => `failed: ${what}`,
    unknownError: "unknown error",
  },
};
