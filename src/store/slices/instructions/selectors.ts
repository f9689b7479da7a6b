import type { SystemPromptPreset } from "../../../domain/systemPrompts";
import type { AppState } from "../../appState";
import type { Instructions } from "./instructionsSlice";

/** The open conversation's instructions, or the next new chat's (the defaults unless changed for it). */
export const selectInstructions = (state: AppState): Instructions => {
  const open = state.conversations.find((c) => c.id === state.activeConversationId);
  return open ? open : selectNewChatInstructions(state);
};

/** What a new chat starts with: what was set for it before its first message, else the defaults. */
export const selectNewChatInstructions = (state: AppState): Instructions =>
  state.draftInstructions ?? state.defaultInstructions;

export const selectDefaultInstructions = (state: AppState): Instructions => state.defaultInstructions;

export const selectSystemPrompt = (state: AppState) => selectInstructions(state).systemPrompt;
export const selectGenerationSettings = (state: AppState) => selectInstructions(state).settings;

/** The user's own presets; the built-in ones are named in the interface's language (features/instructions). */
export const selectUserPresets = (state: AppState): readonly SystemPromptPreset[] => state.userPresets;
