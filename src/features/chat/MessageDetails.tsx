import type { Message } from "../../domain/conversation";
import { useLanguage, useT } from "../../i18n/useT";
import { formatDateTime, formatFigure } from "../../lib/format";

/**
 * A reply's metadata in one quiet line: model, time, length and the speed figures the engine reported, written
 * as the chosen language writes dates and numbers (not the browser's).
 * `modelName`: the model's name as the author line shows it, absent when no model was recorded. A figure
 * the engine could not measure (a speed of 0 tokens over 0 s) is left out rather than shown as "NaN".
 */
export function MessageDetails({ message, modelName }: { message: Message; modelName: string | undefined }) {
  const t = useT();
  const language = useLanguage();
  if (message.status === "streaming") return null;
  const { stats } = message;
  const figure = (value: number | undefined, words: (figure: string) => string, decimals?: number) => {
    const formatted = value === undefined ? undefined : formatFigure(value, language, decimals);
    return formatted === undefined ? undefined : words(formatted);
  };
  const parts = [
    modelName,
    formatDateTime(message.createdAt, language),
    stats && t.messageDetails.tokens(stats.completionTokens),
    stats && figure(stats.prefillTokensPerSecond, t.messageDetails.prefill),
    stats && figure(stats.decodeTokensPerSecond, t.messageDetails.decode),
    stats && figure(stats.timeToFirstTokenSeconds, t.messageDetails.firstToken, 2),
  ].filter(Boolean);
  return <p className="message-stats">{parts.join(" · ")}</p>;
}
