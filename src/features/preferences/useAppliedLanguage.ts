import { useEffect } from "react";
import { useLanguage, useT } from "../../i18n/useT";

/**
 * Keeps <html lang> on the shown language, so screen readers pronounce it and the browser hyphenates right,
 * and the tab's title in that language.
 */
export function useAppliedLanguage(): void {
  const language = useLanguage();
  const title = useT().appShell.documentTitle;
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = title;
  }, [language, title]);
}
