import type { StateCreator } from "zustand";
import { newId, type Conversation } from "../../../domain/conversation";
import type { GenerationSettings } from "../../../domain/generationSettings";
import {
  isUserPreset,
  presetProblem,
  type PresetProblem,
  type SystemPromptPreset,
} from "../../../domain/systemPrompts";
import { isInstructions } from "../../../domain/recordSchema";
import type { AppServices } from "../../services";
import type { AppState } from "../../appState";

/** A conversation's system prompt and generation settings; absent fields mean none / the defaults. */
export type Instructions = Pick<Conversation, "systemPrompt" | "settings">;

export interface InstructionsSlice {
  /** What the next new chat starts with when set before its first message; absent: the defaults below. */
  draftInstructions: Instructions | undefined;
  /**
   * What every new chat starts with unless changed there ("custom instructions"): something the person wrote,
   * so it is sealed by the lock like their presets (stored under DEFAULT_INSTRUCTIONS_KEY, never declared
   * readable while locked).
   */
  defaultInstructions: Instructions;
  /** The user's own system prompt presets (the built-in ones are BUILT_IN_PRESET_IDS, named by the dictionary). */
  userPresets: SystemPromptPreset[];
  loadPresets(): Promise<void>;
  loadDefaultInstructions(): Promise<void>;
  setDefaultInstructions(instructions: {
    systemPrompt: string;
    settings: GenerationSettings | undefined;
  }): void;
  /** Applies to the open conversation, or to the next new chat when none is open. */
  setInstructions(instructions: { systemPrompt: string; settings: GenerationSettings | undefined }): void;
  clearDraftInstructions(): void;
  /**
   * Adds (no id) or updates a user preset. `builtInNames` are the built-in presets' names as shown (they are
   * translated), which a user preset may not take. Returns what is wrong with it, or undefined when saved.
   */
  savePreset(
    preset: { id?: string; name: string; text: string },
    builtInNames: readonly string[],
  ): PresetProblem | undefined;
  deletePreset(id: string): void;
}

const PRESETS_KEY = "systemPromptPresets";
export const DEFAULT_INSTRUCTIONS_KEY = "defaultInstructions";

/** Instructions as stored: an empty prompt and default settings are left out, as on a conversation. */
function instructionsOf({ systemPrompt, settings }: { systemPrompt: string; settings?: GenerationSettings }) {
  const trimmed = systemPrompt.trim();
  return { ...(trimmed ? { systemPrompt: trimmed } : {}), ...(settings ? { settings } : {}) };
}

export const createInstructionsSlice =
  (services: AppServices): StateCreator<AppState, [], [], InstructionsSlice> =>
  (set, get) => {
    function storePresets(userPresets: SystemPromptPreset[]): void {
      set({ userPresets });
      services.settings.set(PRESETS_KEY, userPresets).catch(get().reportStorageError);
    }

    return {
      draftInstructions: undefined,
      defaultInstructions: {},
      userPresets: [],

      async loadPresets() {
        const stored = await services.settings.getList(PRESETS_KEY, isUserPreset);
        if (stored) set({ userPresets: stored });
      },

      async loadDefaultInstructions() {
        const stored = await services.settings.get(DEFAULT_INSTRUCTIONS_KEY, isInstructions);
        set({ defaultInstructions: stored ?? {} });
      },

      setDefaultInstructions(instructions) {
        const defaultInstructions = instructionsOf(instructions);
        set({ defaultInstructions });
        services.settings.set(DEFAULT_INSTRUCTIONS_KEY, defaultInstructions).catch(get().reportStorageError);
      },

      setInstructions({ systemPrompt, settings }) {
        const instructions: Instructions = { systemPrompt: systemPrompt.trim() || undefined, settings };
        const open = get().conversations.find((c) => c.id === get().activeConversationId);
        if (!open) {
          set({ draftInstructions: instructions });
          return;
        }
        // Not a new message: the conversation keeps its place in the list.
        const updated = { ...open, ...instructions };
        set((state) => ({ conversations: state.conversations.map((c) => (c.id === open.id ? updated : c)) }));
        services.conversations.saveConversation(updated).catch(get().reportStorageError);
      },

      clearDraftInstructions() {
        set({ draftInstructions: undefined });
      },

      savePreset({ id, name, text }, builtInNames) {
        const { userPresets } = get();
        const otherNames = userPresets.filter((preset) => preset.id !== id).map((preset) => preset.name);
        const problem = presetProblem(name, text, [...builtInNames, ...otherNames]);
        if (problem) return problem;
        const saved: SystemPromptPreset = {
          id: id ?? newId(),
          name: name.trim(),
          text: text.trim(),
          builtIn: false,
        };
        storePresets(
          id && userPresets.some((preset) => preset.id === id)
            ? userPresets.map((preset) => (preset.id === id ? saved : preset))
            : [...userPresets, saved],
        );
        return undefined;
      },

      deletePreset(id) {
        storePresets(get().userPresets.filter((preset) => preset.id !== id));
      },
    };
  };
