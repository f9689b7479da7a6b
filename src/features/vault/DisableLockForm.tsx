import { useState, type FormEvent } from "react";
import { useAppStore } from "../../store/useAppStore";

/** Turns the lock off: the passphrase is asked again, so an unattended unlocked tab cannot do it. */
export function DisableLockForm({ onDisabled }: { onDisabled(): void }) {
  const disableVault = useAppStore((state) => state.disableVault);
  const [passphrase, setPassphrase] = useState("");
  const [error, setError] = useState<string>();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!passphrase) return setError("Enter your current passphrase to turn the lock off.");
    setError(undefined);
    try {
      const outcome = await disableVault(passphrase);
      if (outcome === "wrong-passphrase") setError("Wrong passphrase. The lock stays on.");
      else onDisabled();
    } catch (failure) {
      setError(
        `The lock could not be turned off; it stays on and nothing was lost: ${failure instanceof Error ? failure.message : String(failure)}`,
      );
    }
  };

  return (
    <form className="vault-form vault-section" onSubmit={onSubmit} noValidate>
      <p>Turning the lock off decrypts your conversations and stores them unencrypted in this browser.</p>
      <label htmlFor="current-passphrase">Current passphrase</label>
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
        Turn off lock
      </button>
    </form>
  );
}
