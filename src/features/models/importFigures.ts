import type { Language } from "../../i18n/language";

const UNITS = [
  ["gigabyte", 1024 ** 3],
  ["megabyte", 1024 ** 2],
  ["kilobyte", 1024],
] as const;

/** A size in the current language's number format ("4.1 MB", "4,1 MB"), in the manager's binary units. */
export function formatSize(bytes: number, language: Language): string {
  const [unit, size] = UNITS.find(([, unitBytes]) => bytes >= unitBytes) ?? ["byte", 1];
  const format = new Intl.NumberFormat(language, {
    style: "unit",
    unit,
    maximumFractionDigits: unit === "gigabyte" ? 2 : unit === "megabyte" ? 1 : 0,
  });
  return format.format(bytes / size);
}

export function formatCount(value: number, language: Language): string {
  return new Intl.NumberFormat(language).format(value);
}

export function formatDate(at: number, language: Language): string {
  return new Intl.DateTimeFormat(language, { dateStyle: "long" }).format(at);
}
