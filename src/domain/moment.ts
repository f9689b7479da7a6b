import * as v from "valibot";

/**
 * A moment as stored (milliseconds since 1970). Any finite number is not enough: past ±8.64e15 a Date is
 * "Invalid Date", and Intl.DateTimeFormat throws a RangeError formatting it, so one stored or imported time
 * of 1e300 took down whatever showed it (a reply's details line, the app with it). Every time read from
 * storage or a file is kept within this range.
 */
export const LATEST_MOMENT = 8.64e15;

/** Whether `value` is a time a Date can hold (for readers that refuse a record rather than repair it). */
export function isMoment(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && Math.abs(value) <= LATEST_MOMENT;
}

/**
 * A record's time: any finite number, brought within the range a Date can hold. Clamped rather than refused:
 * a message is its words, and a damaged time must not hide them (nor refuse the whole file they came in).
 */
export const momentSchema = v.pipe(
  v.number(),
  v.finite(),
  v.transform((time) => Math.min(LATEST_MOMENT, Math.max(-LATEST_MOMENT, time))),
);
