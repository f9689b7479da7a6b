import { CUSTOM_MODEL_PREFIX, findModelCard } from "./customModel";
import type { ModelCard } from "./modelCatalog";

/**
 * Who wrote a reply, as far as the app can tell from the message's model id: a model it knows (the
 * catalog or one the user added), one the user added and has since removed (only the id, made from the
 * name, is left), an id it does not know (a conversation imported from elsewhere), or none recorded.
 * The UI turns this into words.
 */
export type ModelNaming =
  | { kind: "known"; name: string }
  | { kind: "removed"; shortName: string }
  | { kind: "unknown"; modelId: string }
  | { kind: "none" };

export function nameModel(customCards: readonly ModelCard[], modelId: string | undefined): ModelNaming {
  if (!modelId) return { kind: "none" };
  const card = findModelCard(customCards, modelId);
  if (card) return { kind: "known", name: card.name };
  // Custom ids are "custom-<slug of the name>" (customModelId): the slug is the best name left.
  if (modelId.startsWith(CUSTOM_MODEL_PREFIX) && modelId.length > CUSTOM_MODEL_PREFIX.length) {
    return { kind: "removed", shortName: modelId.slice(CUSTOM_MODEL_PREFIX.length) };
  }
  return { kind: "unknown", modelId };
}
