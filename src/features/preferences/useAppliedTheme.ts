import { useEffect } from "react";
import { useAppStore } from "../../store/useAppStore";
import { selectTheme } from "../../store/slices/preferences/selectors";
import { rememberTheme } from "../../app/bootShell";

/**
 * Puts the theme choice on <html data-theme>. With "system" the attribute is absent and the stylesheet follows
 * `prefers-color-scheme`, so the first paint (before any script) already matches the system; a manual choice is
 * copied for the next start's first paint (see app/bootShell.ts).
 */
export function useAppliedTheme(): void {
  const theme = useAppStore(selectTheme);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === "system") delete root.dataset.theme;
    else root.dataset.theme = theme;
    rememberTheme(theme);
  }, [theme]);
}
