import type { AppState } from "../../appState";

export const selectCapabilities = (state: AppState) => state.capabilities;
export const selectAdapter = (state: AppState) =>
  state.capabilities?.webgpu ? state.capabilities.adapter : undefined;
export const selectStorageError = (state: AppState) => state.storageError;
