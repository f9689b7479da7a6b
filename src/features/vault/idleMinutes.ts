/** The idle time before Sigilo locks itself: one place for its bounds (the message is `t.idleTime.problem`). */
export const MIN_IDLE_MINUTES = 1;
/** A day. */
export const MAX_IDLE_MINUTES = 1440;

/** A whole number of minutes within the bounds, or undefined. */
export function parseIdleMinutes(text: string): number | undefined {
  const value = Number(text.trim());
  return text.trim() !== "" &&
    Number.isInteger(value) &&
    value >= MIN_IDLE_MINUTES &&
    value <= MAX_IDLE_MINUTES
    ? value
    : undefined;
}
