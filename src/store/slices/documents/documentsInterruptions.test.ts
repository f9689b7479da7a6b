import { describe, expect, it } from "vitest";
import { createTestStore, settle } from "../../testing/testStore";
import { FakeDocumentReader } from "../../testing/fakeDocumentReader";
import { localReadingLocks } from "../../../services/documents/readingLocks";

/** Attaching when storage fills up, and when the tab closes before a file is read. */
describe("documents: storage full and a tab closed mid-index", () => {
  it("storage full: says so with what it needed, keeps nothing of the file and loses no other document", async () => {
    const { store, storage } = await createTestStore();
    await store.getState().attachFiles([new File(["Kept before."], "kept.txt")]);
    const save = storage.documents.saveDocument;
    storage.documents.saveDocument = () =>
      Promise.reject(new DOMException("The quota has been exceeded.", "QuotaExceededError"));
    await store.getState().attachFiles([new File(["Too much to keep."], "full.txt")]);
    storage.documents.saveDocument = save;

    const [failed] = store.getState().failedAttachments;
    expect(failed?.name).toBe("full.txt");
    expect(failed?.problem.code).toBe("storage-full");
    expect(failed?.problem).toMatchObject({ bytes: expect.any(Number) });
    expect((await storage.documents.listDocuments()).map((document) => document.name)).toEqual(["kept.txt"]);
    expect(store.getState().documentLibrary.map((document) => document.name)).toEqual(["kept.txt"]);
  });

  it("a file still being read when the tab closed is told at the next start; dismissing forgets its trace", async () => {
    const reader = new FakeDocumentReader();
    reader.hold = true;
    const first = await createTestStore(undefined, "sigilo-interrupted-attach", { documentReader: reader });
    void first.store.getState().attachFiles([new File(["Never finished."], "long.pdf")]);
    await settle();
    // While this tab reads it, its own trace is not an interruption.
    await first.store.getState().loadDocuments();
    expect(first.store.getState().interruptedAttachments).toEqual([]);
    // The tab closes here: the reader never answers.

    const next = await createTestStore(undefined, "sigilo-interrupted-attach");
    await next.store.getState().loadDocuments();
    const [trace] = next.store.getState().interruptedAttachments;
    expect(trace).toMatchObject({ name: "long.pdf", size: 15, reading: true });
    expect(next.store.getState().documentLibrary).toEqual([]);

    await next.store.getState().dismissInterruptedAttachment(trace!.id);
    expect(next.store.getState().interruptedAttachments).toEqual([]);
    expect(await next.storage.documents.listDocuments()).toEqual([]);
  });

  it("a tab that starts while another reads a file does not call it interrupted", async () => {
    // One lock manager for both "tabs", as the browser's is.
    const browserLocks = localReadingLocks();
    const reader = new FakeDocumentReader();
    reader.hold = true;
    const name = "sigilo-reading-elsewhere";
    const reading = await createTestStore(undefined, name, {
      documentReader: reader,
      documentReadingLocks: browserLocks,
    });
    const attaching = reading.store.getState().attachFiles([new File(["Still going."], "long.pdf")]);
    await settle();

    const starting = await createTestStore(undefined, name, { documentReadingLocks: browserLocks });
    await starting.store.getState().loadDocuments();
    expect(starting.store.getState().interruptedAttachments).toEqual([]);
    expect(starting.store.getState().documentLibrary).toEqual([]);

    reader.release();
    await attaching;
    expect(await browserLocks.beingRead(reading.store.getState().documentLibrary.map((d) => d.id))).toEqual(
      new Set(),
    );
  });

  it("a file that could not be read leaves no trace behind", async () => {
    const { store, storage } = await createTestStore();
    await store.getState().attachFiles([new File(["\u0000\u0001\u0002binary"], "data.txt")]);
    expect(store.getState().failedAttachments).toHaveLength(1);
    expect(await storage.documents.listDocuments()).toEqual([]);
  });
});
