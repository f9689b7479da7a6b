import { useEffect } from "react";
import { useLanguage } from "../../i18n/useT";

/** Keeps <html lang> on the shown language, so screen readers pronounce it and the browser hyphenates right. */
export function useAppliedLanguage(): void {
  const language = useLanguage();
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
}
