import type { AppStore } from "./createAppStore";

/**
 * Start-up: probe the GPU, learn whether this tab may run the model (another tab may have it) and, unless
 * the lock is on, read conversations, presets and the user's own models, side by side; then, if WebGPU
 * works and this tab runs the model, find stored models and reload the last one used (a second visit
 * needs no network). Locked, the lock screen asks for the passphrase, and unlocking does the rest.
 * `onStarted` is called once the app is usable (the model picker knows what is stored, or there is nothing
 * to list), before that model is loaded.
 */
export async function startApp(
  store: AppStore,
  {
    onStarted = () => {},
    // The caller may have started reading them already (it needs the language for the first screen).
    preferencesRead = store.getState().loadPreferences().catch(store.getState().reportStorageError),
  }: { onStarted?: () => void; preferencesRead?: Promise<void> } = {},
): Promise<void> {
  const { probeEnvironment, claimEngine, loadSealedData } = store.getState();
  const locked = () => store.getState().vaultStatus === "locked";
  const engineClaimed = claimEngine();
  // Custom models before the stored models are listed: the engine must know where their files are.
  const sealedDataRead = engineClaimed.then(() => (locked() ? undefined : loadSealedData()));
  await Promise.all([probeEnvironment(), engineClaimed]);
  const { capabilities, engineOwnership } = store.getState();
  if (!locked() && capabilities?.webgpu && engineOwnership === "owner") {
    // The last model is marked loading while the conversations are still being read (see restoreModels).
    await store.getState().restoreModels(onStarted, Promise.all([sealedDataRead, preferencesRead]));
  } else {
    await Promise.all([sealedDataRead, preferencesRead]);
    onStarted();
  }
}

/**
 * Resolves once the first screen of the conversation list is in the store, or the lock screen will be shown
 * instead, or after `capMs` at most: the first render waits for it (a screenful of records, read while the
 * dictionary loads), so the list appears with the app shell instead of in a second render after it.
 */
export function firstScreenRead(store: AppStore, capMs: number): Promise<void> {
  const ready = () => {
    const { conversationsLoaded, vaultStatus } = store.getState();
    return conversationsLoaded || vaultStatus === "locked";
  };
  if (ready()) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      unsubscribe();
      clearTimeout(timer);
      resolve();
    };
    const unsubscribe = store.subscribe(() => ready() && done());
    const timer = setTimeout(done, capMs);
  });
}
