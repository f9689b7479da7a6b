import type { ChatGptNotes } from "./chatgptContent";
import {
  isChatGptConversation,
  noSkips,
  readChatGptConversation,
  type SkippedContent,
} from "./chatgptExport";
import { IMPORT_LIMITS } from "./importLimits";
import type { ImportedConversation, ParsedExport } from "./importValidation";

/**
 * Gathers a ChatGPT export one conversation at a time, as the worker reads them from the file (a real export
 * runs to hundreds of megabytes: it is never parsed whole). The first conversation decides whether the file is a
 * ChatGPT export at all; after that a conversation that cannot be read is skipped and counted, not fatal, so one
 * odd conversation does not keep a person's whole history out. The file's limits are checked at the end, on
 * what would be imported, so the numbers the user is told are the file's real ones.
 */
export interface ChatGptFileReader {
  /** Takes the next conversation of the array; false when the first one shows this is not a ChatGPT export. */
  add(value: unknown): boolean;
  finish(): ParsedExport;
}

export function chatGptFileReader(notes: ChatGptNotes): ChatGptFileReader {
  const conversations: ImportedConversation[] = [];
  const ids = new Set<string>();
  const skipped = noSkips();
  let seen = 0;
  let kept = 0;
  let messages = 0;
  return {
    add(value) {
      if (seen === 0 && !isChatGptConversation(value)) return false;
      seen += 1;
      const read = readChatGptConversation(value, notes);
      addCounts(skipped, read.skipped);
      if (!read.imported) return true;
      if (ids.has(read.imported.conversation.id)) {
        skipped.conversations += 1;
        return true;
      }
      ids.add(read.imported.conversation.id);
      kept += 1;
      messages += read.imported.messages.length;
      // Past a limit the file is refused at the end: keep counting, stop holding.
      if (kept <= IMPORT_LIMITS.conversations && messages <= IMPORT_LIMITS.messages) {
        conversations.push(read.imported);
      }
      return true;
    },
    finish() {
      if (kept > IMPORT_LIMITS.conversations) {
        return {
          ok: false,
          problem: { code: "too-many-conversations", count: kept, limit: IMPORT_LIMITS.conversations },
        };
      }
      if (messages > IMPORT_LIMITS.messages) {
        return {
          ok: false,
          problem: { code: "too-many-messages", count: messages, limit: IMPORT_LIMITS.messages },
        };
      }
      return { ok: true, conversations, chatGpt: { skipped } };
    },
  };
}

function addCounts(total: SkippedContent, more: SkippedContent) {
  for (const key of Object.keys(total) as (keyof SkippedContent)[]) total[key] += more[key];
}
