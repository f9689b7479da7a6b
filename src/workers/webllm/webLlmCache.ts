/**
 * web-llm's IndexedDB cache, as web-llm 0.2.86 lays it out (`ArtifactIndexedDBCache` in its bundled
 * tvmjs runtime): databases "webllm/model", "webllm/config" and "webllm/wasm", each version 1 with one
 * object store "urls" (keyPath "url") holding records `{url, data}`. Part of the adapter that owns
 * web-llm's private behaviour: only src/workers/webllm/ names these; what goes where, and as which
 * record type, is webLlmFiles.ts. The contract tests beside it run web-llm's own loader on what is stored.
 */
export type WebLlmDatabase = "webllm/model" | "webllm/config" | "webllm/wasm";

export const WEB_LLM_DATABASES: readonly WebLlmDatabase[] = ["webllm/model", "webllm/config", "webllm/wasm"];

const STORE = "urls";
const VERSION = 1;

export interface WebLlmCache {
  has(database: WebLlmDatabase, url: string): Promise<boolean>;
  /** Keys stored under a URL prefix (a model's folder), without reading any data. */
  urlsUnder(database: WebLlmDatabase, prefix: string): Promise<string[]>;
  /** Every key of the database, without reading any data. */
  allUrls(database: WebLlmDatabase): Promise<string[]>;
  read(database: WebLlmDatabase, url: string): Promise<unknown>;
  /** Stores one whole file in one transaction: a write that fails leaves nothing behind. */
  put(database: WebLlmDatabase, url: string, data: ArrayBuffer | object): Promise<void>;
  delete(database: WebLlmDatabase, urls: readonly string[]): Promise<void>;
}

export function createWebLlmCache(indexedDb: IDBFactory = indexedDB): WebLlmCache {
  const connections = new Map<WebLlmDatabase, Promise<IDBDatabase>>();

  function open(database: WebLlmDatabase): Promise<IDBDatabase> {
    let connection = connections.get(database);
    if (!connection) {
      connection = new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDb.open(database, VERSION);
        // The same schema web-llm creates, so whichever of the two opens the database first is right.
        request.onupgradeneeded = () => {
          if (!request.result.objectStoreNames.contains(STORE)) {
            request.result.createObjectStore(STORE, { keyPath: "url" });
          }
        };
        request.onsuccess = () => {
          const db = request.result;
          // Let a deletion (or a future web-llm upgrade) proceed; the next call opens again.
          db.onversionchange = () => {
            db.close();
            connections.delete(database);
          };
          resolve(db);
        };
        request.onerror = () => reject(request.error);
      });
      connections.set(database, connection);
      connection.catch(() => connections.delete(database));
    }
    return connection;
  }

  async function run<T>(
    database: WebLlmDatabase,
    mode: IDBTransactionMode,
    operation: (store: IDBObjectStore) => IDBRequest<T> | undefined,
  ): Promise<T | undefined> {
    const db = await open(database);
    return new Promise<T | undefined>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const request = operation(transaction.objectStore(STORE));
      // Resolve on commit, not on the request's success: only then is a write really stored.
      transaction.oncomplete = () => resolve(request?.result);
      transaction.onerror = () => reject(transaction.error ?? request?.error);
      transaction.onabort = () => reject(transaction.error ?? new DOMException("Aborted", "AbortError"));
    });
  }

  return {
    has: async (database, url) => ((await run(database, "readonly", (store) => store.count(url))) ?? 0) > 0,
    urlsUnder: async (database, prefix) => {
      const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
      const keys = await run(database, "readonly", (store) => store.getAllKeys(range));
      return (keys ?? []).map(String);
    },
    allUrls: async (database) => {
      const keys = await run(database, "readonly", (store) => store.getAllKeys());
      return (keys ?? []).map(String);
    },
    read: async (database, url) => {
      const record = (await run(database, "readonly", (store) => store.get(url))) as
        { data?: unknown } | undefined;
      return record?.data;
    },
    put: async (database, url, data) => {
      await run(database, "readwrite", (store) => store.put({ url, data }));
    },
    delete: async (database, urls) => {
      if (urls.length === 0) return;
      await run(database, "readwrite", (store) => {
        urls.forEach((url) => store.delete(url));
        return undefined;
      });
    },
  };
}

/** The byte size of a stored record's data: ArrayBuffers exactly, parsed JSON as its UTF-8 text. */
export function storedByteLength(data: unknown): number {
  if (data instanceof ArrayBuffer) return data.byteLength;
  if (ArrayBuffer.isView(data)) return data.byteLength;
  if (data === undefined || data === null) return 0;
  return new TextEncoder().encode(JSON.stringify(data)).byteLength;
}
