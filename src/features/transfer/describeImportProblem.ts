import type { ImportFailure, ImportOutcome } from "../../store/slices/transfer/transferSlice";
import type { Messages } from "../../i18n/messages/en";
import type { Language } from "../../i18n/language";
import { formatBytes } from "../../lib/format";
import { describeSkipped } from "./describeSkipped";

/** What a field must hold, by its first part ("settings.temperature" is described as "settings"). */
function expectation(expected: Record<string, string>, field: string, fallback: string): string {
  const first = field.split(".")[0] ?? "";
  return Object.hasOwn(expected, first) ? expected[first]! : fallback;
}

/** Why a file was refused, in the interface's language. */
export function describeImportProblem(
  t: Messages,
  problem: ImportFailure,
  language: Language = "en",
): string {
  const texts = t.importProblem;
  switch (problem.code) {
    case "empty":
      return texts.empty;
    case "truncated":
      return texts.truncated;
    case "not-json":
      return texts.notJson;
    case "too-deep":
      return texts.tooDeep(problem.limit);
    case "too-large":
      return texts.tooLarge(formatBytes(problem.bytes, language), formatBytes(problem.limit, language));
    case "unreadable":
      return texts.unreadable(problem.detail);
    case "foreign":
      return texts.foreign;
    case "zip-damaged":
      return texts.zipDamaged;
    case "zip-without-conversations":
      return texts.zipWithoutConversations;
    case "zip-too-large":
      return texts.zipTooLarge(formatBytes(problem.limit, language));
    case "bad-version":
      return texts.badVersion;
    case "newer-version":
      return texts.newerVersion(problem.version, problem.supported);
    case "bad-date":
      return texts.badDate;
    case "no-conversation-list":
      return texts.noConversationList;
    case "too-many-conversations":
      return texts.tooManyConversations(problem.count, problem.limit);
    case "too-many-messages":
      return texts.tooManyMessages(problem.count, problem.limit);
    case "not-a-conversation":
      return texts.notAConversation(problem.conversation);
    case "conversation-field":
      return texts.conversationField(
        problem.conversation,
        problem.title,
        problem.field,
        expectation(texts.expected, problem.field, texts.somethingValid),
      );
    case "text-too-long":
      return texts.textTooLong(problem.conversation, problem.field, problem.length, problem.limit);
    case "conversation-twice":
      return texts.conversationTwice(problem.conversation, problem.title);
    case "no-message-list":
      return texts.noMessageList(problem.conversation, problem.title);
    case "message-damaged":
      return texts.messageDamaged(
        problem.message,
        problem.conversation,
        problem.title,
        problem.field,
        expectation(texts.expectedInMessage, problem.field, texts.somethingValid),
      );
    case "message-id-too-long":
      return texts.messageIdTooLong(
        problem.message,
        problem.conversation,
        problem.title,
        problem.length,
        problem.limit,
      );
    case "message-elsewhere":
      return texts.messageElsewhere(problem.message, problem.conversation, problem.title);
    case "message-twice":
      return texts.messageTwice(problem.message, problem.conversation, problem.title);
    case "save-failed":
      return texts.saveFailed(problem.detail);
  }
}

/**
 * What an import did, and everything it did not add, as one sentence:
 * "Imported 1 conversation; 1 conversation was already here; 2 messages were already here."
 */
export function describeImport(t: Messages, outcome: ImportOutcome): string {
  const texts = t.transfer.outcome;
  const clauses = [
    texts.imported(outcome.addedConversations),
    outcome.addedToExisting > 0 && texts.addedToExisting(outcome.addedToExisting),
    outcome.conversationsAlreadyHere > 0 && texts.conversationsHere(outcome.conversationsAlreadyHere),
    outcome.messagesAlreadyHere > 0 && texts.messagesHere(outcome.messagesAlreadyHere),
    outcome.clashing > 0 && texts.clashing(outcome.clashing),
    outcome.repaired > 0 && texts.repaired(outcome.repaired),
    outcome.chatGptSkipped &&
      describeSkipped(t, outcome.chatGptSkipped).length > 0 &&
      texts.chatGptSkipped(describeSkipped(t, outcome.chatGptSkipped).join(", ")),
  ];
  return `${clauses.filter(Boolean).join("; ")}.`;
}
