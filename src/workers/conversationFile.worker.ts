/// <reference lib="webworker" />
/**
 * Reads and checks a conversations file off the main thread: parsing a large export, or a hostile one nested
 * thousands deep, takes seconds, and the page must keep answering meanwhile. Gets the File and answers with the
 * checked conversations in parts (so the page copies them in small steps too), or the reason the file is
 * refused (domain/importValidation.ts); then it is closed.
 */
import type { ConversationFileRequest } from "../services/transfer/fileParts";
import { answerFileRequest } from "../services/transfer/readConversationBlob";

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async (event: MessageEvent<ConversationFileRequest>) => {
  for await (const part of answerFileRequest(event.data)) self.postMessage(part);
};
