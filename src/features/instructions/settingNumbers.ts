import type { Language } from "../../i18n/language";

/**
 * A setting's value as the language writes it ("0.7" in English, "0,7" in Portuguese), without digit grouping:
 * it is read back from a text field, where "4.096" would be ambiguous.
 */
export function formatSettingNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(language, { useGrouping: false, maximumFractionDigits: 20 }).format(value);
}

/** True when the language writes decimals with a comma, so typed input may use one. */
export function usesDecimalComma(language: Language): boolean {
  const parts = new Intl.NumberFormat(language).formatToParts(0.5);
  return parts.find((part) => part.type === "decimal")?.value === ",";
}
