import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type {
  DocumentContent,
  DocumentInfo,
  DocumentVectors,
} from "../../../domain/retrieval/storedDocument";
import { openStorage, VaultLocked, type SigiloStorage } from "../index";
import { getAllRaw, openRaw, uniqueDbName } from "../rawIndexedDb.testing";

const ITERATIONS = 1_000;
let name: string;
let storage: SigiloStorage;
const onInvalidRecords = vi.fn();
const open = () => openStorage({ name, onInvalidRecords, vaultIterations: ITERATIONS });

const info: DocumentInfo = {
  id: "d1",
  name: "merger-terms.pdf",
  size: 2048,
  format: "pdf",
  createdAt: 5,
  pageCount: 2,
  chunkCount: 1,
  storedBytes: 100,
  pagesWithoutText: [],
  conversationIds: ["c1"],
};
const content: DocumentContent = {
  id: "d1",
  text: "The price is 4M, payable in June.",
  pages: [{ start: 0, end: 33 }],
  chunks: [{ start: 0, end: 33, pageStart: 1, pageEnd: 1, headingPath: ["Terms"], tokens: 11 }],
};
const vectors: DocumentVectors = {
  id: "d1",
  model: "m",
  dimensions: 2,
  vectors: Float32Array.from([0.6, 0.8]),
};

/** Every string a person could read in the raw document stores (binary data shows as {}). */
async function rawText(): Promise<string> {
  const db = await openRaw(name);
  const records = await Promise.all(
    ["documents", "documentContents", "documentVectors"].map((store) => getAllRaw(db, store)),
  );
  db.close();
  return JSON.stringify(records);
}

beforeEach(async () => {
  name = uniqueDbName();
  onInvalidRecords.mockReset();
  storage = await open();
});

afterEach(() => storage.close());

describe("attached documents under the lock", () => {
  it("are stored plain without the lock, and read back whole", async () => {
    await storage.documents.saveDocument(info, content, vectors);
    expect(await rawText()).toContain("4M");
    expect(await storage.documents.listDocuments()).toEqual([info]);
    expect(await storage.documents.getContents(["d1", "gone"])).toEqual([content]);
    const [stored] = await storage.documents.getVectors(["d1"]);
    expect({ ...stored, vectors: Array.from(stored!.vectors) }).toEqual({
      ...vectors,
      vectors: [0.6, 0.8].map(Math.fround),
    });
  });

  it("are sealed when the lock comes on (name, text, chunks and vectors), and open again once unlocked", async () => {
    await storage.documents.saveDocument(info, content, vectors);
    await storage.vault.enable("correct horse", 15);
    const text = await rawText();
    for (const secret of ["merger", "4M", "Terms", "c1", "pdf"]) expect(text).not.toContain(secret);
    expect(new Uint8Array((await rawVectors()).buffer).length).toBe(0);

    storage.vault.lock();
    await expect(storage.documents.listDocuments()).rejects.toBeInstanceOf(VaultLocked);
    expect(await storage.vault.unlock("correct horse")).toBe(true);
    expect(await storage.documents.listDocuments()).toEqual([info]);
    expect(await storage.documents.getContents(["d1"])).toEqual([content]);
    expect(await storage.documents.getVectors(["d1"])).toEqual([vectors]);

    await storage.vault.disable("correct horse");
    expect(await rawText()).toContain("4M");
    expect(onInvalidRecords).not.toHaveBeenCalled();
  });

  it("deleting one removes its info, text, chunks and vectors", async () => {
    await storage.documents.saveDocument(info, content, vectors);
    await storage.documents.deleteDocument("d1");
    expect(await rawText()).toBe("[[],[],[]]");
  });
});

/** The stored vectors record's clear `vectors` field, if it has one (a sealed record has none). */
async function rawVectors(): Promise<Float32Array> {
  const db = await openRaw(name);
  const [record] = (await getAllRaw(db, "documentVectors")) as Array<{ vectors?: Float32Array }>;
  db.close();
  return record?.vectors ?? new Float32Array();
}
