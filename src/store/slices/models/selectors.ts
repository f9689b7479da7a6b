import type { AppState } from "../../appState";
import { findModelCard } from "../../../domain/customModel";

export const selectModelLoad = (state: AppState) => state.modelLoad;
export const selectSelectedModelId = (state: AppState) => state.selectedModelId;
export const selectCachedModelIds = (state: AppState) => state.cachedModelIds;
export const selectModelPickerOpen = (state: AppState) => state.modelPickerOpen;
/** The model loading, loaded or failed to load: the one a start restores. */
export const selectModelIdInUse = (state: AppState) =>
  state.modelLoad.status === "idle" ? undefined : state.modelLoad.modelId;
export const selectReadyModel = (state: AppState) =>
  state.modelLoad.status === "ready" ? modelCard(state, state.modelLoad.modelId) : undefined;
/** A catalog model's card, or a custom model's. */
export const modelCard = (state: AppState, modelId: string) => findModelCard(state.customModelCards, modelId);
export const selectIsModelReady = (state: AppState) => state.modelLoad.status === "ready";
export const selectCancelledDownloadId = (state: AppState) => state.cancelledDownloadId;
