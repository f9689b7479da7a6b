import type { AppAction } from "./actions";
import { describeShortcut } from "./shortcutKeys";
import { useAppStoreApi } from "./useAppStoreApi";
import { useAppStore } from "../../store/useAppStore";
import { useT } from "../../i18n/useT";

/** A button that runs an action: its label and shortcut hint come from the action's one definition. */
export function ActionButton({ action, className = "button" }: { action: AppAction; className?: string }) {
  const t = useT();
  const label = action.label(t);
  const store = useAppStoreApi();
  const enabled = useAppStore((state) => action.isEnabled?.(state) ?? true);
  const shortcut = action.keys[0];
  return (
    <button
      type="button"
      className={className}
      disabled={!enabled}
      aria-keyshortcuts={action.keys.map((keys) => keys.replace("Mod", "Control")).join(" ")}
      title={shortcut ? `${label} (${describeShortcut(shortcut).join("+")})` : label}
      onClick={() => action.perform(store)}
    >
      {label}
    </button>
  );
}
