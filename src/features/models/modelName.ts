import { findModelCard } from "../../domain/customModel";
import { useAppStore } from "../../store/useAppStore";
import { selectCustomModelCards } from "../../store/slices/customModels/selectors";

/** Names models for display: a catalog or custom model's name, or its id when the app no longer knows it. */
export function useModelName(): (modelId: string) => string {
  const customCards = useAppStore(selectCustomModelCards);
  return (modelId) => findModelCard(customCards, modelId)?.name ?? modelId;
}
