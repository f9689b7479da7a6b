import { useState } from "react";
import { useT } from "../../i18n/useT";
import { ImportModelDialog } from "./ImportModelDialog";

/** Opens the dialog that imports a model from files on this device. */
export function ImportModelButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t.importModel.open}
      </button>
      {open && <ImportModelDialog onClose={() => setOpen(false)} />}
    </>
  );
}
