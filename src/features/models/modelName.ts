import { findModelCard } from "../../domain/customModel";
import { EMBEDDING_MODEL_ID } from "../../domain/retrieval/embedding";
import { useT } from "../../i18n/useT";
import { useAppStore } from "../../store/useAppStore";
import { selectCustomModelCards } from "../../store/slices/customModels/selectors";

/**
 * Names models for display: a catalog or custom model's name, the documents' search (embedding) model's, or
 * its id when the app no longer knows it.
 */
export function useModelName(): (modelId: string) => string {
  const customCards = useAppStore(selectCustomModelCards);
  const searchModelName = useT().searchModel.name;
  return (modelId) =>
    findModelCard(customCards, modelId)?.name ?? (modelId === EMBEDDING_MODEL_ID ? searchModelName : modelId);
}
