import type { ParsedExport } from "../../domain/importValidation";

/**
 * Reads and checks a conversations file in a worker of its own (src/workers/conversationFile.worker.ts), closed
 * as soon as it answers, so a large file's memory goes with it. Rejects when the worker fails (runs out of
 * memory, say); the file is then not imported.
 */
export function readConversationFileInWorker(file: Blob): Promise<ParsedExport> {
  const worker = new Worker(new URL("../../workers/conversationFile.worker.ts", import.meta.url), {
    type: "module",
  });
  return new Promise<ParsedExport>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ParsedExport>) => resolve(event.data);
    worker.onerror = (event) => reject(new Error(event.message || "The file could not be read."));
    worker.postMessage(file);
  }).finally(() => worker.terminate());
}
