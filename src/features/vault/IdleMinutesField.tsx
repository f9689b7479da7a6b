import { MAX_IDLE_MINUTES, MIN_IDLE_MINUTES } from "./idleMinutes";

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
  return (
    <>
      <label htmlFor={id}>Lock after this many minutes without use</label>
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
