import { ActionButton } from "../actions/ActionButton";
import { shortcutsHelpAction } from "../actions/actions";
import { TransferMenu } from "../transfer/TransferMenu";
import { ThemeSelect } from "./ThemeSelect";
import { LanguageSelect } from "./LanguageSelect";

/** The sidebar's footer tools: export and import, theme, language, and the shortcuts help. */
export function SidebarTools() {
  return (
    <div className="sidebar-tools">
      <TransferMenu />
      <div className="sidebar-tools-row">
        <ThemeSelect />
        <ActionButton action={shortcutsHelpAction} className="button small" />
      </div>
      <div className="sidebar-tools-row">
        <LanguageSelect />
      </div>
    </div>
  );
}
