import type { Language } from "../../i18n/language";

export function formatCount(value: number, language: Language): string {
  return new Intl.NumberFormat(language).format(value);
}

export function formatDate(at: number, language: Language): string {
  return new Intl.DateTimeFormat(language, { dateStyle: "long" }).format(at);
}
