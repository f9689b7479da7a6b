import type { MarkdownLabels } from "../../domain/markdownExport";
import type { Language } from "../../i18n/language";
import type { Messages } from "../../i18n/messages/en";
import { formatDateTime } from "../../lib/format";
import { replyFailureText } from "../chat/replyFailureText";

/** A Markdown export is for people to read, so it is written in the interface's language. */
export function markdownLabels(t: Messages, language: Language): MarkdownLabels {
  const texts = t.markdownExport;
  return {
    date: (timestampMs) => formatDateTime(timestampMs, language),
    you: texts.you,
    system: texts.system,
    assistant: texts.assistant,
    removedModel: t.messageAuthor.removedModel,
    importedModel: (model) =>
      model ? t.messageAuthor.importedModel(model) : t.messageAuthor.importedUnknownModel,
    empty: texts.empty,
    stopped: texts.stopped,
    interrupted: texts.interrupted,
    failed: (message) => texts.failed(replyFailureText(t, language, message) ?? texts.unknownError),
  };
}
