import { useState } from "react";
import { useAppStore } from "../../store/useAppStore";
import { useT } from "../../i18n/useT";
import { selectVaultStatus } from "../../store/slices/vault/selectors";
import { SecurityDialog } from "./SecurityDialog";
import "./vault.css";

/** Sidebar footer: "Security" opens the lock settings; "Lock now" appears once the lock is on. */
export function SecurityControls() {
  const t = useT();
  const status = useAppStore(selectVaultStatus);
  const lockVault = useAppStore((state) => state.lockVault);
  const [open, setOpen] = useState(false);
  return (
    <div className="security-controls">
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t.security.open}
      </button>
      {status === "unlocked" && (
        <button type="button" className="button" onClick={() => void lockVault()}>
          {t.security.lockNow}
        </button>
      )}
      {open && <SecurityDialog onClose={() => setOpen(false)} />}
    </div>
  );
}
