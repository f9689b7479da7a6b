/** How long a deletion may wait for another connection to close before the user is told which tab to close. */
const BLOCKED_GRACE_MS = 5000;

/**
 * A database that could not be deleted: still open in another tab ("in-use"), or refused by the browser
 * ("failed", with the browser's own words in `detail`). The UI says so in the user's language.
 */
export class DatabaseNotErased extends Error {
  readonly database: string;
  readonly reason: "in-use" | "failed";
  readonly detail: string | undefined;
  constructor(database: string, reason: "in-use" | "failed", detail?: string) {
    super(
      reason === "in-use"
        ? `“${database}” is still open in another Sigilo tab. Close other Sigilo tabs and try again.`
        : `Could not delete the database ${database}.${detail ? ` ${detail}` : ""}`,
    );
    this.name = "DatabaseNotErased";
    this.database = database;
    this.reason = reason;
    this.detail = detail;
  }
}

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
    request.onerror = () => reject(new DatabaseNotErased(name, "failed", request.error?.message));
    // Blocked means a connection is still open; the deletion goes ahead once it closes, unless another tab keeps it.
    request.onblocked = () => {
      timer = setTimeout(() => reject(new DatabaseNotErased(name, "in-use")), BLOCKED_GRACE_MS);
    };
  });
}
