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
  label: string;
  min: number;
  max: number;
  /** True when `min` itself is not allowed (top-p must be above 0). */
  minExclusive?: boolean;
  integer?: boolean;
  step: number;
  hint: string;
}

/** The ranges web-llm accepts (it throws outside them), and what each setting does, in words. */
export const GENERATION_SETTING_RULES: Record<GenerationSettingName, SettingRule> = {
  temperature: {
    label: "Temperature",
    min: 0,
    max: 2,
    step: 0.1,
    hint: "Higher is more varied, 0 is most predictable.",
  },
  topP: {
    label: "Top-p",
    min: 0,
    max: 1,
    minExclusive: true,
    step: 0.05,
    hint: "Only the most likely words that add up to this share are considered.",
  },
  maxTokens: {
    label: "Max reply tokens",
    min: 1,
    max: 4096,
    integer: true,
    step: 1,
    hint: "A longer reply stops here; Continue picks it up.",
  },
  presencePenalty: {
    label: "Presence penalty",
    min: -2,
    max: 2,
    step: 0.1,
    hint: "Above 0 nudges the model towards new topics.",
  },
  frequencyPenalty: {
    label: "Frequency penalty",
    min: -2,
    max: 2,
    step: 0.1,
    hint: "Above 0 discourages repeating the same words.",
  },
};

export const GENERATION_SETTING_NAMES = Object.keys(GENERATION_SETTING_RULES) as GenerationSettingName[];

export type SettingParse = { ok: true; value: number } | { ok: false; error: string };

/** Reads one setting as typed in a form; out-of-range or malformed input gets a message saying what is allowed. */
export function parseGenerationSetting(name: GenerationSettingName, input: string): SettingParse {
  const rule = GENERATION_SETTING_RULES[name];
  const text = input.trim();
  const value = Number(text);
  const range = rule.minExclusive
    ? `greater than ${rule.min} and at most ${rule.max}`
    : `between ${rule.min} and ${rule.max}`;
  if (text === "" || !Number.isFinite(value)) {
    return { ok: false, error: `${rule.label} must be a number ${range}.` };
  }
  if (rule.integer && !Number.isInteger(value)) {
    return { ok: false, error: `${rule.label} must be a whole number ${range}.` };
  }
  const belowMin = rule.minExclusive ? value <= rule.min : value < rule.min;
  if (belowMin || value > rule.max) return { ok: false, error: `${rule.label} must be ${range}.` };
  return { ok: true, value };
}

/** True when every field is a number inside its range: stored settings are checked with it on read. */
export function isGenerationSettings(value: unknown): value is GenerationSettings {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return GENERATION_SETTING_NAMES.every((name) => {
    const field = record[name];
    return typeof field === "number" && parseGenerationSetting(name, String(field)).ok;
  });
}
