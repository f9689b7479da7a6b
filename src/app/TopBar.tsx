import type { Drawer } from "./useDrawer";
import { useAppStore } from "../store/useAppStore";
import { selectActiveConversation } from "../store/slices/conversations/selectors";
import { useT } from "../i18n/useT";

/**
 * The page's level-one heading (the open conversation, else the app's name): visually hidden beside the desktop
 * sidebar, shown on phones next to the menu button that opens the sidebar drawer.
 */
export function TopBar({ drawer }: { drawer: Drawer }) {
  const t = useT();
  const { attachMenuButton, open, openDrawer } = drawer;
  const title = useAppStore((state) => selectActiveConversation(state)?.title);
  return (
    <div className="top-bar">
      <button
        ref={attachMenuButton}
        type="button"
        className="icon-button menu-button"
        aria-expanded={open}
        aria-controls="sidebar"
        onClick={openDrawer}
      >
        <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
          <path d="M3 6h18M3 12h18M3 18h18" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <span className="sr-only">{t.drawer.open}</span>
      </button>
      <h1 className="top-bar-title">{title ?? "Sigilo"}</h1>
    </div>
  );
}
