import { describe, expect, it, vi } from "vitest";
import { DEFAULT_CHUNKING } from "../../domain/retrieval/chunking";
import type { DocumentsEvent, ExtractionOutcome } from "../../services/documents/protocol";
import { createDocumentsDispatcher } from "./documentsDispatcher";

const extractRequest = (requestId: number) => ({
  type: "extract" as const,
  requestId,
  file: new File(["text"], `${requestId}.txt`),
  documentId: `doc${requestId}`,
  chunking: DEFAULT_CHUNKING,
});

describe("the documents dispatcher", () => {
  it("reads one file at a time in order, and drops a waiting file that is cancelled without reading it", async () => {
    const events: DocumentsEvent[] = [];
    let finishFirst: (outcome: ExtractionOutcome) => void = () => {};
    const extract = vi.fn(
      (_file: File, options: { documentId: string }) =>
        new Promise<ExtractionOutcome>((resolve) => {
          if (options.documentId === "doc1") finishFirst = resolve;
          else resolve({ ok: false, problem: { code: "no-text", format: "text" } });
        }),
    );
    const done = new Promise<void>((resolve) => {
      const dispatcher = createDocumentsDispatcher((event) => {
        events.push(event);
        if (events.length === 3) resolve();
      }, extract);
      dispatcher.handle(extractRequest(1));
      dispatcher.handle(extractRequest(2));
      dispatcher.handle(extractRequest(3));
      dispatcher.handle({ type: "cancel", requestId: 2 });
    });
    expect(extract).toHaveBeenCalledTimes(1);
    finishFirst({ ok: false, problem: { code: "unreadable-file" } });
    await done;
    expect(events).toEqual([
      { type: "failed", requestId: 1, problem: { code: "unreadable-file" } },
      { type: "failed", requestId: 2, problem: { code: "cancelled" } },
      { type: "failed", requestId: 3, problem: { code: "no-text", format: "text" } },
    ]);
    expect(extract.mock.calls.map(([, options]) => options.documentId)).toEqual(["doc1", "doc3"]);
  });
});
