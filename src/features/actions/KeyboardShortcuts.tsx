import { lazy, Suspense, useEffect } from "react";
import { SHORTCUT_ACTIONS } from "./actions";
import { isTypingKey, matchesShortcut } from "./shortcutKeys";
import { useAppStoreApi } from "./useAppStoreApi";
import { useAppStore } from "../../store/useAppStore";
import { selectShortcutsHelpOpen } from "../../store/slices/preferences/selectors";

// Loaded when first opened: the first screen does not need it.
const ShortcutsDialog = lazy(() =>
  import("./ShortcutsDialog").then((module) => ({ default: module.ShortcutsDialog })),
);

function isEditable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))
  );
}

/** Listens for the app's shortcuts anywhere on the page and hosts the help dialog that lists them. */
export function KeyboardShortcuts() {
  const store = useAppStoreApi();
  const helpOpen = useAppStore(selectShortcutsHelpOpen);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // Keys already handled (a field's own Escape) or meant for an open dialog are not shortcuts.
      if (event.defaultPrevented || event.isComposing) return;
      if (event.target instanceof Element && event.target.closest("dialog")) return;
      for (const action of SHORTCUT_ACTIONS) {
        const key = action.keys.find((shortcut) => matchesShortcut(event, shortcut));
        if (!key || (isTypingKey(key) && isEditable(event.target))) continue;
        if (action.isEnabled && !action.isEnabled(store.getState())) continue;
        event.preventDefault();
        action.perform(store);
        return;
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [store]);

  return helpOpen ? (
    <Suspense fallback={null}>
      <ShortcutsDialog onClose={() => store.getState().setShortcutsHelpOpen(false)} />
    </Suspense>
  ) : null;
}
