import type { AppState } from "../../appState";
import { findModel } from "../../../domain/modelCatalog";

export const selectModelLoad = (state: AppState) => state.modelLoad;
export const selectSelectedModelId = (state: AppState) => state.selectedModelId;
export const selectCachedModelIds = (state: AppState) => state.cachedModelIds;
export const selectModelPickerOpen = (state: AppState) => state.modelPickerOpen;
export const selectReadyModel = (state: AppState) =>
  state.modelLoad.status === "ready" ? findModel(state.modelLoad.modelId) : undefined;
export const selectIsModelReady = (state: AppState) => state.modelLoad.status === "ready";
export const selectCancelledDownloadId = (state: AppState) => state.cancelledDownloadId;
