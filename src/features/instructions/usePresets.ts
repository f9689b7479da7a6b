import { useMemo } from "react";
import { BUILT_IN_PRESET_IDS, type SystemPromptPreset } from "../../domain/systemPrompts";
import { BUILT_IN_PRESETS_BY_LANGUAGE } from "../../i18n/builtInPresets";
import type { Messages } from "../../i18n/messages/en";
import { useT } from "../../i18n/useT";
import { selectUserPresets } from "../../store/slices/instructions/selectors";
import { useAppStore } from "../../store/useAppStore";

/** Every language's built-in prompts, so a prompt given in one language is recognised in another. */
const ALL_BUILT_IN_PRESETS = Object.values(BUILT_IN_PRESETS_BY_LANGUAGE);

function builtInPresets(t: Messages): SystemPromptPreset[] {
  return BUILT_IN_PRESET_IDS.map((id) => ({ id, ...t.builtInPresets[id], builtIn: true }));
}

/** The built-in presets, named and written in the interface's language, then the user's own. */
export function usePresets(): readonly SystemPromptPreset[] {
  const t = useT();
  const userPresets = useAppStore(selectUserPresets);
  return useMemo(() => [...builtInPresets(t), ...userPresets], [t, userPresets]);
}

/**
 * The preset a system prompt came from, if any. A built-in prompt is recognised in any language: a conversation
 * keeps the text it was given, while the interface's language may have changed since.
 */
export function presetOfText(
  presets: readonly SystemPromptPreset[],
  text: string | undefined,
): SystemPromptPreset | undefined {
  if (!text) return undefined;
  const exact = presets.find((preset) => preset.text === text);
  if (exact) return exact;
  const builtInId = BUILT_IN_PRESET_IDS.find((id) =>
    ALL_BUILT_IN_PRESETS.some((presets) => presets[id].text === text),
  );
  return presets.find((preset) => preset.id === builtInId);
}
