import type { AppStore } from "./createAppStore";

/**
 * Start-up: probe the GPU, learn whether this tab may run the model (another tab may have it) and, unless
 * the lock is on, read conversations, side by side; then, if WebGPU works and this tab runs the model, find
 * stored models and reload the last one used (a second visit needs no network). `onStarted` is called once
 * the app is usable (the model picker knows what is stored), before that model is loaded.
 */
export async function startApp(store: AppStore, { onStarted = () => {} } = {}): Promise<void> {
  const {
    probeEnvironment,
    claimEngine,
    loadConversations,
    loadPresets,
    loadPreferences,
    restoreCustomModels,
    reportStorageError,
  } = store.getState();
  const readConversations = async () => {
    await claimEngine();
    // Locked: the lock screen asks for the passphrase, and unlocking reads them.
    if (store.getState().vaultStatus !== "locked") await loadConversations().catch(reportStorageError);
  };
  await Promise.all([
    probeEnvironment(),
    readConversations(),
    loadPresets().catch(reportStorageError),
    loadPreferences().catch(reportStorageError),
    // Before the stored models are listed: the engine must know where custom models' files are.
    restoreCustomModels().catch(reportStorageError),
  ]);
  const { capabilities, engineOwnership } = store.getState();
  if (capabilities?.webgpu && engineOwnership === "owner") await store.getState().restoreModels(onStarted);
  else onStarted();
}
