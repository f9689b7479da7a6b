import { useT } from "../../../i18n/useT";
import { PrivacyButton } from "../../privacy/PrivacyButton";
import { SettingsSection } from "./SettingsSection";

/** The way into the Privacy panel: the request log and "Erase everything". */
export function PrivacySection() {
  const t = useT();
  return (
    <SettingsSection id="privacy" title={t.settings.privacy} hint={t.settings.privacyHint}>
      <PrivacyButton />
      <p className="hint">{t.sidebar.storedOnly}</p>
    </SettingsSection>
  );
}
