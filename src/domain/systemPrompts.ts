/** A named system prompt the user can apply to a conversation. Built-in ones cannot be edited or deleted. */
export interface SystemPromptPreset {
  id: string;
  name: string;
  text: string;
  builtIn: boolean;
}

export const BUILT_IN_PRESETS: readonly SystemPromptPreset[] = [
  {
    id: "builtin-concise",
    name: "Concise",
    text: "Answer briefly and directly. Use short paragraphs or a list; skip preambles and summaries.",
    builtIn: true,
  },
  {
    id: "builtin-explain",
    name: "Explain simply",
    text: "Explain in plain language for a curious non-expert. Define any technical term the first time you use it and give a small example.",
    builtIn: true,
  },
  {
    id: "builtin-code",
    name: "Code reviewer",
    text: "You are a careful senior software engineer. Point out bugs, security problems and unclear code first, then suggest concrete fixes with code.",
    builtIn: true,
  },
  {
    id: "builtin-editor",
    name: "Writing editor",
    text: "Improve the user's text for clarity, grammar and tone while keeping their meaning and voice. Show the revised text, then list the main changes.",
    builtIn: true,
  },
];

export const PRESET_NAME_MAX_LENGTH = 60;
export const SYSTEM_PROMPT_MAX_LENGTH = 8000;

/** Checks a preset as typed in the form; returns what is wrong, in words, or undefined. */
export function presetProblem(
  name: string,
  text: string,
  others: readonly SystemPromptPreset[],
): string | undefined {
  const trimmedName = name.trim();
  if (!trimmedName) return "Give the preset a name.";
  if (trimmedName.length > PRESET_NAME_MAX_LENGTH) {
    return `The name is too long (at most ${PRESET_NAME_MAX_LENGTH} characters).`;
  }
  if (others.some((preset) => preset.name.toLowerCase() === trimmedName.toLowerCase())) {
    return `A preset named “${trimmedName}” already exists.`;
  }
  if (!text.trim()) return "The preset's instructions are empty.";
  if (text.length > SYSTEM_PROMPT_MAX_LENGTH) {
    return `The instructions are too long (at most ${SYSTEM_PROMPT_MAX_LENGTH} characters).`;
  }
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

export function isUserPresetList(value: unknown): value is SystemPromptPreset[] {
  return Array.isArray(value) && value.every(isUserPreset);
}
