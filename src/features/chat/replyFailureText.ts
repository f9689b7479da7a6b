import type { Message } from "../../domain/conversation";
import type { Language } from "../../i18n/language";
import type { Messages } from "../../i18n/messages/en";

/** Why a reply failed, in words: Sigilo's own reasons translated, an engine's error as the engine wrote it. */
export function replyFailureText(t: Messages, language: Language, message: Message): string | undefined {
  const { failure } = message;
  if (!failure) return message.error;
  if (failure.code === "conversation-too-long") return t.replyFailure.conversationTooLong;
  if (failure.code === "engine-stopped")
    return failure.cause === "worker-stopped"
      ? t.engineErrorReasons.workerStopped
      : t.engineErrorReasons.engineShutDown;
  const count = new Intl.NumberFormat(language);
  return t.replyFailure.messageTooLong(
    count.format(failure.estimatedTokens),
    count.format(failure.maxReplyTokens),
    count.format(failure.budget),
  );
}
