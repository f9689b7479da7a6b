/** Human-readable sizes, rates and durations for progress and model cards, in the given language. */
const MB = 1024 * 1024;

/** "1.5 MB" in English, "1,5 MB" in Portuguese: numbers as `language` writes them; the units are the same. */
export function formatBytes(bytes: number, language = "en"): string {
  const number = (value: number, digits: number) => fixedDigits(language, digits).format(value);
  if (bytes >= 1024 * MB) return `${number(bytes / (1024 * MB), 2)} GB`;
  if (bytes >= MB) return `${number(bytes / MB, bytes >= 100 * MB ? 0 : 1)} MB`;
  if (bytes >= 1024) return `${number(bytes / 1024, 0)} KB`;
  return `${number(bytes, 0)} B`;
}

export function formatMegabytes(megabytes: number, language = "en"): string {
  return formatBytes(megabytes * MB, language);
}

/**
 * A rate or short time as `language` writes it, with `decimals` decimals ("12.3"), or two significant
 * digits when that would show only zeros ("0.042", not "0.0"); undefined for a figure that is not a number
 * (web-llm reports NaN for the decode speed of a reply it did not decode beyond its first token).
 */
export function formatFigure(value: number, language = "en", decimals = 1): string | undefined {
  if (!Number.isFinite(value)) return undefined;
  const tiny = value !== 0 && Math.abs(value) < 10 ** -decimals;
  return (tiny ? twoSignificantDigits(language) : fixedDigits(language, decimals)).format(value);
}

/**
 * Number and date formats, made once per language and options: making one costs about a millisecond (the page's
 * first, 40–60 ms), and the model picker's first render formats two sizes for every model.
 */
const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cachedFormat<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let format = formats.get(key) as T | undefined;
  if (!format) {
    format = make();
    formats.set(key, format);
  }
  return format;
}

function fixedDigits(language: string, digits: number): Intl.NumberFormat {
  return cachedFormat(
    `${language} ${digits}`,
    () =>
      new Intl.NumberFormat(language, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
        useGrouping: false,
      }),
  );
}

function twoSignificantDigits(language: string): Intl.NumberFormat {
  return cachedFormat(
    `${language} 2 significant`,
    () => new Intl.NumberFormat(language, { maximumSignificantDigits: 2 }),
  );
}

/** Seconds that have passed, counted in whole seconds from 0 ("0 s", "42 s", "1 min 5 s"). */
export function formatElapsed(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return whole < 60 ? `${whole} s` : formatDuration(whole);
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "—";
  if (seconds < 60) return `${Math.max(1, Math.round(seconds))} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${Math.round(seconds % 60)} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

function dateTimeFormat(language: string): Intl.DateTimeFormat {
  return cachedFormat(
    `${language} date and time`,
    () => new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "short" }),
  );
}

/** "Dec 7, 2026, 6:50 AM" in English, "7 de dez. de 2026, 06:50" in Portuguese: a moment as `language` writes it. */
export function formatDateTime(timestampMs: number, language = "en"): string {
  return dateTimeFormat(language).format(timestampMs);
}

/**
 * Makes ahead of time the formats a first screen in `language` uses (a reply's date and figures). A page's
 * first number or date format costs 40–60 ms, the browser loading its locale data: start-up spends that while
 * storage opens, not inside the first render.
 */
export function prepareFormats(language: string): void {
  dateTimeFormat(language).format(0);
  fixedDigits(language, 1).format(0);
}

export function formatContextWindow(tokens: number): string {
  return tokens >= 1024 ? `${Math.round(tokens / 1024)}K tokens` : `${tokens} tokens`;
}
