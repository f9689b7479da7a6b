import { useState, type FormEvent } from "react";
import { useAppStore } from "../../store/useAppStore";
import { useT } from "../../i18n/useT";
import { describeVaultFailure } from "./describeVaultFailure";
import { selectVaultTask } from "../../store/slices/vault/selectors";
import { describeVaultTask } from "./describeVaultTask";
import "./vault.css";

/** Asks for the passphrase. A wrong one says only that it is wrong, and opens nothing. */
export function LockScreen() {
  const t = useT();
  const unlockVault = useAppStore((state) => state.unlockVault);
  const task = useAppStore(selectVaultTask);
  const [passphrase, setPassphrase] = useState("");
  const [error, setError] = useState<string>();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!passphrase) return setError(t.lockScreen.missing);
    setError(undefined);
    try {
      const outcome = await unlockVault(passphrase);
      if (outcome === "wrong-passphrase") setError(t.lockScreen.wrong);
    } catch (failure) {
      setError(t.lockScreen.failed(describeVaultFailure(failure, t)));
    }
  };

  return (
    <main className="lock-screen" aria-labelledby="lock-title">
      <h1 id="lock-title">{t.lockScreen.title}</h1>
      <p>{t.lockScreen.intro}</p>
      <form onSubmit={onSubmit} className="lock-form">
        <label htmlFor="unlock-passphrase">{t.lockScreen.passphrase}</label>
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
          {t.lockScreen.unlock}
        </button>
      </form>
      {task && <p role="status">{describeVaultTask(task, t)}</p>}
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <p className="hint">{t.lockScreen.forgot}</p>
    </main>
  );
}
