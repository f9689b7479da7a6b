/*
 * Test helpers that reach IndexedDB without `idb` or the repositories, to set up states the app itself
 * never writes: an old schema version, or records that fail validation.
 */

let counter = 0;

/** Each test gets its own database, so tests never see each other's data. */
export function uniqueDbName(): string {
  counter += 1;
  return `sigilo-test-${counter}-${Math.random().toString(36).slice(2)}`;
}

export function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB request failed"));
  });
}

function transactionDone(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error("IndexedDB transaction failed"));
    tx.onabort = () => reject(tx.error ?? new Error("IndexedDB transaction aborted"));
  });
}

/** Opens an existing database at whatever version it has, without upgrading it. */
export function openRaw(name: string, version?: number): Promise<IDBDatabase> {
  return requestResult(indexedDB.open(name, version));
}

/** Creates a database exactly as version 1 of Sigilo left it, holding the given records. */
export async function createVersion1Database(
  name: string,
  records: { conversations: unknown[]; messages: unknown[] },
): Promise<void> {
  const request = indexedDB.open(name, 1);
  request.onupgradeneeded = () => {
    const db = request.result;
    db.createObjectStore("conversations", { keyPath: "id" });
    db.createObjectStore("messages", { keyPath: "id" }).createIndex("conversationId", "conversationId");
  };
  const db = await requestResult(request);
  await putRaw(db, "conversations", records.conversations);
  await putRaw(db, "messages", records.messages);
  db.close();
}

/** Creates a database exactly as version 2 of Sigilo left it (messages without parentId), holding the given records. */
export async function createVersion2Database(
  name: string,
  records: { conversations: unknown[]; messages: unknown[] },
): Promise<void> {
  const request = indexedDB.open(name, 2);
  request.onupgradeneeded = () => {
    createVersion2Stores(request.result);
  };
  const db = await requestResult(request);
  await putRaw(db, "conversations", records.conversations);
  await putRaw(db, "messages", records.messages);
  db.close();
}

/**
 * Creates a database exactly as version 4 of Sigilo left it, holding the given records; `settings` are stored
 * under their names (out-of-line keys).
 */
export async function createVersion4Database(
  name: string,
  records: { conversations: unknown[]; messages: unknown[]; settings?: Record<string, unknown> },
): Promise<void> {
  const request = indexedDB.open(name, 4);
  request.onupgradeneeded = () => {
    const db = request.result;
    createVersion2Stores(db);
    for (const store of ["documents", "documentContents", "documentVectors"])
      db.createObjectStore(store, { keyPath: "id" });
  };
  const db = await requestResult(request);
  await putRaw(db, "conversations", records.conversations);
  await putRaw(db, "messages", records.messages);
  const tx = db.transaction("settings", "readwrite");
  for (const [key, value] of Object.entries(records.settings ?? {}))
    tx.objectStore("settings").put(value, key);
  await transactionDone(tx);
  db.close();
}

/** Writes records as they are, unchecked, with in-line keys. */
export async function putRaw(db: IDBDatabase, storeName: string, records: unknown[]): Promise<void> {
  const tx = db.transaction(storeName, "readwrite");
  for (const record of records) tx.objectStore(storeName).put(record);
  await transactionDone(tx);
}

export async function getAllRaw(db: IDBDatabase, storeName: string): Promise<unknown[]> {
  return requestResult(db.transaction(storeName).objectStore(storeName).getAll());
}

/** The stores and indexes of version 2 (the later versions add stores beside them). */
function createVersion2Stores(db: IDBDatabase): void {
  db.createObjectStore("conversations", { keyPath: "id" }).createIndex("byUpdatedAt", "updatedAt");
  db.createObjectStore("messages", { keyPath: "id" }).createIndex("byConversation", [
    "conversationId",
    "createdAt",
  ]);
  db.createObjectStore("settings");
}
