import { useEffect } from "react";
import { useAppStore } from "../../store/useAppStore";
import { selectRevealRequest } from "../../store/slices/search/selectors";
import { foldForSearch } from "../../domain/search";

/** How long to wait for the opened conversation to render the message before giving up. */
const WAIT_FRAMES = 120;
/** Name of the CSS highlight that marks the matched words inside the message. */
const HIGHLIGHT_NAME = "search-match";

/**
 * When a search hit is opened: waits for its message to render (the chat marks each message with
 * `data-message-id`), scrolls it into view, focuses it so keyboard and screen reader users land there too, and
 * highlights the matched words (CSS Custom Highlight API, where available) without touching the message's DOM.
 */
export function useRevealMessage(): void {
  const request = useAppStore(selectRevealRequest);
  const messageRevealed = useAppStore((state) => state.messageRevealed);

  useEffect(() => {
    if (!request) return;
    let frame = 0;
    let attempts = 0;
    const tryReveal = () => {
      const element = document.querySelector<HTMLElement>(
        `[data-message-id="${CSS.escape(request.messageId)}"]`,
      );
      if (!element) {
        attempts += 1;
        if (attempts < WAIT_FRAMES) frame = requestAnimationFrame(tryReveal);
        else messageRevealed();
        return;
      }
      element.tabIndex = -1;
      element.scrollIntoView({ block: "center" });
      element.focus({ preventScroll: true });
      element.classList.add("message-revealed");
      element.addEventListener("blur", () => element.classList.remove("message-revealed"), { once: true });
      highlightMatches(element, request.query);
      messageRevealed();
    };
    frame = requestAnimationFrame(tryReveal);
    return () => cancelAnimationFrame(frame);
  }, [request, messageRevealed]);
}

function highlightMatches(element: HTMLElement, query: string): void {
  if (typeof Highlight === "undefined" || !CSS.highlights) return;
  const needle = foldForSearch(query.trim());
  if (!needle) return;
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = foldForSearch(node.textContent ?? "");
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
      const range = new Range();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      ranges.push(range);
    }
  }
  CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(...ranges));
}
