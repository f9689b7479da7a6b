/** A whole number of minutes from 1 to a day, or undefined. */
export function parseIdleMinutes(text: string): number | undefined {
  const value = Number(text.trim());
  return text.trim() !== "" && Number.isInteger(value) && value >= 1 && value <= 1440 ? value : undefined;
}
