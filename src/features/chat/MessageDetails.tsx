import type { Message } from "../../domain/conversation";
import { findModel } from "../../domain/modelCatalog";

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/** A reply's metadata in one quiet line: model, time, length and the speed figures the engine reported. */
export function MessageDetails({ message }: { message: Message }) {
  if (message.status === "streaming") return null;
  const { stats } = message;
  const parts = [
    findModel(message.modelId ?? "")?.name ?? message.modelId,
    timeFormat.format(message.createdAt),
    stats && `${stats.completionTokens} tokens`,
    stats && `prefill ${stats.prefillTokensPerSecond.toFixed(1)} tokens/s`,
    stats && `decode ${stats.decodeTokensPerSecond.toFixed(1)} tokens/s`,
    stats && `first token after ${stats.timeToFirstTokenSeconds.toFixed(2)} s`,
  ].filter(Boolean);
  return <p className="message-stats">{parts.join(" · ")}</p>;
}
