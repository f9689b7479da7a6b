import { useState, type FormEvent } from "react";
import { useAppStore } from "../../store/useAppStore";
import { selectVaultTask } from "../../store/slices/vault/selectors";
import { describeVaultTask } from "./describeVaultTask";
import "./vault.css";

/** Asks for the passphrase. A wrong one says only that it is wrong, and opens nothing. */
export function LockScreen() {
  const unlockVault = useAppStore((state) => state.unlockVault);
  const task = useAppStore(selectVaultTask);
  const [passphrase, setPassphrase] = useState("");
  const [error, setError] = useState<string>();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!passphrase) return setError("Enter your passphrase.");
    setError(undefined);
    try {
      const outcome = await unlockVault(passphrase);
      if (outcome === "wrong-passphrase") setError("Wrong passphrase. Nothing was opened; try again.");
    } catch (failure) {
      setError(`Could not unlock: ${failure instanceof Error ? failure.message : String(failure)}`);
    }
  };

  return (
    <main className="lock-screen" aria-labelledby="lock-title">
      <h1 id="lock-title">Sigilo is locked</h1>
      <p>Your conversations are encrypted on this device. Enter your passphrase to open them.</p>
      <form onSubmit={onSubmit} className="lock-form">
        <label htmlFor="unlock-passphrase">Passphrase</label>
        <input
          id="unlock-passphrase"
          type="password"
          autoComplete="current-password"
          autoFocus
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
          disabled={task !== undefined}
        />
        <button type="submit" className="button primary" disabled={task !== undefined}>
          Unlock
        </button>
      </form>
      {task && <p role="status">{describeVaultTask(task)}</p>}
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <p className="hint">
        Forgot it? Without the passphrase the conversations cannot be recovered by anyone.
      </p>
    </main>
  );
}
