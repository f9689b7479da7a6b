/** How long ago something happened, coarsely, for "just now", "5 min ago", "2 days ago" or a date. */
export type TimeAgo =
  | { unit: "now" }
  | { unit: "minutes" | "hours" | "days"; count: number }
  /** 30 days or more: show the date itself. */
  | { unit: "date"; timestampMs: number };

export function timeAgo(timestampMs: number, nowMs: number): TimeAgo {
  const minutes = Math.floor((nowMs - timestampMs) / 60_000);
  if (minutes < 1) return { unit: "now" };
  if (minutes < 60) return { unit: "minutes", count: minutes };
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return { unit: "hours", count: hours };
  const days = Math.floor(hours / 24);
  if (days < 30) return { unit: "days", count: days };
  return { unit: "date", timestampMs };
}
