import { useEffect, useLayoutEffect } from "react";
import { useVirtualizer } from "@tanstack/react-virtual";
import type { ShownMessage } from "../../store/slices/messages/selectors";
import { selectRevealRequest } from "../../store/slices/search/selectors";
import { useAppStore } from "../../store/useAppStore";
import { MessageView } from "./MessageView";
import { useT } from "../../i18n/useT";
import { focusTarget } from "../actions/focusTargets";
import { useFollowLatest } from "./useFollowLatest";

/** A first guess at a message's height; each one is measured once it is on screen. */
const ESTIMATED_MESSAGE_PX = 140;
/** Messages rendered beyond each edge of the viewport, so fast scrolling rarely shows a gap. */
const OVERSCAN = 6;

/**
 * The shown branch of the conversation, following the newest text unless the user has scrolled up
 * to read (see useFollowLatest); "Jump to latest" brings them back. Only the messages near the viewport are in the DOM, so a 500-message conversation costs
 * what a dozen messages cost; each item says its place in the whole list to assistive technology.
 */
export function MessageList({ shown, readOnly }: { shown: readonly ShownMessage[]; readOnly: boolean }) {
  const t = useT();
  const { scroller, following, awayFromLatest, stopFollowing, jumpToLatest } = useFollowLatest();
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
  }, [scroller, following, last?.id, last?.content, totalSize]);

  // A search hit may be far outside the rendered window: bring it into the DOM so search can reveal it.
  const reveal = useAppStore(selectRevealRequest);
  useEffect(() => {
    const index = reveal ? shown.findIndex((entry) => entry.message.id === reveal.messageId) : -1;
    if (index === -1) return;
    stopFollowing();
    virtualizer.scrollToIndex(index, { align: "center" });
  }, [reveal, shown, virtualizer, stopFollowing]);

  const onJump = () => {
    jumpToLatest();
    // The button goes away; the message box is where the reader carries on.
    focusTarget("composer");
  };

  return (
    <div className="message-scroller" ref={scroller}>
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
      {/* Inside the scroller (stuck to its bottom, taking no room), so a wheel over the button still scrolls. */}
      {awayFromLatest && (
        <div className="jump-to-latest-anchor">
          <button type="button" className="button small jump-to-latest" onClick={onJump}>
            {t.followReply.jumpToLatest}
          </button>
        </div>
      )}
    </div>
  );
}
