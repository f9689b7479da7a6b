import { useState, type FormEvent } from "react";
import { DEFAULT_IDLE_MINUTES } from "../../services/storage";
import { useAppStore } from "../../store/useAppStore";
import { IdleMinutesField } from "./IdleMinutesField";
import { IDLE_MINUTES_PROBLEM, parseIdleMinutes } from "./idleMinutes";

const MIN_PASSPHRASE_LENGTH = 8;

/** Turns the lock on, after saying plainly that a forgotten passphrase cannot be recovered. */
export function EnableLockForm({ onEnabled }: { onEnabled(): void }) {
  const enableVault = useAppStore((state) => state.enableVault);
  const [passphrase, setPassphrase] = useState("");
  const [repeated, setRepeated] = useState("");
  const [minutes, setMinutes] = useState(String(DEFAULT_IDLE_MINUTES));
  const [understood, setUnderstood] = useState(false);
  const [error, setError] = useState<string>();

  const problem = (): string | undefined => {
    if (passphrase.length < MIN_PASSPHRASE_LENGTH)
      return `Use a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters.`;
    if (passphrase !== repeated) return "The two passphrases do not match.";
    if (parseIdleMinutes(minutes) === undefined) return IDLE_MINUTES_PROBLEM;
    if (!understood)
      return "Tick the box to confirm you understand that a forgotten passphrase cannot be recovered.";
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
      setError(
        `The lock could not be turned on: ${failure instanceof Error ? failure.message : String(failure)}`,
      );
    }
  };

  return (
    <form className="vault-form" onSubmit={onSubmit} noValidate>
      <p>
        Lock Sigilo with a passphrase: your conversations are then encrypted in this browser (AES-256), and
        Sigilo asks for the passphrase when it opens and after a while without use.
      </p>
      <p className="vault-warning">
        <strong>If you forget the passphrase, your conversations are gone for good.</strong> There is no reset
        and no copy anywhere: nobody, not even Sigilo, can open them without it.
      </p>
      <label htmlFor="new-passphrase">New passphrase</label>
      <input
        id="new-passphrase"
        type="password"
        autoComplete="new-password"
        value={passphrase}
        onChange={(event) => setPassphrase(event.target.value)}
      />
      <label htmlFor="repeat-passphrase">Repeat passphrase</label>
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
        <span>I understand that if I forget the passphrase, my conversations cannot be recovered.</span>
      </label>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <button type="submit" className="button primary">
        Turn on lock
      </button>
    </form>
  );
}
