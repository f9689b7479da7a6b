/** Human-readable sizes, rates and durations for progress and model cards, in the given language. */
const MB = 1024 * 1024;

/** "1.5 MB" in English, "1,5 MB" in Portuguese: numbers as `language` writes them; the units are the same. */
export function formatBytes(bytes: number, language = "en"): string {
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(language, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      useGrouping: false,
    }).format(value);
  if (bytes >= 1024 * MB) return `${number(bytes / (1024 * MB), 2)} GB`;
  if (bytes >= MB) return `${number(bytes / MB, bytes >= 100 * MB ? 0 : 1)} MB`;
  if (bytes >= 1024) return `${number(bytes / 1024, 0)} KB`;
  return `${number(bytes, 0)} B`;
}

export function formatMegabytes(megabytes: number, language = "en"): string {
  return formatBytes(megabytes * MB, language);
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "—";
  if (seconds < 60) return `${Math.max(1, Math.round(seconds))} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${Math.round(seconds % 60)} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

export function formatContextWindow(tokens: number): string {
  return tokens >= 1024 ? `${Math.round(tokens / 1024)}K tokens` : `${tokens} tokens`;
}
