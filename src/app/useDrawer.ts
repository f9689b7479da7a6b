import { useCallback, useEffect, useLayoutEffect, useRef, useState, type PointerEvent } from "react";
import { useAppStoreApi } from "../features/actions/useAppStoreApi";
import { selectActiveConversationId } from "../store/slices/conversations/selectors";
import { selectRevealRequest } from "../store/slices/search/selectors";
import { useMediaQuery } from "./useMediaQuery";

/** Below this width the sidebar is a drawer over the chat; keep in step with the media queries in app.css. */
export const NARROW_QUERY = "(max-width: 767px)";
/** How far (px) a finger must travel leftwards, more sideways than up or down, to close the drawer. */
const SWIPE_CLOSE_PX = 60;

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export interface Drawer {
  /** The window is narrow: the sidebar is a drawer, shown only while `open`. */
  narrow: boolean;
  open: boolean;
  /** Shown over the chat now (narrow and open): the rest of the page is inert. */
  showing: boolean;
  openDrawer(): void;
  closeDrawer(): void;
  /** Callback refs: the menu button that opens the drawer, and the drawer itself. */
  attachMenuButton(element: HTMLButtonElement | null): void;
  attachPanel(element: HTMLElement | null): void;
  swipe: {
    onPointerDown(event: PointerEvent): void;
    onPointerUp(event: PointerEvent): void;
    onPointerCancel(): void;
  };
}

/**
 * The phone and tablet sidebar: opened by the menu button; closed by Escape, a backdrop click, a leftward
 * swipe or choosing a conversation. While open, Tab stays inside it; once closed, focus returns to the menu
 * button (unless something else, like New chat, has already taken it).
 */
export function useDrawer(): Drawer {
  const narrow = useMediaQuery(NARROW_QUERY);
  const [open, setOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLElement>(null);
  const swipeStart = useRef<{ x: number; y: number; pointer: number } | undefined>(undefined);
  const showing = narrow && open;
  const wasShowing = useRef(false);
  const store = useAppStoreApi();

  const attachMenuButton = useCallback((element: HTMLButtonElement | null) => {
    menuButton.current = element;
  }, []);
  const attachPanel = useCallback((element: HTMLElement | null) => {
    panel.current = element;
  }, []);
  const openDrawer = useCallback(() => setOpen(true), []);
  const closeDrawer = useCallback(() => setOpen(false), []);

  // Focus moves in when the drawer opens and back to the menu button when it closes (after the chat stops being inert).
  useLayoutEffect(() => {
    if (showing) panel.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    else if (wasShowing.current) {
      const focusLeftThePage = !document.activeElement || document.activeElement === document.body;
      const focusInPanel = panel.current?.contains(document.activeElement) ?? false;
      if (focusLeftThePage || focusInPanel) menuButton.current?.focus();
    }
    wasShowing.current = showing;
  }, [showing]);

  // Choosing a conversation (from the list or a search hit) closes the drawer to show it.
  useEffect(() => {
    if (!showing) return;
    return store.subscribe((state, previous) => {
      if (
        selectActiveConversationId(state) !== selectActiveConversationId(previous) ||
        selectRevealRequest(state) !== selectRevealRequest(previous)
      )
        setOpen(false);
    });
  }, [showing, store]);

  useEffect(() => {
    if (!showing) return;
    const onKeyDown = (event: KeyboardEvent) => {
      // A dialog opened from the drawer (Settings, Delete) handles its own keys.
      if (event.defaultPrevented || (event.target instanceof Element && event.target.closest("dialog")))
        return;
      if (event.key === "Escape") {
        event.preventDefault();
        setOpen(false);
      } else if (event.key === "Tab" && panel.current) keepTabInside(panel.current, event);
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [showing]);

  const swipe = {
    onPointerDown(event: PointerEvent) {
      // A drag inside a dialog opened from the drawer is not a swipe on the drawer.
      if (event.target instanceof Element && event.target.closest("dialog")) return;
      swipeStart.current = { x: event.clientX, y: event.clientY, pointer: event.pointerId };
    },
    onPointerUp(event: PointerEvent) {
      const start = swipeStart.current;
      swipeStart.current = undefined;
      if (!start || start.pointer !== event.pointerId || !showing) return;
      const dx = event.clientX - start.x;
      const dy = event.clientY - start.y;
      if (dx < -SWIPE_CLOSE_PX && Math.abs(dx) > Math.abs(dy)) setOpen(false);
    },
    onPointerCancel() {
      swipeStart.current = undefined;
    },
  };

  return { narrow, open, showing, openDrawer, closeDrawer, attachMenuButton, attachPanel, swipe };
}

/** Wraps Tab and Shift+Tab around the panel's first and last focusable elements. */
function keepTabInside(panel: HTMLElement, event: KeyboardEvent) {
  const focusable = [...panel.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => element.offsetParent !== null || element === document.activeElement,
  );
  const first = focusable[0];
  const last = focusable.at(-1);
  if (!first || !last) return;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || !panel.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !panel.contains(active))) {
    event.preventDefault();
    first.focus();
  }
}
