import { useState, type FormEvent } from "react";
import { useAppStore } from "../../store/useAppStore";
import { selectVaultIdleMinutes } from "../../store/slices/vault/selectors";
import { IdleMinutesField } from "./IdleMinutesField";
import { IDLE_MINUTES_PROBLEM, parseIdleMinutes } from "./idleMinutes";

/** How long Sigilo waits, unused, before locking itself. */
export function IdleTimeForm({ onSaved }: { onSaved(message: string): void }) {
  const current = useAppStore(selectVaultIdleMinutes);
  const setIdleMinutes = useAppStore((state) => state.setVaultIdleMinutes);
  const [minutes, setMinutes] = useState(String(current ?? ""));
  const [error, setError] = useState<string>();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseIdleMinutes(minutes);
    if (parsed === undefined) return setError(IDLE_MINUTES_PROBLEM);
    setError(undefined);
    try {
      await setIdleMinutes(parsed);
      onSaved(`Sigilo now locks after ${parsed} minute${parsed === 1 ? "" : "s"} without use.`);
    } catch (failure) {
      setError(`Could not save: ${failure instanceof Error ? failure.message : String(failure)}`);
    }
  };

  return (
    <form className="vault-form vault-section" onSubmit={onSubmit} noValidate>
      <IdleMinutesField id="idle-minutes" value={minutes} onChange={setMinutes} />
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <button type="submit" className="button">
        Save idle time
      </button>
    </form>
  );
}
