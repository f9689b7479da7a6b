import { lazy, Suspense, useMemo } from "react";
import type { Message } from "../../domain/conversation";
import { splitThinking, type ReplyPart } from "../../domain/thinking";
import { ThinkingSection } from "./ThinkingSection";
import { PlainText } from "../../app/PlainText";

// The Markdown renderer is loaded on first use so it stays out of the initial bundle.
const MarkdownMessage = lazy(() => import("../markdown/MarkdownMessage"));

/**
 * An assistant reply: its answer as safe Markdown, and a reasoning model's `<think>` blocks as folded
 * "Thinking" sections where they were written (see domain/thinking.ts for how a reply is split).
 */
export function ReplyContent({ message }: { message: Message }) {
  const parts = useMemo(() => numberClosedBlocks(splitThinking(message.content)), [message.content]);
  const streaming = message.status === "streaming";
  const onlyThinking = parts.every(({ part }) => part.kind === "thinking" || part.text.trim() === "");
  return parts.map(({ part, closedBlock }, index) => {
    if (part.kind === "answer") {
      // The blank lines after `</think>` would only add space above the answer.
      const text = index > 0 ? part.text.replace(/^\s+/, "") : part.text;
      return (
        text !== "" && (
          <Suspense key={index} fallback={<PlainText text={text} />}>
            <MarkdownMessage text={text} citationCount={message.documents?.sources.length} />
          </Suspense>
        )
      );
    }
    return (
      <ThinkingSection
        key={index}
        text={part.text}
        closed={part.closed}
        streaming={streaming && index === parts.length - 1}
        seconds={closedBlock === undefined ? undefined : message.thinkingSeconds?.[closedBlock]}
        onlyThinking={onlyThinking}
      />
    );
  });
}

/** Each part, with a closed thinking block's place among the closed blocks (where its time is stored). */
function numberClosedBlocks(parts: ReplyPart[]): { part: ReplyPart; closedBlock?: number }[] {
  let closed = 0;
  return parts.map((part) =>
    part.kind === "thinking" && part.closed ? { part, closedBlock: closed++ } : { part },
  );
}
