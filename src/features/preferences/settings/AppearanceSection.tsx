import { ActionButton } from "../../actions/ActionButton";
import { shortcutsHelpAction } from "../../actions/actions";
import { useT } from "../../../i18n/useT";
import { LanguageSelect } from "../LanguageSelect";
import { ThemeSelect } from "../ThemeSelect";
import { SettingsSection } from "./SettingsSection";

/** Theme, language and the keyboard shortcuts' help. */
export function AppearanceSection() {
  const t = useT();
  return (
    <SettingsSection id="appearance" title={t.settings.appearance} hint={t.settings.appearanceHint}>
      <ThemeSelect />
      <LanguageSelect />
      <p className="hint settings-row">
        <ActionButton action={shortcutsHelpAction} className="button small" />
        <span>{t.settings.shortcutsHint}</span>
      </p>
    </SettingsSection>
  );
}
