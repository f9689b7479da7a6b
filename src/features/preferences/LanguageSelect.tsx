import { useAppStore } from "../../store/useAppStore";
import { selectLanguageChoice } from "../../store/slices/preferences/selectors";
import { LANGUAGE_CHOICES, type LanguageChoice } from "../../i18n/language";
import { useT } from "../../i18n/useT";

/** Browser language / English / Português, remembered in this browser. */
export function LanguageSelect() {
  const t = useT();
  const choice = useAppStore(selectLanguageChoice);
  const setLanguage = useAppStore((state) => state.setLanguage);
  return (
    <label className="theme-select">
      {t.language.label}
      <select value={choice} onChange={(event) => setLanguage(event.target.value as LanguageChoice)}>
        {LANGUAGE_CHOICES.map((option) => (
          <option key={option} value={option} lang={option === "auto" ? undefined : option}>
            {t.language[option]}
          </option>
        ))}
      </select>
    </label>
  );
}
