import type { SystemPromptPreset } from "../../../domain/systemPrompts";
import type { AppState } from "../../appState";
import type { Instructions } from "./instructionsSlice";

/** The open conversation's instructions, or the next new chat's. */
export const selectInstructions = (state: AppState): Instructions => {
  const open = state.conversations.find((c) => c.id === state.activeConversationId);
  return open ? open : state.draftInstructions;
};

export const selectSystemPrompt = (state: AppState) => selectInstructions(state).systemPrompt;
export const selectGenerationSettings = (state: AppState) => selectInstructions(state).settings;

/** The user's own presets; the built-in ones are named in the interface's language (features/instructions). */
export const selectUserPresets = (state: AppState): readonly SystemPromptPreset[] => state.userPresets;
