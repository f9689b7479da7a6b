import type { MarkdownLabels } from "../domain/markdownExport";

/** Plain English words for Markdown exports in domain tests (the app's come from the dictionaries). */
export const plainMarkdownLabels: MarkdownLabels = {
  date: (timestampMs) => new Date(timestampMs).toISOString(),
  you: "You",
  system: "System",
  assistant: "Assistant",
  removedModel: (shortName) => `${shortName} (removed)`,
  importedModel: (model) => `${model ?? "ChatGPT"} (imported)`,
  empty: "empty",
  stopped: "stopped",
  interrupted: "interrupted",
  failed: (message) => `failed: ${message.error ?? "?"}`,
};
