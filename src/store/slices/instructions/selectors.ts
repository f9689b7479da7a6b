import { BUILT_IN_PRESETS, type SystemPromptPreset } from "../../../domain/systemPrompts";
import type { AppState } from "../../appState";
import type { Instructions } from "./instructionsSlice";

/** The open conversation's instructions, or the next new chat's. */
export const selectInstructions = (state: AppState): Instructions => {
  const open = state.conversations.find((c) => c.id === state.activeConversationId);
  return open ? open : state.draftInstructions;
};

export const selectSystemPrompt = (state: AppState) => selectInstructions(state).systemPrompt;
export const selectGenerationSettings = (state: AppState) => selectInstructions(state).settings;

let lastUserPresets: readonly SystemPromptPreset[] | undefined;
let lastAllPresets: readonly SystemPromptPreset[] = BUILT_IN_PRESETS;
/** Built-in presets, then the user's; the same array until the user's presets change. */
export const selectAllPresets = (state: AppState): readonly SystemPromptPreset[] => {
  if (state.userPresets !== lastUserPresets) {
    lastUserPresets = state.userPresets;
    lastAllPresets = [...BUILT_IN_PRESETS, ...state.userPresets];
  }
  return lastAllPresets;
};
