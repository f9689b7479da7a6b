import { useState } from "react";
import { useT } from "../../i18n/useT";
import { PrivacyDialog } from "./PrivacyDialog";

/** Opens the Privacy panel: the network request log and "Erase everything". */
export function PrivacyButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t.privacy.open}
      </button>
      {open && <PrivacyDialog onClose={() => setOpen(false)} />}
    </>
  );
}
