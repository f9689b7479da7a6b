import type { Language } from "./language";
import type { Messages } from "./messages/en";
import { enBuiltInPresets } from "./messages/en/builtInPresets";
import { ptBRBuiltInPresets } from "./messages/pt-BR/builtInPresets";

/**
 * The built-in system prompts of every language, always at hand (they are small), unlike the dictionaries: only
 * the one in use is loaded, but a conversation keeps the prompt text it was given in whatever language it was,
 * and it must still be recognised as that preset.
 */
export const BUILT_IN_PRESETS_BY_LANGUAGE: Record<Language, Messages["builtInPresets"]> = {
  en: enBuiltInPresets,
  "pt-BR": ptBRBuiltInPresets,
};
