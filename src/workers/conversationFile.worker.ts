/// <reference lib="webworker" />
/**
 * Reads and checks a conversations file off the main thread: parsing a large export, or a hostile one nested
 * thousands deep, takes seconds, and the page must keep answering meanwhile. Gets the File, answers with the
 * checked conversations or the reason the file is refused (domain/importValidation.ts), then is closed.
 */
import { parseConversationExport } from "../domain/importValidation";

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async (event: MessageEvent<Blob>) => {
  self.postMessage(parseConversationExport(await event.data.text()));
};
