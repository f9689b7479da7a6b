import { useState, type FormEvent } from "react";
import { DEFAULT_IDLE_MINUTES } from "../../services/storage";
import { useAppStore } from "../../store/useAppStore";
import { useT } from "../../i18n/useT";
import { describeVaultFailure } from "./describeVaultFailure";
import { IdleMinutesField } from "./IdleMinutesField";
import { MAX_IDLE_MINUTES, MIN_IDLE_MINUTES, parseIdleMinutes } from "./idleMinutes";

const MIN_PASSPHRASE_LENGTH = 8;

/** Turns the lock on, after saying plainly that a forgotten passphrase cannot be recovered. */
export function EnableLockForm({ onEnabled }: { onEnabled(): void }) {
  const t = useT();
  const enableVault = useAppStore((state) => state.enableVault);
  const [passphrase, setPassphrase] = useState("");
  const [repeated, setRepeated] = useState("");
  const [minutes, setMinutes] = useState(String(DEFAULT_IDLE_MINUTES));
  const [understood, setUnderstood] = useState(false);
  const [error, setError] = useState<string>();

  const problem = (): string | undefined => {
    if (passphrase.length < MIN_PASSPHRASE_LENGTH) return t.enableLock.tooShort(MIN_PASSPHRASE_LENGTH);
    if (passphrase !== repeated) return t.enableLock.mismatch;
    if (parseIdleMinutes(minutes) === undefined)
      return t.idleTime.problem(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES);
    if (!understood) return t.enableLock.notConfirmed;
    return undefined;
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found = problem();
    setError(found);
    if (found) return;
    try {
      await enableVault(passphrase, parseIdleMinutes(minutes)!);
      onEnabled();
    } catch (failure) {
      setError(t.enableLock.failed(describeVaultFailure(failure, t)));
    }
  };

  return (
    <form className="vault-form" onSubmit={onSubmit} noValidate>
      <p>{t.enableLock.intro}</p>
      <p className="vault-warning">
        <strong>{t.enableLock.warning}</strong> {t.enableLock.warningDetail}
      </p>
      <label htmlFor="new-passphrase">{t.enableLock.newPassphrase}</label>
      <input
        id="new-passphrase"
        type="password"
        autoComplete="new-password"
        value={passphrase}
        onChange={(event) => setPassphrase(event.target.value)}
      />
      <label htmlFor="repeat-passphrase">{t.enableLock.repeatPassphrase}</label>
      <input
        id="repeat-passphrase"
        type="password"
        autoComplete="new-password"
        value={repeated}
        onChange={(event) => setRepeated(event.target.value)}
      />
      <IdleMinutesField id="enable-idle-minutes" value={minutes} onChange={setMinutes} />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={understood}
          onChange={(event) => setUnderstood(event.target.checked)}
        />
        <span>{t.enableLock.understood}</span>
      </label>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <button type="submit" className="button primary">
        {t.enableLock.submit}
      </button>
    </form>
  );
}
