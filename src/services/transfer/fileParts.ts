import type { ChatGptNotes } from "../../domain/chatgptContent";
import type { SkippedContent } from "../../domain/chatgptExport";
import type { ImportedConversation, ImportProblem, ParsedExport } from "../../domain/importValidation";

/** What the page sends the worker: the file, and the words to write where a ChatGPT export's images were. */
export interface ConversationFileRequest {
  file: Blob;
  notes: ChatGptNotes;
}

/** Messages per part: each part is copied to the page in one step, so it must stay small. */
const MESSAGES_PER_PART = 1_000;

/**
 * What the conversations-file worker posts: parts of the checked file in order, then "done"; or a refusal; or
 * "failed" when reading threw (the file changed or went away after it was chosen), so the page never waits on.
 */
export type FilePart =
  | { kind: "conversation"; conversation: Omit<ImportedConversation, "messages"> }
  | { kind: "messages"; messages: ImportedConversation["messages"] }
  | { kind: "done"; chatGpt?: { skipped: SkippedContent } }
  | { kind: "refused"; problem: ImportProblem }
  | { kind: "failed"; detail: string };

export function* partsOf({
  conversations,
  chatGpt,
}: Extract<ParsedExport, { ok: true }>): Generator<FilePart> {
  for (const { messages, ...conversation } of conversations) {
    yield { kind: "conversation", conversation };
    for (let start = 0; start < messages.length; start += MESSAGES_PER_PART) {
      yield { kind: "messages", messages: messages.slice(start, start + MESSAGES_PER_PART) };
    }
  }
  yield { kind: "done", ...(chatGpt && { chatGpt }) };
}

/** Puts the parts back together; returns the file once "done" (or a refusal) has arrived; throws on "failed". */
export function assembler(): (part: FilePart) => ParsedExport | undefined {
  const conversations: ImportedConversation[] = [];
  return (part) => {
    switch (part.kind) {
      case "conversation":
        conversations.push({ ...part.conversation, messages: [] });
        return undefined;
      case "messages":
        conversations.at(-1)?.messages.push(...part.messages);
        return undefined;
      case "done":
        return { ok: true, conversations, ...(part.chatGpt && { chatGpt: part.chatGpt }) };
      case "refused":
        return { ok: false, problem: part.problem };
      case "failed":
        throw new Error(part.detail);
    }
  };
}
