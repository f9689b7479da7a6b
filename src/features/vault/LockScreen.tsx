import { lazy, Suspense, useState, type FormEvent } from "react";
import { useAppStore } from "../../store/useAppStore";
import { useT } from "../../i18n/useT";
import { describeVaultFailure } from "./describeVaultFailure";
import {
  selectVaultIdleMinutes,
  selectVaultProblem,
  selectVaultTask,
} from "../../store/slices/vault/selectors";
import { describeVaultTask } from "./describeVaultTask";
import "./vault.css";

// Offered only when the lock's settings are damaged: loaded then.
const EraseEverythingDialog = lazy(() =>
  import("../privacy/EraseEverythingDialog").then((module) => ({ default: module.EraseEverythingDialog })),
);

/**
 * Asks for the passphrase. A wrong one says only that it is wrong, and opens nothing. With the lock's settings
 * damaged no passphrase can be checked: it says so, and offers the one way on (erasing everything).
 */
export function LockScreen() {
  const problem = useAppStore(selectVaultProblem);
  if (problem === "damaged") return <DamagedLock />;
  return <PassphraseForm idleMinutesReset={problem === "idle-minutes-reset"} />;
}

function DamagedLock() {
  const t = useT();
  const [erasing, setErasing] = useState(false);
  return (
    <main className="lock-screen" aria-labelledby="lock-title">
      <h1 id="lock-title">{t.lockScreen.title}</h1>
      <p role="alert">{t.lockScreen.damaged}</p>
      <div className="actions">
        <button type="button" className="button danger" onClick={() => setErasing(true)}>
          {t.privacy.eraseEverything}
        </button>
      </div>
      {erasing && (
        <Suspense fallback={null}>
          <EraseEverythingDialog onCancel={() => setErasing(false)} />
        </Suspense>
      )}
    </main>
  );
}

function PassphraseForm({ idleMinutesReset }: { idleMinutesReset: boolean }) {
  const t = useT();
  const idleMinutes = useAppStore(selectVaultIdleMinutes);
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
      {idleMinutesReset && idleMinutes !== undefined && (
        <p role="status">{t.lockScreen.idleMinutesReset(idleMinutes)}</p>
      )}
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
