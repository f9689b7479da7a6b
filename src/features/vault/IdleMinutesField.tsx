import { MAX_IDLE_MINUTES, MIN_IDLE_MINUTES } from "./idleMinutes";
import { useT } from "../../i18n/useT";

/** The idle-time input, with the bounds parseIdleMinutes enforces. */
export function IdleMinutesField({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string;
  onChange(value: string): void;
}) {
  const t = useT();
  return (
    <>
      <label htmlFor={id}>{t.idleTime.field}</label>
      <input
        id={id}
        type="number"
        min={MIN_IDLE_MINUTES}
        max={MAX_IDLE_MINUTES}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </>
  );
}
