import { useAppStore } from "../../store/useAppStore";
import { selectTheme } from "../../store/slices/preferences/selectors";
import { THEME_CHOICES, type ThemeChoice } from "../../store/slices/preferences/preferencesSlice";
import { useT } from "../../i18n/useT";

/** System / Light / Dark, remembered in this browser. */
export function ThemeSelect() {
  const t = useT();
  const theme = useAppStore(selectTheme);
  const setTheme = useAppStore((state) => state.setTheme);
  return (
    <label className="theme-select">
      {t.theme.label}
      <select value={theme} onChange={(event) => setTheme(event.target.value as ThemeChoice)}>
        {THEME_CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {t.theme[choice]}
          </option>
        ))}
      </select>
    </label>
  );
}
