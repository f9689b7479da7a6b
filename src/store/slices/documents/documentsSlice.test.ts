import { describe, expect, it } from "vitest";
import { createTestStore, settle } from "../../testing/testStore";
import { untilState } from "../../testing/untilState";
import { selectActiveMessages } from "../conversations/selectors";
import { attachedDocuments } from "./documentsSlice";
import { FakeDocumentReader } from "../../testing/fakeDocumentReader";
import { EMBEDDING_MODEL_ID } from "../../../domain/retrieval/embedding";

const MODEL = "Qwen2.5-0.5B-Instruct-q4f16_1-MLC";

function markdownFile(name: string, sections: number): File {
  const text = Array.from(
    { length: sections },
    (_, i) =>
      `# Section ${i + 1}\n\nSection ${i + 1} talks about topic${i + 1} ${"filler words here ".repeat(40)}`,
  ).join("\n\n");
  return new File([text], name, { type: "text/markdown" });
}

async function readyStore({ searchModelStored = true } = {}) {
  const context = await createTestStore();
  if (searchModelStored) context.engine.cached.add(EMBEDDING_MODEL_ID);
  await context.store.getState().loadModel(MODEL);
  await context.store.getState().refreshStoredModels();
  return context;
}

/** Resolves once the store asks whether to download the search model. */
function searchModelAsked(store: Awaited<ReturnType<typeof readyStore>>["store"]): Promise<void> {
  return untilState(store, (state) => state.searchModelQuestion);
}

describe("documents slice", () => {
  it("attaches a file to the next conversation, which its first message takes; the reply gets its passages", async () => {
    const { store, engine, storage } = await readyStore();
    await store.getState().attachFiles([new File(["The launch code is ORANGE-42."], "notes.txt")]);
    const [document] = store.getState().documentLibrary;
    expect(document).toMatchObject({ name: "notes.txt", chunkCount: 1, conversationIds: [] });
    expect(attachedDocuments(store.getState(), undefined)).toHaveLength(1);

    await store.getState().sendMessage("What is the launch code?");
    const conversationId = store.getState().activeConversationId!;
    expect(attachedDocuments(store.getState(), conversationId).map((d) => d.name)).toEqual(["notes.txt"]);
    expect(store.getState().draftDocumentIds).toEqual([]);
    const system = engine.requests[0]?.messages[0];
    expect(system?.role).toBe("system");
    expect(system?.content).toContain("[1] notes.txt\nThe launch code is ORANGE-42.");
    const reply = selectActiveMessages(store.getState())[1];
    expect(reply?.documents).toEqual({
      mode: "whole",
      sources: [
        { number: 1, documentId: document!.id, index: 0, documentName: "notes.txt", headingPath: [] },
      ],
    });
    await settle();
    const stored = await storage.conversations.getMessages(conversationId);
    expect(stored[1]?.documents?.sources[0]?.documentName).toBe("notes.txt");
    expect((await storage.documents.listDocuments())[0]?.conversationIds).toEqual([conversationId]);
    expect(engine.embedded).toEqual(["The launch code is ORANGE-42."]);
  });

  it("retrieves the passages that answer when the documents do not fit whole", async () => {
    const { store, engine } = await readyStore();
    await store.getState().sendMessage("Hello");
    await store.getState().attachFiles([markdownFile("big.md", 120)]);
    await store.getState().sendMessage("What about topic77?");
    const system = engine.requests[1]?.messages[0]?.content ?? "";
    expect(system).toContain("most relevant");
    expect(system).toContain("Section 77 talks about topic77");
    const reply = selectActiveMessages(store.getState()).at(-1);
    expect(reply?.documents?.mode).toBe("retrieved");
    expect(reply?.documents?.sources.some((source) => source.headingPath.includes("Section 77"))).toBe(true);
  });

  it("keeps a document searchable by its words when embedding fails", async () => {
    const { store, engine, storage } = await readyStore();
    engine.embedFailure = { kind: "unknown", message: "no embedding model" };
    await store.getState().attachFiles([new File(["Some words."], "a.txt")]);
    const [document] = store.getState().documentLibrary;
    expect(await storage.documents.getVectors([document!.id])).toEqual([]);
    expect(await storage.documents.getContents([document!.id])).toHaveLength(1);
  });

  it("says why a file cannot be attached, and keeps nothing of it", async () => {
    const { store, storage } = await readyStore();
    await store.getState().attachFiles([new File([], "empty.txt"), new File(["x"], "photo.png")]);
    expect(store.getState().failedAttachments.map((failed) => [failed.name, failed.problem.code])).toEqual([
      ["empty.txt", "empty-file"],
      ["photo.png", "unsupported-type"],
    ]);
    expect(await storage.documents.listDocuments()).toEqual([]);
    store.getState().dismissFailedAttachment(store.getState().failedAttachments[0]!.key);
    expect(store.getState().failedAttachments).toHaveLength(1);
  });

  it("cancels a file being read: no message, nothing stored", async () => {
    const reader = new FakeDocumentReader();
    reader.hold = true;
    const { store, storage } = await createTestStore(undefined, undefined, { documentReader: reader });
    const attaching = store.getState().attachFiles([new File(["text"], "slow.txt")]);
    await settle();
    const [job] = store.getState().attachmentJobs;
    expect(job).toMatchObject({ name: "slow.txt", stage: { stage: "reading" } });
    store.getState().cancelAttachment(job!.key);
    reader.release();
    await attaching;
    expect(store.getState().attachmentJobs).toEqual([]);
    expect(store.getState().failedAttachments).toEqual([]);
    expect(await storage.documents.listDocuments()).toEqual([]);
  });

  it("reuses a document in another conversation, detaches it, and deletes it with its text and vectors", async () => {
    const { store, storage } = await readyStore();
    await store.getState().sendMessage("First chat");
    const first = store.getState().activeConversationId!;
    await store.getState().attachFiles([new File(["Shared facts."], "shared.txt")]);
    const id = store.getState().documentLibrary[0]!.id;
    store.getState().newChat();
    await store.getState().sendMessage("Second chat");
    const second = store.getState().activeConversationId!;
    await store.getState().attachStoredDocument(id);
    expect(store.getState().documentLibrary[0]?.conversationIds).toEqual([first, second]);
    await store.getState().detachDocument(id);
    expect(store.getState().documentLibrary[0]?.conversationIds).toEqual([first]);

    await store.getState().deleteDocument(id);
    expect(store.getState().documentLibrary).toEqual([]);
    expect(await storage.documents.listDocuments()).toEqual([]);
    expect(await storage.documents.getContents([id])).toEqual([]);
    expect(await storage.documents.getVectors([id])).toEqual([]);
  });
});

