import type { ReactNode } from "react";
import { useAppStore } from "../../store/useAppStore";
import { selectVaultStatus } from "../../store/slices/vault/selectors";
import { IdleLock } from "./IdleLock";
import { LockScreen } from "./LockScreen";

/** While the lock is on and no passphrase has been given, the lock screen replaces the whole app. */
export function VaultGate({ children }: { children: ReactNode }) {
  const status = useAppStore(selectVaultStatus);
  if (status === "locked") return <LockScreen />;
  return (
    <>
      {status === "unlocked" && <IdleLock />}
      {children}
    </>
  );
}
