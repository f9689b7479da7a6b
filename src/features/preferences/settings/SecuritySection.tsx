import { useT } from "../../../i18n/useT";
import { SecurityControls } from "../../vault/SecurityControls";
import { SettingsSection } from "./SettingsSection";

/** The passphrase lock: its settings, and "Lock now" once it is on. */
export function SecuritySection() {
  const t = useT();
  return (
    <SettingsSection id="security" title={t.settings.security} hint={t.settings.securityHint}>
      <SecurityControls />
    </SettingsSection>
  );
}
