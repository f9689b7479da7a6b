/**
 * The documents worker: reads attached files (PDF with pdf.js, DOCX with mammoth, text formats directly)
 * into text and chunks, so no parsing ever runs on the page's main thread. Its libraries are lazy chunks
 * of this worker, loaded on the first file of their kind. Speaks src/services/documents/protocol.ts.
 */
import type { DocumentsEvent, DocumentsRequest } from "../../services/documents/protocol";
import { createDocumentsDispatcher } from "./documentsDispatcher";

const dispatcher = createDocumentsDispatcher((event: DocumentsEvent) => self.postMessage(event));
self.addEventListener("message", (event: MessageEvent<DocumentsRequest>) => dispatcher.handle(event.data));
