/**
 * Reasoning models (Qwen3, DeepSeek-R1 and others in the catalog) write their reasoning between `<think>` and
 * `</think>` before the answer. A reply is split into its thinking and its answer here, once, for the screen
 * (a collapsible section), for what is sent back to the model (thinking left out) and for timing the thinking.
 *
 * The rules, chosen so that no text is ever lost and an answer that merely mentions the tags stays an answer:
 * - `<think>` opens a block only at the start of the reply or of a line (after spaces or tabs);
 * - the first `</think>` after it closes the block, wherever it is; an unclosed block runs to the end (the
 *   reply is still streaming, or was stopped while thinking);
 * - a `</think>` before any opener means the reply began inside a block its chat template opened for it
 *   (as DeepSeek-R1's can): the text before it is thinking;
 * - anything else, stray tags included, is answer text.
 * Splitting is linear in the reply's length, whatever it holds.
 */

export const THINK_OPEN = "<think>";
export const THINK_CLOSE = "</think>";

export type ReplyPart =
  | {
      kind: "thinking";
      text: string;
      /** False for a block the chat template opened: the reply holds no `<think>` for it. */
      opened: boolean;
      /** False while the block is still being written (or was cut off). */
      closed: boolean;
    }
  | { kind: "answer"; text: string };

export type ThinkingPart = Extract<ReplyPart, { kind: "thinking" }>;

export function splitThinking(content: string): ReplyPart[] {
  const parts: ReplyPart[] = [];
  let at = 0;
  const firstClose = content.indexOf(THINK_CLOSE);
  if (firstClose !== -1) {
    const firstOpen = findOpener(content, 0);
    if (firstOpen === -1 || firstClose < firstOpen) {
      parts.push({ kind: "thinking", text: content.slice(0, firstClose), opened: false, closed: true });
      at = firstClose + THINK_CLOSE.length;
    }
  }
  while (at < content.length) {
    const open = findOpener(content, at);
    if (open === -1) {
      parts.push({ kind: "answer", text: content.slice(at) });
      break;
    }
    if (open > at) parts.push({ kind: "answer", text: content.slice(at, open) });
    const body = open + THINK_OPEN.length;
    const close = content.indexOf(THINK_CLOSE, body);
    if (close === -1) {
      parts.push({ kind: "thinking", text: content.slice(body), opened: true, closed: false });
      break;
    }
    parts.push({ kind: "thinking", text: content.slice(body, close), opened: true, closed: true });
    at = close + THINK_CLOSE.length;
  }
  return parts;
}

/** The reply as written, from its parts: `joinReplyParts(splitThinking(text)) === text` for any text. */
export function joinReplyParts(parts: readonly ReplyPart[]): string {
  return parts
    .map((part) =>
      part.kind === "answer"
        ? part.text
        : `${part.opened ? THINK_OPEN : ""}${part.text}${part.closed ? THINK_CLOSE : ""}`,
    )
    .join("");
}

/** The reply without its thinking, as the model's chat template wants earlier turns, and as a person copies it. */
export function answerOf(content: string): string {
  if (!content.includes(THINK_OPEN) && !content.includes(THINK_CLOSE)) return content;
  return splitThinking(content)
    .filter((part) => part.kind === "answer")
    .map((part) => part.text)
    .join("")
    .trim();
}

/** Where the next `<think>` at the start of the text or of a line is, from `from`; -1 if none. */
function findOpener(content: string, from: number): number {
  for (let index = content.indexOf(THINK_OPEN, from); index !== -1;) {
    if (startsLine(content, index)) return index;
    index = content.indexOf(THINK_OPEN, index + 1);
  }
  return -1;
}

/** Only spaces or tabs between the line's start and `index`. Stops at the first other character. */
function startsLine(content: string, index: number): boolean {
  for (let before = index - 1; before >= 0; before -= 1) {
    const char = content[before];
    if (char === "\n") return true;
    if (char !== " " && char !== "\t") return false;
  }
  return true;
}

/**
 * Times a streaming reply's thinking: how long each block took, from its `<think>` (or the reply's start, for a
 * block the template opened, or a continuation's start, for a block cut off before it) to its `</think>`.
 * `observe` is given the reply so far whenever it may have changed; it returns the durations in seconds, one
 * per closed block in order (null for a block closed before this stream that nothing measured), when a block
 * has just closed, and undefined otherwise.
 */
export function createThinkingClock(
  startMs: number,
  /** The reply before this stream (when continuing one) and its measured blocks. */
  before: { content: string; seconds?: readonly (number | null)[] } = { content: "" },
) {
  const initial = splitThinking(before.content).filter((part) => part.kind === "thinking");
  let closedCount = initial.filter((part) => part.closed).length;
  const seconds = Array.from({ length: closedCount }, (_, index) => before.seconds?.[index] ?? null);
  const openedAt = initial.map(() => startMs);

  return {
    observe(content: string, nowMs: number): (number | null)[] | undefined {
      const blocks = splitThinking(content).filter((part) => part.kind === "thinking");
      blocks.forEach((block, index) => {
        openedAt[index] ??= block.opened ? nowMs : startMs;
      });
      const closed = blocks.filter((block) => block.closed).length;
      if (closed <= closedCount) return undefined;
      for (let index = closedCount; index < closed; index += 1) {
        seconds[index] = Math.max(0, (nowMs - openedAt[index]!) / 1000);
      }
      closedCount = closed;
      return [...seconds];
    },
  };
}