describe("the search model is downloaded only when the user agrees", () => {
  it("a short document is read whole: indexed by its words, nothing asked, nothing downloaded", async () => {
    const { store, engine, storage } = await readyStore({ searchModelStored: false });
    await store.getState().attachFiles([new File(["The launch code is ORANGE-42."], "notes.txt")]);
    expect(store.getState().searchModelQuestion).toBe(false);
    expect(engine.embedded).toEqual([]);
    const [document] = store.getState().documentLibrary;
    expect(await storage.documents.getVectors([document!.id])).toEqual([]);
  });

  it("a large document waits for the question; Download embeds it and lists the model as stored", async () => {
    const { store, engine, storage } = await readyStore({ searchModelStored: false });
    const attaching = store.getState().attachFiles([markdownFile("big.md", 120)]);
    await searchModelAsked(store);
    expect(engine.embedded).toEqual([]);
    expect(store.getState().attachmentJobs[0]?.stage.stage).toBe("chunking");
    store.getState().answerSearchModelQuestion("download");
    await attaching;
    expect(store.getState().searchModelQuestion).toBe(false);
    const [document] = store.getState().documentLibrary;
    expect(await storage.documents.getVectors([document!.id])).toHaveLength(1);
    expect(store.getState().cachedModelIds).toContain(EMBEDDING_MODEL_ID);
    expect(store.getState().storedModels?.map((model) => model.modelId)).toContain(EMBEDDING_MODEL_ID);
  });

  it("Not now: searched by words alone, the question is not embedded, and not asked again this session", async () => {
    const { store, engine, storage } = await readyStore({ searchModelStored: false });
    await store.getState().sendMessage("Hello");
    const attaching = store.getState().attachFiles([markdownFile("big.md", 120)]);
    await searchModelAsked(store);
    store.getState().answerSearchModelQuestion("not-now");
    await attaching;
    await store.getState().attachFiles([markdownFile("bigger.md", 150)]);
    expect(store.getState().searchModelQuestion).toBe(false);
    expect(store.getState().searchModelChoice).toEqual({ choice: "not-now" });
    const ids = store.getState().documentLibrary.map((document) => document.id);
    expect(await storage.documents.getVectors(ids)).toEqual([]);
    await store.getState().sendMessage("What about topic77?");
    expect(engine.embedded).toEqual([]);
    expect(engine.cached.has(EMBEDDING_MODEL_ID)).toBe(false);
    const reply = selectActiveMessages(store.getState()).at(-1);
    expect(reply?.documents?.mode).toBe("retrieved");
    expect(reply?.documents?.sources.some((source) => source.headingPath.includes("Section 77"))).toBe(true);
  });

  it("a failed download says why, keeps the document searchable by its words, and asks no more", async () => {
    const { store, engine } = await readyStore({ searchModelStored: false });
    engine.embedFailure = { kind: "unknown", message: "the model host did not answer" };
    const attaching = store.getState().attachFiles([markdownFile("big.md", 120)]);
    await searchModelAsked(store);
    store.getState().answerSearchModelQuestion("download");
    await attaching;
    expect(store.getState().searchModelChoice).toEqual({
      choice: "failed",
      detail: "the model host did not answer",
    });
    expect(store.getState().documentLibrary.map((document) => document.name)).toEqual(["big.md"]);
  });

  it("stopping the file that asked takes the question away; nothing is kept", async () => {
    const { store, storage } = await readyStore({ searchModelStored: false });
    const attaching = store.getState().attachFiles([markdownFile("big.md", 120)]);
    await searchModelAsked(store);
    store.getState().cancelAttachment(store.getState().attachmentJobs[0]!.key);
    await attaching;
    expect(store.getState().searchModelQuestion).toBe(false);
    expect(store.getState().searchModelChoice).toEqual({ choice: "undecided" });
    expect(await storage.documents.listDocuments()).toEqual([]);
  });
});

describe("documents and the lock", () => {
  it("locking empties the library from memory; unlocking reads it back", async () => {
    const { store } = await readyStore();
    await store.getState().attachFiles([new File(["Secret plans."], "plans.txt")]);
    await store.getState().enableVault("correct horse", 15);
    await store.getState().lockVault();
    expect(store.getState().documentLibrary).toEqual([]);
    expect(store.getState().draftDocumentIds).toEqual([]);
    await store.getState().unlockVault("correct horse");
    await store.getState().loadDocuments();
    expect(store.getState().documentLibrary.map((document) => document.name)).toEqual(["plans.txt"]);
  });
});
