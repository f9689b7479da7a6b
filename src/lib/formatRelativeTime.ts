/** "just now", "5 min ago", "3 h ago", "2 days ago", else the date: when something last happened. */
export function formatTimeAgo(timestampMs: number, nowMs: number): string {
  const minutes = Math.floor((nowMs - timestampMs) / 60_000);
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  const days = Math.floor(hours / 24);
  if (days < 30) return days === 1 ? "yesterday" : `${days} days ago`;
  return new Date(timestampMs).toLocaleDateString();
}
