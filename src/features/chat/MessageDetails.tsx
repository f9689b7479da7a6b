import type { Message } from "../../domain/conversation";
import { useT } from "../../i18n/useT";

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/**
 * A reply's metadata in one quiet line: model, time, length and the speed figures the engine reported.
 * `modelName`: the model's name as the author line shows it, absent when no model was recorded.
 */
export function MessageDetails({ message, modelName }: { message: Message; modelName: string | undefined }) {
  const t = useT();
  if (message.status === "streaming") return null;
  const { stats } = message;
  const parts = [
    modelName,
    timeFormat.format(message.createdAt),
    stats && t.messageDetails.tokens(stats.completionTokens),
    stats && t.messageDetails.prefill(stats.prefillTokensPerSecond.toFixed(1)),
    stats && t.messageDetails.decode(stats.decodeTokensPerSecond.toFixed(1)),
    stats && t.messageDetails.firstToken(stats.timeToFirstTokenSeconds.toFixed(2)),
  ].filter(Boolean);
  return <p className="message-stats">{parts.join(" · ")}</p>;
}
