import type { AppState } from "../../appState";

export const selectVaultStatus = (state: AppState) => state.vaultStatus;
export const selectVaultIdleMinutes = (state: AppState) => state.vaultIdleMinutes;
export const selectVaultTask = (state: AppState) => state.vaultTask;
export const selectVaultProblem = (state: AppState) => state.vaultProblem;
