import type { NetworkRequestRecord } from "../../domain/networkRequest";

/** What "Erase everything" found and removed from the browser's storage. */
export interface ErasedStorage {
  /** IndexedDB databases deleted (Sigilo's, the network log, web-llm's model caches). */
  databases: string[];
  /** Cache Storage caches deleted (model libraries, web-llm's Cache API backend if it was used). */
  caches: string[];
}

/** The Privacy panel's services: the log of network requests, and erasing everything the app stored. */
export interface PrivacyService {
  listNetworkRequests(): Promise<NetworkRequestRecord[]>;
  clearNetworkRequests(): Promise<void>;
  /** Stops the engine, closes storage and deletes every database and cache except the app's own files. */
  eraseEverything(): Promise<ErasedStorage>;
}
