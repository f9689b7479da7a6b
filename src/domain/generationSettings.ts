/** How a reply is sampled. Per conversation; the engine receives them with every request. */
export interface GenerationSettings {
  temperature: number;
  topP: number;
  /** The longest reply, in tokens; a reply that reaches it ends with finishReason "length". */
  maxTokens: number;
  presencePenalty: number;
  frequencyPenalty: number;
}

export type GenerationSettingName = keyof GenerationSettings;

export const DEFAULT_GENERATION_SETTINGS: GenerationSettings = {
  temperature: 0.7,
  topP: 0.95,
  maxTokens: 1024,
  presencePenalty: 0,
  frequencyPenalty: 0,
};

interface SettingRule {
  min: number;
  max: number;
  /** True when `min` itself is not allowed (top-p must be above 0). */
  minExclusive?: boolean;
  integer?: boolean;
}

/** The ranges web-llm accepts (it throws outside them). Labels and hints are in the dictionary. */
export const GENERATION_SETTING_RULES: Record<GenerationSettingName, SettingRule> = {
  temperature: { min: 0, max: 2 },
  topP: { min: 0, max: 1, minExclusive: true },
  maxTokens: { min: 1, max: 4096, integer: true },
  presencePenalty: { min: -2, max: 2 },
  frequencyPenalty: { min: -2, max: 2 },
};

export const GENERATION_SETTING_NAMES = Object.keys(GENERATION_SETTING_RULES) as GenerationSettingName[];

/**
 * Why a typed value was refused; the form says it in words, with the field's range. "not-a-number" covers
 * empty input; "not-whole" a fraction where only whole numbers are allowed.
 */
export type SettingProblem = "not-a-number" | "not-whole" | "out-of-range";

export type SettingParse = { ok: true; value: number } | { ok: false; problem: SettingProblem };

/**
 * Reads one setting as typed in a form. With `decimalComma` (languages that write 0,5) a comma is read as
 * the decimal point too.
 */
export function parseGenerationSetting(
  name: GenerationSettingName,
  input: string,
  { decimalComma = false }: { decimalComma?: boolean } = {},
): SettingParse {
  const rule = GENERATION_SETTING_RULES[name];
  const text = decimalComma ? input.trim().replace(",", ".") : input.trim();
  const value = Number(text);
  if (text === "" || !Number.isFinite(value)) return { ok: false, problem: "not-a-number" };
  if (rule.integer && !Number.isInteger(value)) return { ok: false, problem: "not-whole" };
  const belowMin = rule.minExclusive ? value <= rule.min : value < rule.min;
  if (belowMin || value > rule.max) return { ok: false, problem: "out-of-range" };
  return { ok: true, value };
}
