import type { AppState } from "../../appState";

export const selectEngineOwnership = (state: AppState) => state.engineOwnership;
/** Another tab runs the model (it had it first, or took it from this tab). */
export const selectEngineInOtherTab = (state: AppState) =>
  state.engineOwnership === "elsewhere" || state.engineOwnership === "taken-over";
