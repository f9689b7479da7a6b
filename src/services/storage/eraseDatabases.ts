/** How long a deletion may wait for another connection to close before the user is told which tab to close. */
const BLOCKED_GRACE_MS = 5000;

/**
 * Deletes every IndexedDB database of this origin: Sigilo's conversations and settings, the network
 * log, web-llm's model caches (`webllm/model`, `webllm/config`, `webllm/wasm`) and any other. Callers
 * must first close their own connections and stop the engine worker, or a deletion waits for them.
 * Resolves with the names deleted.
 */
export async function eraseAllDatabases(): Promise<string[]> {
  const names = (await indexedDB.databases()).flatMap((info) => (info.name ? [info.name] : []));
  await Promise.all(names.map(deleteDatabase));
  return names;
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    let timer: ReturnType<typeof setTimeout> | undefined;
    request.onsuccess = () => {
      clearTimeout(timer);
      resolve();
    };
    request.onerror = () => reject(request.error ?? new Error(`Could not delete the database ${name}.`));
    // Blocked means a connection is still open; the deletion goes ahead once it closes, unless another tab keeps it.
    request.onblocked = () => {
      timer = setTimeout(
        () =>
          reject(
            new Error(
              `“${name}” is still open in another Sigilo tab. Close other Sigilo tabs and try again.`,
            ),
          ),
        BLOCKED_GRACE_MS,
      );
    };
  });
}
