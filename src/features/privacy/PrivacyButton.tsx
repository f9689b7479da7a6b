import { useState } from "react";
import { PrivacyDialog } from "./PrivacyDialog";

/** Opens the Privacy panel: the network request log and "Erase everything". */
export function PrivacyButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Privacy
      </button>
      {open && <PrivacyDialog onClose={() => setOpen(false)} />}
    </>
  );
}
