import { useCallback, useEffect, useRef, useState } from "react";

/**
 * A reader heading down who comes within this many pixels of the end is back at the latest text, and the
 * list follows it again (a streaming reply keeps moving the end a line or two past a scroll's target).
 */
const AT_END_PX = 64;
const UPWARD_KEYS = new Set(["ArrowUp", "PageUp", "Home"]);
const DOWNWARD_KEYS = new Set(["ArrowDown", "PageDown", "End", " "]);

/**
 * Auto-scroll that does not fight the reader: the list follows a streaming reply until the reader moves up
 * (wheel, touch, keys, or dragging the scrollbar), then stays where they put it; going back down to the end,
 * or `jumpToLatest`, resumes following. Intent is read from the reader's own input, never from the scroll
 * position alone: the list's re-measuring, its own following and smooth scrolling also move it.
 */
export function useFollowLatest() {
  /** The scrolling element around the messages. */
  const scroller = useRef<HTMLDivElement>(null);
  const following = useRef(true);
  /** Mirrors `following` for rendering: "Jump to latest" shows while the list is not following. */
  const [awayFromLatest, setAwayFromLatest] = useState(false);

  const stopFollowing = useCallback(() => {
    following.current = false;
    setAwayFromLatest(true);
  }, []);

  const jumpToLatest = useCallback(() => {
    following.current = true;
    setAwayFromLatest(false);
    const element = scroller.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, []);

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    let touchY: number | undefined;
    let draggingScrollbar = false;
    /** The reader's last move was downwards: reaching the end now means they came back to the latest. */
    let headingDown = false;
    const up = () => {
      headingDown = false;
      stopFollowing();
    };
    let lastTop = element.scrollTop;
    const onWheel = (event: WheelEvent) => {
      if (event.deltaY < 0) up();
      else if (event.deltaY > 0) headingDown = true;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const typing = event.target instanceof HTMLElement && event.target.closest("textarea, input");
      if (typing) return;
      if (UPWARD_KEYS.has(event.key)) up();
      else if (DOWNWARD_KEYS.has(event.key)) headingDown = true;
    };
    const onTouchStart = (event: TouchEvent) => {
      touchY = event.touches[0]?.clientY;
    };
    const onTouchMove = (event: TouchEvent) => {
      const y = event.touches[0]?.clientY;
      // A finger moving down drags the text down: the reader is going back up.
      if (touchY !== undefined && y !== undefined && y > touchY) up();
      else if (touchY !== undefined && y !== undefined && y < touchY) headingDown = true;
      touchY = y;
    };
    // A press on the scroller itself, not on a message, is a press on its scrollbar.
    const onPointerDown = (event: PointerEvent) => {
      draggingScrollbar = event.target === element;
    };
    const onPointerUp = () => {
      draggingScrollbar = false;
    };
    const onScroll = () => {
      const fromEnd = element.scrollHeight - element.scrollTop - element.clientHeight;
      if (draggingScrollbar) {
        if (element.scrollTop < lastTop) up();
        else if (element.scrollTop > lastTop) headingDown = true;
      }
      if (fromEnd <= AT_END_PX && headingDown && !following.current) {
        following.current = true;
        setAwayFromLatest(false);
      }
      lastTop = element.scrollTop;
    };
    const passive = { passive: true };
    element.addEventListener("wheel", onWheel, passive);
    element.addEventListener("keydown", onKeyDown);
    element.addEventListener("touchstart", onTouchStart, passive);
    element.addEventListener("touchmove", onTouchMove, passive);
    element.addEventListener("pointerdown", onPointerDown);
    window.addEventListener("pointerup", onPointerUp);
    element.addEventListener("scroll", onScroll, passive);
    return () => {
      element.removeEventListener("wheel", onWheel);
      element.removeEventListener("keydown", onKeyDown);
      element.removeEventListener("touchstart", onTouchStart);
      element.removeEventListener("touchmove", onTouchMove);
      element.removeEventListener("pointerdown", onPointerDown);
      window.removeEventListener("pointerup", onPointerUp);
      element.removeEventListener("scroll", onScroll);
    };
  }, [stopFollowing]);

  return { scroller, following, awayFromLatest, stopFollowing, jumpToLatest };
}
