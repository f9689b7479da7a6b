import { describe, expect, it } from "vitest";
import { createTestStore, settle } from "../../testing/testStore";
import { EMBEDDING_MODEL_ID, FIXTURE_EMBEDDING_MODEL } from "../../../domain/retrieval/embedding";
import type { AppState } from "../../appState";
import { untilState } from "../../testing/untilState";
import { SEARCH_MODEL_SETTING } from "./searchModelChoice";

const MODEL = "Qwen2.5-0.5B-Instruct-q4f16_1-MLC";

const backfillIdle = (state: AppState) =>
  state.vectorBackfill.status !== "running" && state.attachmentJobs.length === 0;

/** A store whose library holds `files`, stored without vectors (short files, read whole: no model needed). */
async function libraryWithoutVectors(files: File[], databaseName?: string) {
  const context = await createTestStore(undefined, databaseName);
  await context.store.getState().loadModel(MODEL);
  await context.store.getState().loadDocuments();
  await context.store.getState().attachFiles(files);
  return context;
}

const notes = () => [
  new File(["The launch code is ORANGE-42."], "a.txt"),
  new File(["The meeting is on Tuesday."], "b.txt"),
  new File(["The boiler stays below 2.5 bar."], "c.txt"),
];

describe("documents stored without vectors get them once the search model is stored", () => {
  it("runs by itself when the model becomes stored, saving each document's vectors and size", async () => {
    const { store, engine, storage } = await libraryWithoutVectors(notes());
    const ids = store.getState().documentLibrary.map((document) => document.id);
    expect(store.getState().vectorBackfill.withoutVectors).toEqual(ids);
    expect(await storage.documents.listVectorIds()).toEqual([]);
    const sizes = new Map(
      store.getState().documentLibrary.map((document) => [document.id, document.storedBytes]),
    );

    // Downloaded meanwhile (for another document, or in the model manager).
    engine.cached.add(EMBEDDING_MODEL_ID);
    await store.getState().refreshStoredModels();
    await untilState(store, (state) => state.vectorBackfill.withoutVectors.length === 0);
    await untilState(store, backfillIdle);

    expect(store.getState().vectorBackfill).toMatchObject({ status: "idle", done: 3, withoutVectors: [] });
    const vectors = await storage.documents.getVectors(ids);
    expect(vectors.map((each) => [each.id, each.model, each.dimensions])).toEqual(
      ids.map((id) => [id, FIXTURE_EMBEDDING_MODEL, 384]),
    );
    // One passage each: 384 floats more.
    const grown = new Map([...sizes].map(([id, bytes]) => [id, bytes + 384 * 4]));
    const stored = await storage.documents.listDocuments();
    expect(new Map(stored.map((document) => [document.id, document.storedBytes]))).toEqual(grown);
    expect(
      new Map(store.getState().documentLibrary.map((document) => [document.id, document.storedBytes])),
    ).toEqual(grown);
  });

  it("Stop keeps what was done; the next start (a reload) does the rest", async () => {
    const name = "sigilo-backfill-resume";
    const first = await libraryWithoutVectors(notes(), name);
    first.engine.cached.add(EMBEDDING_MODEL_ID);
    first.engine.holdEmbed = true;
    await first.store.getState().refreshStoredModels();
    await first.engine.embedHeld();
    first.engine.holdEmbed = false;
    first.engine.releaseEmbed!();
    await untilState(first.store, (state) => state.vectorBackfill.done === 1);
    first.store.getState().stopVectorBackfill();
    await untilState(first.store, (state) => state.vectorBackfill.status === "stopped");
    await settle();
    const left = first.store.getState().vectorBackfill.withoutVectors;
    expect(left.length).toBeGreaterThanOrEqual(1);
    expect(left.length).toBeLessThanOrEqual(2);
    expect(await first.storage.documents.listVectorIds()).toHaveLength(3 - left.length);

    const next = await createTestStore(undefined, name);
    next.engine.cached.add(EMBEDDING_MODEL_ID);
    await next.store.getState().refreshStoredModels();
    await next.store.getState().loadDocuments();
    await untilState(next.store, (state) => state.vectorBackfill.withoutVectors.length === 0);
    expect(await next.storage.documents.listVectorIds()).toHaveLength(3);
    // Only what was left was embedded again.
    expect(next.engine.embedded).toHaveLength(left.length);
  });

  it("a failure says why and for which document, keeps it searchable by words, and Try again finishes", async () => {
    const { store, engine } = await libraryWithoutVectors(notes().slice(0, 1));
    await store.getState().sendMessage("Hello");
    engine.embedFailure = { kind: "device-lost", message: "GPU device was lost" };
    engine.cached.add(EMBEDDING_MODEL_ID);
    await store.getState().refreshStoredModels();
    await untilState(store, (state) => state.vectorBackfill.status === "failed");
    const [document] = store.getState().documentLibrary;
    expect(store.getState().vectorBackfill.problem).toEqual({
      code: "embedding-failed",
      documentId: document!.id,
      detail: "GPU device was lost",
    });
    // Not retried by itself.
    await settle();
    expect(store.getState().vectorBackfill.status).toBe("failed");

    await store.getState().attachStoredDocument(document!.id);
    await store.getState().sendMessage("What is the launch code?");
    expect(engine.requests.at(-1)?.messages[0]?.content).toContain("ORANGE-42");

    engine.embedFailure = undefined;
    store.getState().startVectorBackfill();
    await untilState(store, (state) => state.vectorBackfill.withoutVectors.length === 0);
    expect(store.getState().vectorBackfill.problem).toBeUndefined();
  });

  it("waits while a reply is written: chatting is never blocked", async () => {
    const { store, engine } = await libraryWithoutVectors(notes().slice(0, 2));
    engine.holdChat = true;
    const replying = store.getState().sendMessage("Tell me a story");
    await untilState(store, (state) => state.generation.status === "streaming");
    engine.cached.add(EMBEDDING_MODEL_ID);
    await store.getState().refreshStoredModels();
    await untilState(store, (state) => state.vectorBackfill.status === "running");
    await settle();
    expect(engine.embedded).toEqual([]);
    engine.releaseChat!();
    await replying;
    await untilState(store, (state) => state.vectorBackfill.withoutVectors.length === 0);
    expect(engine.embedded).toHaveLength(2);
  });

  it("a document deleted while it is embedded leaves no vectors behind", async () => {
    const { store, engine, storage } = await libraryWithoutVectors(notes().slice(0, 1));
    const [document] = store.getState().documentLibrary;
    engine.holdEmbed = true;
    engine.cached.add(EMBEDDING_MODEL_ID);
    await store.getState().refreshStoredModels();
    await engine.embedHeld();
    await store.getState().deleteDocument(document!.id);
    engine.releaseEmbed!();
    await untilState(store, backfillIdle);
    await settle();
    expect(await storage.documents.listVectorIds()).toEqual([]);
    expect(store.getState().vectorBackfill.withoutVectors).toEqual([]);
  });

  it("Download in the Documents panel fetches the model (with its progress), then embeds; 'Not now' is forgotten", async () => {
    const { store, engine, storage } = await libraryWithoutVectors(notes().slice(0, 2));
    await storage.settings.set(SEARCH_MODEL_SETTING, "not-now");
    engine.holdEmbed = true;
    store.getState().downloadSearchModel();
    await engine.embedHeld();
    expect(store.getState().vectorBackfill.download).toMatchObject({ bytesDone: 50, bytesTotal: 100 });
    expect(store.getState().searchModelChoice).toEqual({ choice: "download" });
    engine.holdEmbed = false;
    engine.releaseEmbed!();
    await untilState(store, (state) => state.vectorBackfill.withoutVectors.length === 0);
    expect(store.getState().vectorBackfill.download).toBeUndefined();
    expect(store.getState().cachedModelIds).toContain(EMBEDDING_MODEL_ID);
    await settle();
    expect(
      await storage.settings.get(SEARCH_MODEL_SETTING, (value): value is unknown => value !== null),
    ).toBeUndefined();
  });

  it("a failed download from the panel says why; Try again downloads again", async () => {
    const { store, engine } = await libraryWithoutVectors(notes().slice(0, 1));
    engine.embedFailure = { kind: "download-failed", message: "the model host did not answer" };
    store.getState().downloadSearchModel();
    await untilState(store, (state) => state.vectorBackfill.status === "failed");
    expect(store.getState().vectorBackfill.problem).toEqual({
      code: "download-failed",
      detail: "the model host did not answer",
    });
    expect(store.getState().cachedModelIds).not.toContain(EMBEDDING_MODEL_ID);
    engine.embedFailure = undefined;
    store.getState().downloadSearchModel();
    await untilState(store, (state) => state.vectorBackfill.withoutVectors.length === 0);
    expect(store.getState().cachedModelIds).toContain(EMBEDDING_MODEL_ID);
  });

  it("locking stops it and forgets it; unlocking reads the library and resumes", async () => {
    const { store, engine } = await libraryWithoutVectors(notes().slice(0, 2));
    await store.getState().enableVault("correct horse", 15);
    engine.holdEmbed = true;
    engine.cached.add(EMBEDDING_MODEL_ID);
    await store.getState().refreshStoredModels();
    await engine.embedHeld();
    await store.getState().lockVault();
    expect(store.getState().vectorBackfill).toEqual({ withoutVectors: [], status: "idle", done: 0 });
    engine.holdEmbed = false;
    engine.releaseEmbed!();
    await store.getState().unlockVault("correct horse");
    // Sealing vectors needs WebCrypto to accept this realm's buffers, which jsdom's does not: the lock goes
    // off before the run resumes (sealed vectors are tested in sealedDocuments.test.ts and end to end).
    await store.getState().disableVault("correct horse");
    await store.getState().loadDocuments();
    await untilState(store, (state) => state.vectorBackfill.withoutVectors.length === 0);
    expect(store.getState().documentLibrary).toHaveLength(2);
  });
});
