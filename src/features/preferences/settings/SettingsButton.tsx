import { useState } from "react";
import { useT } from "../../../i18n/useT";
import { SettingsDialog } from "./SettingsDialog";
import { Icon } from "../../../app/Icon";

/** The sidebar's way into Settings. */
export function SettingsButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button settings-button" onClick={() => setOpen(true)}>
        <Icon name="settings" />
        {t.settings.open}
      </button>
      {open && <SettingsDialog onClose={() => setOpen(false)} />}
    </>
  );
}
