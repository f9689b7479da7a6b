import type { ImportFailure } from "../../store/slices/transfer/transferSlice";
import type { Messages } from "../../i18n/messages/en";

/** Why a file was refused, in the interface's language. */
export function describeImportProblem(t: Messages, problem: ImportFailure): string {
  const texts = t.importProblem;
  switch (problem.code) {
    case "empty":
      return texts.empty;
    case "truncated":
      return texts.truncated;
    case "not-json":
      return texts.notJson;
    case "foreign":
      return texts.foreign;
    case "bad-version":
      return texts.badVersion;
    case "newer-version":
      return texts.newerVersion(problem.version, problem.supported);
    case "bad-date":
      return texts.badDate;
    case "no-conversation-list":
      return texts.noConversationList;
    case "not-a-conversation":
      return texts.notAConversation(problem.conversation);
    case "conversation-field":
      return texts.conversationField(problem.conversation, problem.field, texts.expected[problem.field]);
    case "conversation-twice":
      return texts.conversationTwice(problem.conversation, problem.title);
    case "no-message-list":
      return texts.noMessageList(problem.conversation, problem.title);
    case "message-damaged":
      return texts.messageDamaged(problem.message, problem.conversation, problem.title);
    case "message-elsewhere":
      return texts.messageElsewhere(problem.message, problem.conversation, problem.title);
    case "message-twice":
      return texts.messageTwice(problem.message, problem.conversation, problem.title);
    case "save-failed":
      return texts.saveFailed(problem.detail);
  }
}

/** What an import added, e.g. "Imported 1 conversation; 1 conversation was already here." */
export function describeImport(
  t: Messages,
  result: { addedConversations: number; addedMessages: number; alreadyPresent: number },
): string {
  const { addedConversations, addedMessages, alreadyPresent } = result;
  if (alreadyPresent === 0) return t.transfer.imported(addedConversations);
  if (addedMessages > 0 && addedConversations === 0)
    return t.transfer.importedMessages(alreadyPresent, addedMessages);
  return t.transfer.importedSomeHere(addedConversations, alreadyPresent);
}
