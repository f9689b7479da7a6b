import { lazy, Suspense, useState } from "react";
import { useT } from "../../../i18n/useT";
import { Icon } from "../../../app/Icon";

// Loaded when first opened, with every section: the first screen does not need them.
const SettingsDialog = lazy(() =>
  import("./SettingsDialog").then((module) => ({ default: module.SettingsDialog })),
);

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
      {open && (
        <Suspense fallback={null}>
          <SettingsDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
