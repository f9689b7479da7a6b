import { CUSTOM_MODEL_PREFIX, findModelCard } from "./customModel";
import type { ModelCard } from "./modelCatalog";

/**
 * Who wrote a reply, as far as the app can tell from the message's model id: a model it knows (the
 * catalog or one the user added), one the user added and has since removed (only the id, made from the
 * name, is left), a reply imported from ChatGPT (by the model ChatGPT recorded, when it did), an id it does
 * not know, or none recorded.
 * The UI turns this into words.
 */
export type ModelNaming =
  | { kind: "known"; name: string }
  | { kind: "removed"; shortName: string }
  | { kind: "imported"; model?: string }
  | { kind: "unknown"; modelId: string }
  | { kind: "none" };

/** An imported ChatGPT reply's model id: the prefix, then ChatGPT's model slug (nothing when it recorded none). */
export const CHATGPT_MODEL_PREFIX = "chatgpt:";

/**
 * ChatGPT's internal names for models people knew by another name; every other slug ("gpt-4o", "o3-mini") is
 * the name ChatGPT showed, and is shown as it is.
 */
const CHATGPT_MODEL_NAMES: Record<string, string> = {
  "text-davinci-002-render": "gpt-3.5",
  "text-davinci-002-render-sha": "gpt-3.5",
  "text-davinci-002-render-paid": "gpt-3.5",
  "gpt-4-gizmo": "gpt-4",
};

export function nameModel(customCards: readonly ModelCard[], modelId: string | undefined): ModelNaming {
  if (!modelId) return { kind: "none" };
  const card = findModelCard(customCards, modelId);
  if (card) return { kind: "known", name: card.name };
  // Custom ids are "custom-<slug of the name>" (customModelId): the slug is the best name left.
  if (modelId.startsWith(CUSTOM_MODEL_PREFIX) && modelId.length > CUSTOM_MODEL_PREFIX.length) {
    return { kind: "removed", shortName: modelId.slice(CUSTOM_MODEL_PREFIX.length) };
  }
  if (modelId.startsWith(CHATGPT_MODEL_PREFIX)) {
    const slug = modelId.slice(CHATGPT_MODEL_PREFIX.length);
    return slug === ""
      ? { kind: "imported" }
      : { kind: "imported", model: CHATGPT_MODEL_NAMES[slug] ?? slug };
  }
  return { kind: "unknown", modelId };
}
