/** A file's name as the messages quote it. */
const quoted = (name: string) => `“${name}”`;

/** English texts of the documents area (attachments); spread into `en` (see ../en.ts). */
export const enDocuments = {
  documentProblem: {
    emptyFile: (name: string) => `${quoted(name)} is empty (0 bytes): there is nothing to read.`,
    tooLarge: (name: string, size: string, limit: string) =>
      `${quoted(name)} is too large to read in the browser (${size}; the limit is ${limit}). Split it, or attach only the part you need.`,
    unsupportedType: (name: string, extension: string) =>
      `${quoted(name)} cannot be read: ${extension ? `.${extension} files are` : "this kind of file is"} not supported. Sigilo reads PDF, Word (.docx), text, Markdown, CSV, HTML and source code files.`,
    oldWordDocument: (name: string) =>
      `${quoted(name)} is an old Word document (.doc), which cannot be read. Open it in Word or LibreOffice, save it as .docx, and attach that.`,
    spreadsheet: (name: string) =>
      `${quoted(name)} is a spreadsheet, which cannot be read as such. Save the sheet you need as CSV and attach that.`,
    openDocumentText: (name: string) =>
      `${quoted(name)} is an OpenDocument text (.odt), which cannot be read. Save it as .docx or PDF and attach that.`,
    notText: (name: string) =>
      `${quoted(name)} does not contain text: its content looks like a binary file, whatever its name says.`,
    encrypted: (name: string) =>
      `${quoted(name)} is protected by a password, so it cannot be read. Open it, save a copy without the password, and attach that.`,
    corruptPdf: (name: string) => `${quoted(name)} could not be read: it is damaged, or not really a PDF.`,
    corruptDocx: (name: string) =>
      `${quoted(name)} could not be read: it is damaged, or not really a Word (.docx) document.`,
    scannedPdf: (name: string, pages: number) =>
      `${quoted(name)} has no text to read: ${pages === 1 ? "its page is a scanned image" : `its ${pages} pages are scanned images`} (there is no text layer). Run it through text recognition (OCR) and attach the result.`,
    noText: (name: string) => `${quoted(name)} contains no text.`,
    textTooLarge: (name: string, limit: string, pages: string) =>
      `${quoted(name)} holds more text than can be indexed here (the limit is ${limit} characters, some ${pages} pages). Attach a part of it.`,
    unpacksTooLarge: (name: string, limit: string) =>
      `${quoted(name)} unpacks to more than ${limit} (a Word file is a compressed archive), too much to read in the browser. Save it as PDF, or attach a part of it.`,
    unreadableFile: (name: string) =>
      `${quoted(name)} could not be read: it was moved, deleted or changed after it was chosen. Choose it again.`,
    cancelled: (name: string) => `Reading ${quoted(name)} was cancelled.`,
    extractionFailed: (name: string, detail: string) =>
      `${quoted(name)} could not be read because of an unexpected error (${detail}).`,
    pagesWithoutText: (name: string, pages: string, count: number) =>
      `${count === 1 ? `Page ${pages}` : `Pages ${pages}`} of ${quoted(name)} ${count === 1 ? "has" : "have"} no text (scanned images) and ${count === 1 ? "was" : "were"} not indexed.`,
  },
  attachments: {
    attachFiles: "Attach files",
    listLabel: "Attached documents",
    remove: (name: string) => `Remove ${name}`,
    cancel: (name: string) => `Stop reading ${name}`,
    dismiss: (name: string) => `Dismiss the message about ${name}`,
    progressLabel: (name: string) => `Reading ${name}`,
    pages: (count: number) => (count === 1 ? "1 page" : `${count} pages`),
    reading: "reading…",
    readingPages: (done: number, total: number) => `page ${done} of ${total}`,
    structure: "reading its structure…",
    chunking: "splitting into passages…",
    embedding: (done: number, total: number) => `indexing passage ${done} of ${total}`,
    searchModel: "downloading the search model…",
    /** "Search model: 45 of 130 MB (35%)" */
    searchModelBytes: (done: string, total: string, percent: number) =>
      `Search model: ${done} of ${total} (${percent}%)`,
    saving: "saving…",
    notSaved: (name: string, detail: string) =>
      `“${name}” was read but could not be saved: the browser's storage refused it (${detail}). Free some space and attach it again.`,
    storageFull: (name: string, size: string) =>
      `“${name}” was read but not attached: this browser's storage for Sigilo is full (it needed about ${size}). Nothing else was changed. Free some space — delete models or documents you no longer need in Manage models or Documents — and attach it again.`,
    interrupted: (name: string, size: string) =>
      `“${name}” (${size}) was still being read when Sigilo was closed, so it was not attached and nothing of it was kept. Attach it again to finish.`,
    dropHint: "Drop files to attach them to this chat",
    readInFull: (names: string) => `Read in full: ${names}`,
    retrieved: (count: number, names: string) =>
      `Answered from ${count === 1 ? "1 passage" : `${count} passages`} of ${names}, the most relevant to the question`,
  },
  /** The embedding model, asked for before it is downloaded (features/documents/SearchModelQuestion). */
  searchModel: {
    /** How the model manager names it. */
    name: "Document search model (snowflake-arctic-embed-s)",
    questionLabel: "Search model",
    question: (size: string, host: string) =>
      `To search large documents by meaning, Sigilo needs a small search model (snowflake-arctic-embed-s, ${size}), downloaded once from ${host} and stored like your chat models. Your documents are not sent: the model comes to them.`,
    download: "Download",
    notNow: "Not now",
    wordsOnly:
      "Documents are searched by their words only (full text), without the search model: answers may be less precise. You can download the model later in Documents.",
    failed: (detail: string) =>
      `The search model could not be downloaded (${detail}). Documents are searched by their words only: answers may be less precise. You can try again in Documents.`,
    dismiss: "Dismiss",
  },
  /** Documents stored without vectors getting them later (features/documents/SearchByMeaning). */
  searchByMeaning: {
    label: "Search by meaning",
    wordsOnly: (count: number) =>
      `${count === 1 ? "1 document is" : `${count} documents are`} searched by ${count === 1 ? "its" : "their"} words only.`,
    download: "Download the search model",
    add: "Add search by meaning",
    adding: (done: number, total: number) =>
      `Adding search by meaning: ${done} of ${total === 1 ? "1 document" : `${total} documents`}`,
    progressLabel: "Adding search by meaning",
    stop: "Stop adding search by meaning",
    stopped: (count: number) =>
      `Adding search by meaning was stopped: ${count === 1 ? "1 document is" : `${count} documents are`} still searched by words only.`,
    resume: "Resume",
    tryAgain: "Try again",
    problem: {
      downloadFailed: (detail: string) => `The search model could not be downloaded (${detail}).`,
      embeddingFailed: (name: string, detail: string) =>
        `Search by meaning could not be added to “${name}” (${detail}).`,
      storageFull: (name: string) =>
        `Search by meaning could not be added to “${name}”: this browser's storage for Sigilo is full. Free some space in Manage models or Documents.`,
      notSaved: (name: string, detail: string) =>
        `Search by meaning could not be saved for “${name}”: the browser's storage refused it (${detail}).`,
      notRead: (name: string, detail: string) =>
        `“${name}” could not be read from this browser's storage (${detail}).`,
    },
    stillByWords: "Documents are still found by their words.",
    column: "Search",
    state: {
      meaning: "Words and meaning",
      wordsOnly: "Words only",
      waiting: "Words only, meaning next",
      adding: (done: number, total: number) => `Adding meaning: passage ${done} of ${total}`,
      failed: "Words only (adding meaning failed)",
    },
  },
  documentsPanel: {
    open: "Documents",
    title: "Documents",
    intro:
      "Every document you attached, read and indexed on this device: its text never leaves it. With the lock on, documents are sealed like your conversations.",
    empty: "No documents yet. Attach files to a chat and they are listed here.",
    name: "Name",
    size: "Size",
    pages: "Pages",
    passages: "Passages",
    stored: "Stored",
    actions: "Actions",
    useHere: (name: string) => `Use ${name} in this chat`,
    useHereShort: "Use in this chat",
    inThisChat: "In this chat",
    delete: (name: string) => `Delete ${name}`,
    confirmTitle: "Delete this document?",
    confirmText: (name: string) =>
      `“${name}” is removed from this device: its text, passages and index. Answers that cited it keep their words, but its passages can no longer be opened.`,
    confirm: "Delete",
    cancel: "Cancel",
    close: "Close",
  },
  citations: {
    open: (number: number) => `Open passage ${number}`,
    passageTitle: (name: string, pages: string) => (pages ? `${name}, ${pages}` : name),
    missing:
      "This passage is no longer stored in this browser: its document was deleted, or the conversation was imported from an export, which carries answers but not documents.",
    close: "Close",
  },
  documentSources: {
    /** "Sources: report.pdf p. 4, p. 7; notes.md" */
    sources: (list: string) => `Sources: ${list}`,
    page: (page: number) => `p. ${page}`,
  },
  /** What the model reads with the documents: asked to cite by number, in the interface's language. */
  documentPrompt: {
    wholeInstructions:
      "Below are the user's documents in full, split into numbered passages. Answer the user's question from them. After each sentence that uses a passage, cite its number in square brackets, like [2], or [2][5] for several. Cite only the numbers shown below. If the documents do not contain the answer, say so.",
    retrievedInstructions:
      "Below are the passages of the user's documents most relevant to the question, numbered. Answer from them. After each sentence that uses a passage, cite its number in square brackets, like [2], or [2][5] for several. Cite only the numbers shown below. If the passages do not contain the answer, say so plainly rather than guessing.",
    /** "p. 4" or "pp. 4–5". */
    pages: (first: number, last: number) => (first === last ? `p. ${first}` : `pp. ${first}–${last}`),
  },
};
