import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from "react";
import { defaultRangeExtractor, useVirtualizer, type Range } from "@tanstack/react-virtual";
import type { Conversation } from "../../domain/conversation";
import { ConversationItem } from "./ConversationItem";
import { useRowHeight } from "./useRowHeight";
import { useScrollContainer } from "./useScrollContainer";

/**
 * A first guess at the height every row shares (one line of title), until one is on screen and measured (see
 * useRowHeight). Rows are not measured one by one: that cost a layout read per row per frame while scrolling.
 */
const ESTIMATED_ROW_PX = 38;
/** Rows rendered beyond each edge of the viewport, so fast scrolling rarely shows a gap. */
const OVERSCAN = 4;

interface Props {
  conversations: readonly Conversation[];
  activeId: string | undefined;
  onDelete(conversation: Conversation, index: number): void;
  /** A row to move the keyboard focus to (after a deletion, say); `key` makes a repeated request count. */
  focusRequest?: { index: number; key: number };
}

/**
 * Conversations, newest first. Only the rows near the viewport are in the DOM, so 10,000 conversations cost
 * what a screenful costs; each row says its place in the whole list to assistive technology. The list is one tab
 * stop: the arrow keys, Home and End move between conversations (scrolling as needed), and Tab goes on to the
 * rename and delete buttons of the row in focus. A row holding the focus stays rendered while it scrolls away,
 * so the focus is never dropped, and the open conversation is scrolled into view when it changes.
 */
export function ConversationList({ conversations, activeId, onDelete, focusRequest }: Props) {
  const list = useRef<HTMLUListElement>(null);
  const scroll = useScrollContainer(list);
  // Every row not yet on screen is placed at the measured height from then on.
  const rowHeight = useRowHeight(list, ESTIMATED_ROW_PX, () => virtualizer.measure());
  const [focusedIndex, setFocusedIndex] = useState<number>();
  const pendingFocus = useRef<number>(undefined);
  const activeIndex = activeId === undefined ? -1 : conversations.findIndex((c) => c.id === activeId);
  const count = conversations.length;
  const focused = focusedIndex !== undefined && focusedIndex < count ? focusedIndex : undefined;
  /** The row the Tab key enters the list at: the one last focused, else the open conversation, else the first. */
  const tabStop = focused ?? (activeIndex === -1 ? 0 : activeIndex);

  const rangeExtractor = useCallback(
    (range: Range) => withIndexes(defaultRangeExtractor(range), [tabStop, pendingFocus.current], count),
    [tabStop, count],
  );
  // Stable between renders: the virtualizer recomputes every row's position (10,000 of them) when these change.
  const getItemKey = useCallback((index: number) => conversations[index]?.id ?? index, [conversations]);
  const estimateSize = useCallback(() => rowHeight.current, [rowHeight]);
  // The app is not built with React Compiler, and nothing memoised receives the virtualizer's functions.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroll.element,
    estimateSize,
    overscan: OVERSCAN,
    scrollMargin: scroll.offset,
    rangeExtractor,
    getItemKey,
  });

  const moveFocusTo = useCallback(
    (index: number) => {
      if (count === 0) return;
      const target = Math.max(0, Math.min(count - 1, index));
      pendingFocus.current = target;
      setFocusedIndex(target);
      virtualizer.scrollToIndex(target, { align: "auto" });
    },
    [count, virtualizer],
  );

  // After the row asked for is rendered, its open button takes the focus.
  useLayoutEffect(() => {
    const index = pendingFocus.current;
    if (index === undefined) return;
    const button = list.current?.querySelector<HTMLElement>(`li[data-index="${index}"] .conversation-open`);
    if (!button) return;
    pendingFocus.current = undefined;
    button.focus();
  });

  useEffect(() => {
    if (focusRequest) moveFocusTo(focusRequest.index);
  }, [focusRequest, moveFocusTo]);

  // The open conversation changed (a shortcut, a search hit, a reply moving it to the top): show it, wherever it
  // is. Not the first one, opened by the app at start-up: it is the newest, at the top where the list starts,
  // and a person may have started scrolling meanwhile.
  const firstActive = useRef(true);
  useEffect(() => {
    if (activeIndex === -1) return;
    if (firstActive.current) firstActive.current = false;
    else virtualizer.scrollToIndex(activeIndex, { align: "auto" });
  }, [activeIndex, virtualizer]);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>("li[data-index]");
    if (!row || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if ((event.target as HTMLElement).tagName === "INPUT") return;
    const index = Number(row.dataset.index);
    const page = Math.max(1, Math.floor((virtualizer.scrollRect?.height ?? 0) / rowHeight.current) - 1);
    const target = navigationTarget(event.key, index, count, page);
    if (target === undefined) return;
    event.preventDefault();
    moveFocusTo(target);
  };

  return (
    <ul
      ref={list}
      className="conversation-list"
      style={{ height: virtualizer.getTotalSize() }}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        const row = (event.target as HTMLElement).closest<HTMLElement>("li[data-index]");
        if (row) setFocusedIndex(Number(row.dataset.index));
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocusedIndex(undefined);
      }}
    >
      {virtualizer.getVirtualItems().map((item) => {
        const conversation = conversations[item.index];
        if (!conversation) return null;
        return (
          <ConversationItem
            key={item.key}
            index={item.index}
            setSize={count}
            offset={item.start - virtualizer.options.scrollMargin}
            conversation={conversation}
            active={item.index === activeIndex}
            tabStop={item.index === tabStop}
            onDelete={onDelete}
          />
        );
      })}
    </ul>
  );
}

/** Where an arrow, Page, Home or End key moves the focus from row `index`; undefined for other keys. */
function navigationTarget(key: string, index: number, count: number, page: number): number | undefined {
  if (key === "ArrowDown") return Math.min(count - 1, index + 1);
  if (key === "ArrowUp") return Math.max(0, index - 1);
  if (key === "Home") return 0;
  if (key === "End") return count - 1;
  if (key === "PageDown") return Math.min(count - 1, index + page);
  if (key === "PageUp") return Math.max(0, index - page);
  return undefined;
}

/** The rendered range plus rows that must stay in the DOM wherever they are (the focused one, the tab stop). */
function withIndexes(range: number[], extra: (number | undefined)[], count: number): number[] {
  const wanted = extra.filter(
    (index): index is number => index !== undefined && index >= 0 && index < count && !range.includes(index),
  );
  return wanted.length === 0 ? range : [...new Set([...range, ...wanted])].sort((a, b) => a - b);
}
