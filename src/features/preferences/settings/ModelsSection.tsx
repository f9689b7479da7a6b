import { useT } from "../../../i18n/useT";
import { ManageModelsButton } from "../../models/ManageModelsButton";
import { SettingsSection } from "./SettingsSection";

/** The way into the model manager (stored models, their space, custom models). */
export function ModelsSection() {
  const t = useT();
  return (
    <SettingsSection id="models" title={t.settings.models} hint={t.settings.modelsHint}>
      <ManageModelsButton />
    </SettingsSection>
  );
}
