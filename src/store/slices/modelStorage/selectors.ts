import { totalStoredBytes } from "../../../domain/storedModel";
import type { AppState } from "../../appState";

export const selectStoredModels = (state: AppState) => state.storedModels;
export const selectModelsLastUsed = (state: AppState) => state.modelsLastUsed;
export const selectStorageEstimate = (state: AppState) => state.storageEstimate;
export const selectPersistence = (state: AppState) => state.persistence;
export const selectPersistenceAnswer = (state: AppState) => state.persistenceAnswer;
export const selectModelManagerOpen = (state: AppState) => state.modelManagerOpen;
export const selectModelStorageError = (state: AppState) => state.modelStorageError;
export const selectUnclaimedFiles = (state: AppState) => state.unclaimedFiles;
export const selectUnclaimedFilesDeleted = (state: AppState) => state.unclaimedFilesDeleted;
/** Bytes every stored model takes on disk together (a shared library counted once). */
export const selectStoredBytes = (state: AppState) => totalStoredBytes(state.storedModels ?? []);
