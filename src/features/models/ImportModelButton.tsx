import { lazy, Suspense, useState } from "react";
import { useT } from "../../i18n/useT";

// Loaded when first opened: importing is rare, and the first paint should not wait for it.
const ImportModelDialog = lazy(() =>
  import("./ImportModelDialog").then((module) => ({ default: module.ImportModelDialog })),
);

/** Opens the dialog that imports a model from files on this device. */
export function ImportModelButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t.importModel.open}
      </button>
      {open && (
        <Suspense fallback={null}>
          <ImportModelDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
