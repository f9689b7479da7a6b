import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { useVirtualizer } from "@tanstack/react-virtual";
import type { ShownMessage } from "../../store/slices/messages/selectors";
import { selectRevealRequest } from "../../store/slices/search/selectors";
import { useAppStore } from "../../store/useAppStore";
import { MessageView } from "./MessageView";
import { useT } from "../../i18n/useT";
import { focusTarget } from "../actions/focusTargets";

/** Pixels from the bottom within which scrolling down (or reaching the end) resumes following the reply. */
const FOLLOW_THRESHOLD_PX = 80;
/** Pixels from the bottom beyond which a move upwards is the reader's, not a re-measurement's. */
const AT_BOTTOM_PX = 2;
/** A first guess at a message's height; each one is measured once it is on screen. */
const ESTIMATED_MESSAGE_PX = 140;
/** Messages rendered beyond each edge of the viewport, so fast scrolling rarely shows a gap. */
const OVERSCAN = 6;

/**
 * The shown branch of the conversation, following the newest text unless the user has scrolled up
 * to read: any move upwards stops following (the list never pulls the reader back down); scrolling back
 * to the bottom, or "Jump to latest", resumes it. Only the messages near the viewport are in the DOM, so a 500-message conversation costs
 * what a dozen messages cost; each item says its place in the whole list to assistive technology.
 */
export function MessageList({ shown, readOnly }: { shown: readonly ShownMessage[]; readOnly: boolean }) {
  const t = useT();
  const scroller = useRef<HTMLDivElement>(null);
  const following = useRef(true);
  const lastScrollTop = useRef(0);
  /** Mirrors `following` for rendering: "Jump to latest" shows while the list is not following. */
  const [awayFromLatest, setAwayFromLatest] = useState(false);
  // The app is not built with React Compiler, and nothing memoised receives the virtualizer's functions.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_MESSAGE_PX,
    overscan: OVERSCAN,
    getItemKey: (index) => shown[index]?.message.id ?? index,
  });
  const last = shown.at(-1)?.message;
  const totalSize = virtualizer.getTotalSize();

  // Re-runs as measured heights replace estimates, so the bottom is still the bottom afterwards.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (element && following.current) element.scrollTop = element.scrollHeight;
  }, [last?.id, last?.content, totalSize]);

  // A search hit may be far outside the rendered window: bring it into the DOM so search can reveal it.
  const reveal = useAppStore(selectRevealRequest);
  useEffect(() => {
    const index = reveal ? shown.findIndex((entry) => entry.message.id === reveal.messageId) : -1;
    if (index === -1) return;
    following.current = false;
    setAwayFromLatest(true);
    virtualizer.scrollToIndex(index, { align: "center" });
  }, [reveal, shown, virtualizer]);

  const onScroll = () => {
    const element = scroller.current;
    if (!element) return;
    const fromBottom = element.scrollHeight - element.scrollTop - element.clientHeight;
    const movedUp = element.scrollTop < lastScrollTop.current;
    lastScrollTop.current = element.scrollTop;
    // A re-measured message above the viewport shifts scrollTop without moving the view off the bottom.
    if (movedUp && fromBottom > AT_BOTTOM_PX) following.current = false;
    else if (fromBottom < FOLLOW_THRESHOLD_PX) following.current = true;
    setAwayFromLatest(!following.current);
  };

  const jumpToLatest = () => {
    const element = scroller.current;
    following.current = true;
    setAwayFromLatest(false);
    if (element) element.scrollTop = element.scrollHeight;
    // The button goes away; the message box is where the reader carries on.
    focusTarget("composer");
  };

  return (
    <div className="message-scroller-frame">
      <div className="message-scroller" ref={scroller} onScroll={onScroll}>
        <ol className="message-list" aria-label={t.chat.messages} style={{ height: totalSize }}>
          {virtualizer.getVirtualItems().map((item) => {
            const entry = shown[item.index];
            if (!entry) return null;
            const { message, version } = entry;
            return (
              <li
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                data-message-id={message.id /* search scrolls to and highlights a message by this id */}
                className={`message message-${message.role}`}
                aria-label={message.role === "user" ? t.chat.youSaid : t.chat.assistantSaid}
                aria-posinset={item.index + 1}
                aria-setsize={shown.length}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <MessageView
                  message={message}
                  versionIndex={version.index}
                  versionCount={version.count}
                  previousVersionId={version.previousId}
                  nextVersionId={version.nextId}
                  isLast={item.index === shown.length - 1}
                  readOnly={readOnly}
                />
              </li>
            );
          })}
        </ol>
      </div>
      {awayFromLatest && shown.length > 0 && (
        <button type="button" className="button small jump-to-latest" onClick={jumpToLatest}>
          {t.followReply.jumpToLatest}
        </button>
      )}
    </div>
  );
}
