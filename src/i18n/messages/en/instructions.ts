import { enBuiltInPresets } from "./builtInPresets";

/** English texts of the instructions area; spread into `en` (see ../en.ts). */
export const enInstructions = {
  defaultInstructions: {
    title: "Default instructions",
    hint: "Every new chat starts with this system prompt and these settings; its own Chat settings can still change them. Chats you already have keep theirs.",
    save: "Save defaults",
    saved: "Saved: new chats start with these.",
  },
  chatSettings: {
    open: "Chat settings",
    title: "Chat settings",
    summaryPrompt: (name: string) => `System prompt: ${name}`,
    summaryCustomPrompt: "custom",
    summaryNoPrompt: "No system prompt",
    summaryCustomSettings: "custom generation settings",
    summaryDefaultSettings: "default generation settings",
    generation: "Generation settings",
    reset: "Reset to defaults",
    refused: "Some settings are out of range; nothing was saved.",
    promptTooLong: (max: string) => `The system prompt is too long (at most ${max} characters).`,
    cancel: "Cancel",
    save: "Save",
  },
  generationSettings: {
    labels: {
      temperature: "Temperature",
      topP: "Top-p",
      maxTokens: "Max reply tokens",
      presencePenalty: "Presence penalty",
      frequencyPenalty: "Frequency penalty",
    },
    hints: {
      temperature: "Higher is more varied, 0 is most predictable.",
      topP: "Only the most likely words that add up to this share are considered.",
      maxTokens: "A longer reply stops here; Continue picks it up.",
      presencePenalty: "Above 0 nudges the model towards new topics.",
      frequencyPenalty: "Above 0 discourages repeating the same words.",
    },
    /** The allowed range, as shown under a field. */
    rangeHint: (min: string, max: string) => `${min} to ${max}.`,
    rangeHintAbove: (min: string, max: string) => `Above ${min}, up to ${max}.`,
    /** The allowed range, as it ends an error message. */
    range: (min: string, max: string) => `between ${min} and ${max}`,
    rangeAbove: (min: string, max: string) => `greater than ${min} and at most ${max}`,
    notANumber: (label: string, range: string) => `${label} must be a number ${range}.`,
    notWhole: (label: string, range: string) => `${label} must be a whole number ${range}.`,
    outOfRange: (label: string, range: string) => `${label} must be ${range}.`,
  },
  systemPrompt: {
    legend: "System prompt",
    preset: "Preset",
    choosePreset: "Choose a preset…",
    yours: (name: string) => `${name} (yours)`,
    instructions: "Instructions for the model",
    placeholder: "For example: Answer in Portuguese. Be concise.",
    saveAsNew: "Save as new preset",
    update: "Update preset",
    delete: "Delete preset",
    clear: "Clear",
    presetName: "Preset name",
    savePreset: "Save preset",
    cancel: "Cancel",
    nameMissing: "Give the preset a name.",
    nameTooLong: (max: string) => `The name is too long (at most ${max} characters).`,
    nameTaken: (name: string) => `A preset named “${name}” already exists.`,
    textEmpty: "The preset's instructions are empty.",
    textTooLong: (max: string) => `The instructions are too long (at most ${max} characters).`,
  },
  builtInPresets: enBuiltInPresets,
  codeBlock: {
    copy: "Copy code",
    copied: "Copied",
    failed: "Copy failed",
    language: (language: string) => `Language: ${language}`,
  },
  /** Texts a rendered reply adds around the model's Markdown. */
  markdown: {
    imageNotLoaded: "Image not loaded",
    imageNotLoadedNamed: (alt: string) => `Image not loaded: ${alt}`,
    footnotes: "Footnotes",
    /** A footnote's link back to where it is cited; `again` counts further citations of the same note (2, 3…). */
    backToReference: (reference: number, again: number) =>
      `Back to reference ${reference}${again > 1 ? `-${again}` : ""}`,
  },
  replyFailure: {
    conversationTooLong:
      "The conversation is too long for this model even after leaving out earlier messages. Start a new chat, or lower “Max reply tokens” in Chat settings.",
    messageTooLong: (estimatedTokens: string, maxReplyTokens: string, budget: string) =>
      `This message is too long for the model: it needs about ${estimatedTokens} tokens, and with room for a reply of ${maxReplyTokens} tokens the model can read about ${budget}. Shorten it, or lower “Max reply tokens” in Chat settings.`,
  },
};
