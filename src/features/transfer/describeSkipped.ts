import type { SkippedContent } from "../../domain/chatgptExport";
import type { Messages } from "../../i18n/messages/en";

const ORDER = [
  "images",
  "tool",
  "hidden",
  "empty",
  "other",
  "conversations",
] as const satisfies readonly (keyof SkippedContent)[];

/** What a ChatGPT export held that is not imported, one phrase per kind ("3 images (…)"); none when nothing. */
export function describeSkipped(t: Messages, skipped: SkippedContent): string[] {
  const texts = t.transfer.chatGpt;
  return ORDER.filter((kind) => skipped[kind] > 0).map((kind) => texts[kind](skipped[kind]));
}
