/** "Conversation 2", or "Conversation 2 (“Tides”)" once its title is known. */
const conversationRef = (conversation: number, title?: string) =>
  title === undefined ? `Conversation ${conversation}` : `Conversation ${conversation} (“${title}”)`;

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
const conversations = (count: number) => plural(count, "conversation", "conversations");
const messages = (count: number) => plural(count, "message", "messages");
const wasWere = (count: number) => (count === 1 ? "was" : "were");

/** English texts of the transfer area; spread into `en` (see ../en.ts). */
export const enTransfer = {
  transfer: {
    menu: "Export and import",
    exportAllMarkdown: "Export all as Markdown",
    exportOpenJson: "Export this conversation as JSON",
    exportOpenMarkdown: "Export this conversation as Markdown",
    import: "Import conversations…",
    dismissNotice: "Dismiss notice",
    importFile: "Conversations file to import",
    exportConversations: "Export conversations",
    exportFailed: (detail: string) => `Export failed: ${detail}`,
    conversationGone: "That conversation no longer exists.",
    reading: "Reading the file…",
    importFailed: (reason: string) => `Import failed: ${reason} Nothing was changed.`,
    /** The clauses of what an import did, joined into one sentence: "Imported 1 conversation; 3 messages were already here." */
    outcome: {
      imported: (count: number) => `Imported ${conversations(count)}`,
      addedToExisting: (count: number) => `added ${messages(count)} to conversations already here`,
      conversationsHere: (count: number) => `${conversations(count)} ${wasWere(count)} already here`,
      messagesHere: (count: number) => `${messages(count)} ${wasWere(count)} already here`,
      clashing: (count: number) =>
        `${messages(count)} ${wasWere(count)} not added: other conversations here already use their ids`,
      repaired: (count: number) => `${conversations(count)} repaired on the way in`,
      /** What a ChatGPT export held that was not imported: "not imported: 3 images (…), 5 tool calls (…)". */
      chatGptSkipped: (list: string) => `not imported: ${list}`,
    },
    /** Reading a ChatGPT export (conversations.json). */
    chatGpt: {
      /** Written into an imported message where an image was. */
      imageNote: "*(An image was here: images are not imported from ChatGPT.)*",
      intro: "This is a ChatGPT export: every version of each message is imported.",
      skipped: "Not imported:",
      images: (count: number) => `${plural(count, "image", "images")} (a note marks each)`,
      tool: (count: number) => `${plural(count, "tool call or output", "tool calls and outputs")}`,
      hidden: (count: number) => `${plural(count, "hidden or system message", "hidden or system messages")}`,
      empty: (count: number) => `${plural(count, "empty message", "empty messages")}`,
      other: (count: number) =>
        `${plural(count, "reasoning note or other content", "reasoning notes or other content")}`,
      conversations: (count: number) => `${conversations(count)} with nothing readable`,
    },
    nothingToImport: (conversationCount: number, messageCount: number) =>
      `Nothing to import: everything in this file is already here (${conversations(conversationCount)}, ${messages(messageCount)}).`,
    preview: {
      title: "Import conversations?",
      intro: "This is what importing the file will do. Nothing has changed yet.",
      newConversations: (count: number) =>
        `${count === 1 ? "1 new conversation" : `${count} new conversations`}:`,
      newConversation: (title: string, messageCount: number) => `“${title}” (${messages(messageCount)})`,
      extended: "Messages added to conversations you already have:",
      extendedConversation: (title: string, added: number) =>
        `“${title}”: ${added} new ${added === 1 ? "message" : "messages"}`,
      alreadyHere: (conversationCount: number, messageCount: number) =>
        `Already here, left as they are: ${conversations(conversationCount)}, ${messages(messageCount)}.`,
      clashing: (count: number) =>
        `${messages(count)} will not be added: other conversations here already use their ids.`,
      repaired: "Repaired on the way in:",
      more: (count: number) => `and ${count} more`,
      confirm: "Import",
      cancel: "Cancel",
    },
  },
  importProblem: {
    empty: "The file is empty.",
    truncated:
      "The file ends too early: it looks truncated (perhaps an unfinished download or copy). Export it again.",
    notJson: "The file is not valid JSON, so it is not a Sigilo export (or it was damaged).",
    tooDeep: (limit: number) =>
      `The file nests lists and records more than ${limit} levels deep; a Sigilo export never does.`,
    tooLarge: (size: string, limit: string) =>
      `The file is ${size}; Sigilo imports conversation files up to ${limit}.`,
    unreadable: (detail: string) => `The file could not be read (${detail}).`,
    foreign: "This is not a Sigilo conversations export, nor a ChatGPT export.",
    zipDamaged: "The archive is damaged. Download it again.",
    zipWithoutConversations: "The archive has no conversations.json: it is not a ChatGPT export.",
    zipTooLarge: (limit: string) => `The archive's conversations.json is over ${limit}, the limit.`,
    badVersion: "The file's format version is missing or invalid.",
    newerVersion: (version: number, supported: number) =>
      `The file was exported by a newer version of Sigilo (format version ${version}); this version reads format version ${supported}. Update Sigilo and try again.`,
    badDate: "The file's export date is missing or invalid.",
    noConversationList: "The file has no list of conversations.",
    tooManyConversations: (count: number, limit: number) =>
      `The file holds ${count} conversations; Sigilo imports at most ${limit} at once.`,
    tooManyMessages: (count: number, limit: number) =>
      `The file holds ${count} messages; Sigilo imports at most ${limit} at once.`,
    notAConversation: (conversation: number) =>
      `${conversationRef(conversation)} is not a conversation record.`,
    /** What each conversation field must hold (a nested field is described by its first part). */
    expected: {
      id: "a non-empty text id",
      title: "a text title",
      titled: "true or false",
      createdAt: "a time stamp",
      updatedAt: "a time stamp",
      activeLeafId: "the id of one of its messages",
      systemPrompt: "text",
      settings: "chat settings, each a number within its range",
    } as Record<string, string>,
    /** What each message field must hold. */
    expectedInMessage: {
      id: "a non-empty text id",
      conversationId: "its conversation's id",
      parentId: "the id of the message it answers, or null",
      role: "“system”, “user” or “assistant”",
      content: "text",
      createdAt: "a time stamp",
      status: "“complete”, “stopped”, “interrupted”, “error” or “streaming”",
      modelId: "text",
      finishReason: "“stop”, “length” or “abort”",
      stats:
        "five figures: promptTokens, completionTokens, prefillTokensPerSecond, decodeTokensPerSecond, timeToFirstTokenSeconds",
      error: "text",
      failure: "a known reason with its figures",
      omittedMessages: "a number",
      thinkingSeconds: "a list of at most 10,000 numbers of 0 or more (or null)",
    } as Record<string, string>,
    somethingValid: "a valid value",
    conversationField: (conversation: number, title: string | undefined, field: string, expected: string) =>
      `${conversationRef(conversation, title)} has no valid “${field}” (expected ${expected}).`,
    textTooLong: (conversation: number, field: string, length: number, limit: number) =>
      `${conversationRef(conversation)} has a “${field}” ${length} characters long; at most ${limit} are allowed.`,
    conversationTwice: (conversation: number, title?: string) =>
      `${conversationRef(conversation, title)} appears twice in the file.`,
    noMessageList: (conversation: number, title?: string) =>
      `${conversationRef(conversation, title)} has no list of messages.`,
    messageDamaged: (
      message: number,
      conversation: number,
      title: string | undefined,
      field: string,
      expected: string,
    ) =>
      `Message ${message} of ${conversationRef(conversation, title)} is damaged: its “${field}” is missing or wrong (expected ${expected}).`,
    messageIdTooLong: (
      message: number,
      conversation: number,
      title: string | undefined,
      length: number,
      limit: number,
    ) =>
      `Message ${message} of ${conversationRef(conversation, title)} has an id ${length} characters long; at most ${limit} are allowed.`,
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
