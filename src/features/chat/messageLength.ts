import { useState, type ClipboardEvent, type DragEvent } from "react";

/**
 * The longest message: past every context window a model here has (a model reads about 4 characters a token),
 * and short enough for the text box. A 20 MB paste held the page for 27 s, then 2 to 9 s for each key pressed.
 */
export const MESSAGE_MAX_CHARS = 200_000;

/** Text refused whole because the message would pass MESSAGE_MAX_CHARS with it. */
export interface LengthRefusal {
  how: "pasted" | "dropped";
  /** Characters of the text refused. */
  length: number;
}

/**
 * Guards a message box (the composer, the edit box) against text longer than a message holds, pasted or
 * dropped: such text is refused whole, with the reason. Cut to fit (what the box's maxLength does), the
 * message would silently lose its end. Spread `guardProps` on the textarea; `refusal` is what to say.
 */
export function useMessageLengthGuard(text: string) {
  const [refusal, setRefusal] = useState<LengthRefusal>();
  /** Refuses `incoming` (and stops the event) when the box, less the text it replaces, cannot hold it. */
  const judge = (
    event: { preventDefault(): void },
    how: LengthRefusal["how"],
    incoming: string,
    replaced: number,
  ) => {
    if (text.length - replaced + incoming.length > MESSAGE_MAX_CHARS) {
      event.preventDefault();
      setRefusal({ how, length: incoming.length });
    } else setRefusal(undefined);
  };
  return {
    refusal,
    clearRefusal: () => setRefusal(undefined),
    guardProps: {
      maxLength: MESSAGE_MAX_CHARS,
      onPaste(event: ClipboardEvent<HTMLTextAreaElement>) {
        if (event.defaultPrevented) return; // taken as files
        const box = event.currentTarget;
        judge(
          event,
          "pasted",
          event.clipboardData.getData("text/plain"),
          box.selectionEnd - box.selectionStart,
        );
      },
      onDrop(event: DragEvent<HTMLTextAreaElement>) {
        if (event.defaultPrevented || event.dataTransfer.types.includes("Files")) return;
        // Dropped text goes in where it lands, replacing nothing.
        judge(event, "dropped", event.dataTransfer.getData("text/plain"), 0);
      },
    },
  };
}
