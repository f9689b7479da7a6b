import type { AppStore } from "./createAppStore";

/**
 * Start-up: probe the GPU and read conversations side by side; then, if WebGPU works,
 * find stored models and reload the last one used (a second visit needs no network).
 */
export async function startApp(store: AppStore): Promise<void> {
  const { probeEnvironment, loadConversations, loadPresets, loadPreferences, reportStorageError } =
    store.getState();
  await Promise.all([
    probeEnvironment(),
    loadConversations().catch(reportStorageError),
    loadPresets().catch(reportStorageError),
    loadPreferences().catch(reportStorageError),
  ]);
  if (store.getState().capabilities?.webgpu) await store.getState().restoreModels();
}
