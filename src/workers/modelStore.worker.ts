/**
 * The model-store worker: lists, deletes, checks and imports stored model files in web-llm's cache without
 * web-llm, so the page learns what is stored at start-up without fetching web-llm's 6 MB worker.
 */
import { serveModelStore } from "./modelStoreWorker";

serveModelStore({ estimateStorage: () => navigator.storage?.estimate?.() ?? Promise.resolve({}) });
