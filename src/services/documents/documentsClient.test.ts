// @vitest-environment node
import { describe, expect, it } from "vitest";
import { createDocumentsDispatcher } from "../../workers/documents/documentsDispatcher";
import { fileOf, fivePageReport } from "../../workers/documents/testing/samplePdfs";
import { createDocumentsClient } from "./documentsClient";
import type { DocumentsEvent, DocumentsRequest, ExtractionProgress } from "./protocol";

/** A Worker running the real documents dispatcher in this thread: the client's whole round trip, minus the thread. */
class InProcessWorker extends EventTarget {
  readonly posted: DocumentsRequest[] = [];
  terminated = false;
  private readonly dispatcher = createDocumentsDispatcher((event: DocumentsEvent) => {
    if (!this.terminated) this.dispatchEvent(new MessageEvent("message", { data: event }));
  });

  postMessage(message: DocumentsRequest): void {
    this.posted.push(message);
    this.dispatcher.handle(message);
  }

  terminate(): void {
    this.terminated = true;
  }

  crash(message: string): void {
    this.dispatchEvent(Object.assign(new Event("error", { cancelable: true }), { message }));
  }
}

function setup() {
  const workers: InProcessWorker[] = [];
  const client = createDocumentsClient(() => {
    const worker = new InProcessWorker();
    workers.push(worker);
    return worker as unknown as Worker;
  });
  return { client, workers };
}

describe("the documents client", () => {
  it("reads a file in the worker with its progress, and starts the worker only when asked", async () => {
    const { client, workers } = setup();
    expect(workers).toHaveLength(0);
    const progress: ExtractionProgress[] = [];
    const outcome = await client.extract(fileOf(await fivePageReport(), "report.pdf"), {
      documentId: "report",
      onProgress: (step) => progress.push(step),
    });
    expect(outcome.ok && outcome.result.document.pageCount).toBe(5);
    expect(progress).toContainEqual({ stage: "pages", done: 5, total: 5 });
    expect(workers).toHaveLength(1);
  });

  it("answers an empty, too large or unsupported file at once, without a worker", async () => {
    const { client, workers } = setup();
    expect(await client.extract(fileOf("", "empty.txt"), { documentId: "a" })).toEqual({
      ok: false,
      problem: { code: "empty-file" },
    });
    expect(await client.extract(fileOf("x", "slides.pptx"), { documentId: "b" })).toEqual({
      ok: false,
      problem: { code: "unsupported-type", extension: "pptx" },
    });
    expect(workers).toHaveLength(0);
  });

  it("reads files one after another, each answered with its own result", async () => {
    const { client } = setup();
    const [first, second] = await Promise.all([
      client.extract(fileOf("First file.", "one.txt"), { documentId: "one" }),
      client.extract(fileOf("# Second", "two.md"), { documentId: "two" }),
    ]);
    expect(first.ok && first.result.chunks[0]!.documentId).toBe("one");
    expect(second.ok && second.result.document.format).toBe("markdown");
  });

  it("answers cancelled as soon as the caller aborts, and tells the worker to stop", async () => {
    const { client, workers } = setup();
    const controller = new AbortController();
    const reading = client.extract(fileOf(await fivePageReport(), "report.pdf"), {
      documentId: "report",
      signal: controller.signal,
      onProgress: (step) => {
        if (step.stage === "pages" && step.done === 1) controller.abort();
      },
    });
    expect(await reading).toEqual({ ok: false, problem: { code: "cancelled" } });
    expect(workers[0]!.posted.map((message) => message.type)).toEqual(["extract", "cancel"]);
    const aborted = new AbortController();
    aborted.abort();
    expect(await client.extract(fileOf("x", "a.txt"), { documentId: "a", signal: aborted.signal })).toEqual({
      ok: false,
      problem: { code: "cancelled" },
    });
  });

  it("answers what a crashed worker was reading, and starts a fresh one for the next file", async () => {
    const { client, workers } = setup();
    const reading = client.extract(fileOf(await fivePageReport(), "report.pdf"), { documentId: "report" });
    workers[0]!.crash("Out of memory");
    expect(await reading).toEqual({
      ok: false,
      problem: { code: "extraction-failed", detail: "Out of memory" },
    });
    expect(workers[0]!.terminated).toBe(true);
    const next = await client.extract(fileOf("Still works.", "a.txt"), { documentId: "a" });
    expect(next.ok).toBe(true);
    expect(workers).toHaveLength(2);
  });

  it("ends the worker on shutDown", async () => {
    const { client, workers } = setup();
    const reading = client.extract(fileOf(await fivePageReport(), "report.pdf"), { documentId: "report" });
    client.shutDown();
    expect(await reading).toMatchObject({ ok: false, problem: { code: "extraction-failed" } });
    expect(workers[0]!.terminated).toBe(true);
  });

  it("ranks in the worker, handing each document's texts and vectors over once, again only to a fresh worker", async () => {
    const { client, workers } = setup();
    const loads: string[][] = [];
    const load = async (ids: string[]) => {
      loads.push(ids);
      return ids.map((id) => ({
        id,
        chunkTexts: ["Tides come twice a day.", `The ${id} boiler runs below 2.5 bar.`],
        vectors: { model: "m", dimensions: 2, data: new Float32Array([1, 0, 0, 1]) },
      }));
    };
    const question = { question: "boiler bar", limit: 5 };
    await client.holdIndexes(["a", "b"], load);
    await client.holdIndexes(["a", "b"], load);
    const ranked = await client.rank({
      documentIds: ["a"],
      ...question,
      query: { model: "m", vector: new Float32Array([0, 1]) },
    });
    expect(ranked[0]).toEqual({ documentId: "a", index: 1 });
    expect(loads).toEqual([["a", "b"]]);

    client.forget(["b"]);
    expect(await client.rank({ documentIds: ["b"], ...question })).toEqual([]);
    workers[0]!.crash("Out of memory");
    await client.holdIndexes(["a"], load);
    expect(loads).toEqual([["a", "b"], ["a"]]);
    expect(workers).toHaveLength(2);
  });

  it("answers a ranking the worker could not finish with no passages rather than never", async () => {
    const { client, workers } = setup();
    workers.length = 0;
    await client.holdIndexes(["a"], async () => [{ id: "a", chunkTexts: ["text"] }]);
    const worker = workers[0]!;
    worker.postMessage = (message) => void worker.posted.push(message);
    const ranking = client.rank({ documentIds: ["a"], question: "text", limit: 5 });
    client.shutDown();
    expect(await ranking).toEqual([]);
  });
});
