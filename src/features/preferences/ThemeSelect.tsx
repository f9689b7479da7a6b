import { useAppStore } from "../../store/useAppStore";
import { selectTheme } from "../../store/slices/preferences/selectors";
import { THEME_CHOICES, type ThemeChoice } from "../../store/slices/preferences/preferencesSlice";

const LABELS: Record<ThemeChoice, string> = { system: "System", light: "Light", dark: "Dark" };

/** System / Light / Dark, remembered in this browser. */
export function ThemeSelect() {
  const theme = useAppStore(selectTheme);
  const setTheme = useAppStore((state) => state.setTheme);
  return (
    <label className="theme-select">
      Theme
      <select value={theme} onChange={(event) => setTheme(event.target.value as ThemeChoice)}>
        {THEME_CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {LABELS[choice]}
          </option>
        ))}
      </select>
    </label>
  );
}
