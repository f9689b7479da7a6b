import { useState, type FormEvent } from "react";
import { useAppStore } from "../../store/useAppStore";
import { useT } from "../../i18n/useT";
import { describeVaultFailure } from "./describeVaultFailure";

/** Turns the lock off: the passphrase is asked again, so an unattended unlocked tab cannot do it. */
export function DisableLockForm({ onDisabled }: { onDisabled(): void }) {
  const t = useT();
  const disableVault = useAppStore((state) => state.disableVault);
  const [passphrase, setPassphrase] = useState("");
  const [error, setError] = useState<string>();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!passphrase) return setError(t.disableLock.missing);
    setError(undefined);
    try {
      const outcome = await disableVault(passphrase);
      if (outcome === "wrong-passphrase") setError(t.disableLock.wrong);
      else onDisabled();
    } catch (failure) {
      setError(t.disableLock.failed(describeVaultFailure(failure, t)));
    }
  };

  return (
    <form className="vault-form vault-section" onSubmit={onSubmit} noValidate>
      <p>{t.disableLock.intro}</p>
      <label htmlFor="current-passphrase">{t.disableLock.currentPassphrase}</label>
      <input
        id="current-passphrase"
        type="password"
        autoComplete="current-password"
        value={passphrase}
        onChange={(event) => setPassphrase(event.target.value)}
      />
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <button type="submit" className="button">
        {t.disableLock.submit}
      </button>
    </form>
  );
}
