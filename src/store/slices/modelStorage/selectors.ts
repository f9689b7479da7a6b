import type { AppState } from "../../appState";

export const selectStoredModels = (state: AppState) => state.storedModels;
export const selectModelsLastUsed = (state: AppState) => state.modelsLastUsed;
export const selectStorageEstimate = (state: AppState) => state.storageEstimate;
export const selectPersistence = (state: AppState) => state.persistence;
export const selectPersistenceAnswer = (state: AppState) => state.persistenceAnswer;
export const selectModelManagerOpen = (state: AppState) => state.modelManagerOpen;
export const selectModelStorageError = (state: AppState) => state.modelStorageError;
/** Bytes of every stored model together. */
export const selectStoredBytes = (state: AppState) =>
  (state.storedModels ?? []).reduce((sum, model) => sum + model.bytes, 0);
