import type { ChatGptNotes } from "../../domain/chatgptContent";
import type { ParsedExport } from "../../domain/importValidation";
import { assembler, type ConversationFileRequest, type FilePart } from "./fileParts";

/**
 * Reads and checks a conversations file in a worker of its own (src/workers/conversationFile.worker.ts), closed
 * as soon as it has answered, so a large file's memory goes with it. The answer comes in parts, each copied to
 * the page in a short step. Rejects when the worker fails (runs out of memory, say); nothing is imported then.
 */
export function readConversationFileInWorker(file: Blob, notes: ChatGptNotes): Promise<ParsedExport> {
  const worker = new Worker(new URL("../../workers/conversationFile.worker.ts", import.meta.url), {
    type: "module",
  });
  const add = assembler();
  return new Promise<ParsedExport>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<FilePart>) => {
      try {
        const parsed = add(event.data);
        if (parsed) resolve(parsed);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    worker.onerror = (event) => reject(new Error(event.message || "The file could not be read."));
    worker.postMessage({ file, notes } satisfies ConversationFileRequest);
  }).finally(() => worker.terminate());
}
