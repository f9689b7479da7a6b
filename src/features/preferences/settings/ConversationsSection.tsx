import { useT } from "../../../i18n/useT";
import { ExportConversationsButton } from "../../conversations/ExportConversationsButton";
import { TransferMenu } from "../../transfer/TransferMenu";
import { SettingsSection } from "./SettingsSection";

/** Export every conversation, and the fuller export and import menu. */
export function ConversationsSection() {
  const t = useT();
  return (
    <SettingsSection id="conversations" title={t.settings.conversations} hint={t.settings.conversationsHint}>
      <ExportConversationsButton />
      <TransferMenu />
    </SettingsSection>
  );
}
