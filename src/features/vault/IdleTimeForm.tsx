import { useState, type FormEvent } from "react";
import { useAppStore } from "../../store/useAppStore";
import { useT } from "../../i18n/useT";
import { describeVaultFailure } from "./describeVaultFailure";
import { selectVaultIdleMinutes } from "../../store/slices/vault/selectors";
import { IdleMinutesField } from "./IdleMinutesField";
import { MAX_IDLE_MINUTES, MIN_IDLE_MINUTES, parseIdleMinutes } from "./idleMinutes";

/** How long Sigilo waits, unused, before locking itself. */
export function IdleTimeForm({ onSaved }: { onSaved(message: string): void }) {
  const t = useT();
  const current = useAppStore(selectVaultIdleMinutes);
  const setIdleMinutes = useAppStore((state) => state.setVaultIdleMinutes);
  const [minutes, setMinutes] = useState(String(current ?? ""));
  const [error, setError] = useState<string>();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseIdleMinutes(minutes);
    if (parsed === undefined) return setError(t.idleTime.problem(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES));
    setError(undefined);
    try {
      await setIdleMinutes(parsed);
      onSaved(t.idleTime.saved(parsed));
    } catch (failure) {
      setError(t.idleTime.failed(describeVaultFailure(failure, t)));
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
        {t.idleTime.save}
      </button>
    </form>
  );
}
