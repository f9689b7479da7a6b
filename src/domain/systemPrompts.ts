/** A named system prompt the user can apply to a conversation. Built-in ones cannot be edited or deleted. */
export interface SystemPromptPreset {
  id: string;
  name: string;
  text: string;
  builtIn: boolean;
}

/**
 * The built-in presets, by id. Their names and texts are in the dictionary: a built-in prompt is written in the
 * interface's language, so the model is nudged to answer in it too.
 */
export const BUILT_IN_PRESET_IDS = [
  "builtin-concise",
  "builtin-explain",
  "builtin-code",
  "builtin-editor",
] as const;

export type BuiltInPresetId = (typeof BUILT_IN_PRESET_IDS)[number];

export const PRESET_NAME_MAX_LENGTH = 60;
export const SYSTEM_PROMPT_MAX_LENGTH = 8000;

/** What is wrong with a preset as typed in the form; the form says it in words. */
export type PresetProblem =
  | { code: "name-missing" }
  | { code: "name-too-long"; max: number }
  | { code: "name-taken"; name: string }
  | { code: "text-empty" }
  | { code: "text-too-long"; max: number };

/** Checks a preset as typed in the form against the names already in use (case-insensitive). */
export function presetProblem(
  name: string,
  text: string,
  takenNames: readonly string[],
): PresetProblem | undefined {
  const trimmedName = name.trim();
  if (!trimmedName) return { code: "name-missing" };
  if (trimmedName.length > PRESET_NAME_MAX_LENGTH)
    return { code: "name-too-long", max: PRESET_NAME_MAX_LENGTH };
  if (takenNames.some((taken) => taken.toLowerCase() === trimmedName.toLowerCase())) {
    return { code: "name-taken", name: trimmedName };
  }
  if (!text.trim()) return { code: "text-empty" };
  if (text.length > SYSTEM_PROMPT_MAX_LENGTH) return { code: "text-too-long", max: SYSTEM_PROMPT_MAX_LENGTH };
  return undefined;
}

/** Stored user presets are checked when read, like every stored record. */
export function isUserPreset(value: unknown): value is SystemPromptPreset {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.id === "string" &&
    record.id.length > 0 &&
    typeof record.name === "string" &&
    typeof record.text === "string" &&
    record.builtIn === false
  );
}
