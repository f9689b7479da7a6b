/** The idle time before Sigilo locks itself: one place for its bounds and its error message. */
export const MIN_IDLE_MINUTES = 1;
/** A day. */
export const MAX_IDLE_MINUTES = 1440;

export const IDLE_MINUTES_PROBLEM = `Enter the idle time in whole minutes, from ${MIN_IDLE_MINUTES} to ${MAX_IDLE_MINUTES}.`;

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
