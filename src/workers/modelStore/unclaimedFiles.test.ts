// @vitest-environment node
import { hasModelInCache, prebuiltAppConfig } from "@mlc-ai/web-llm";
import { IDBFactory } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { importedModelSource } from "../../domain/importedModel";
import { totalStoredBytes } from "../../domain/storedModel";
import { appConfigFor } from "../webllm/appConfigFor";
import { createModelStore } from "./modelStore";
import { fakeModelFiles, fakeSource } from "./testing/fakeModelFiles";
import { downloadFakeModel } from "./testing/storeFakeModel";
import { createWebLlmCache, type WebLlmCache } from "../webllm/webLlmCache";

const download = downloadFakeModel;

const sizeOf = (files: Map<string, Uint8Array>) =>
  [...files.values()].reduce((sum, file) => sum + file.byteLength, 0);

/** What an import cut short by a closed tab leaves: every file but the config (written last). */
async function plantInterruptedImport(cache: WebLlmCache): Promise<{ files: number; bytes: number }> {
  const source = importedModelSource("imported-lost1");
  const files = fakeModelFiles(source);
  files.delete(new URL("mlc-chat-config.json", source.filesUrl).href);
  for (const [url, data] of files) {
    if (url === source.libraryUrl) await cache.put("webllm/wasm", url, data.slice().buffer);
    else if (url.endsWith("tensor-cache.json"))
      await cache.put("webllm/model", url, JSON.parse(new TextDecoder().decode(data)));
    else await cache.put("webllm/model", url, data.slice().buffer);
  }
  return { files: files.size, bytes: sizeOf(files) };
}

async function setup() {
  const cache = createWebLlmCache(new IDBFactory());
  const catalog = fakeSource("Qwen2.5-0.5B-Instruct-q4f32_1-MLC");
  const custom = fakeSource("My-Custom-q4f32_1-MLC");
  await download(cache, catalog);
  await download(cache, custom);
  return { cache, store: createModelStore(cache), known: [catalog, custom] };
}

describe("stored files no known model claims", () => {
  it("are none when every stored file belongs to a known model", async () => {
    const { store, known } = await setup();
    expect(await store.listUnclaimed(known)).toEqual({ files: 0, bytes: 0 });
  });

  it("are counted and measured exactly: an interrupted import and a model no longer listed", async () => {
    const { cache, store, known } = await setup();
    const interrupted = await plantInterruptedImport(cache);
    const unlisted = fakeSource("Retired-Model-q4f32_1-MLC");
    const unlistedFiles = fakeModelFiles(unlisted);
    await download(cache, unlisted, unlistedFiles);

    expect(await store.listUnclaimed(known)).toEqual({
      files: interrupted.files + unlistedFiles.size,
      bytes: interrupted.bytes + sizeOf(unlistedFiles),
    });
    // Once the model is known again, its files are its own.
    expect(await store.listUnclaimed([...known, unlisted])).toEqual(interrupted);
  });

  it("deleting removes exactly them: the known models stay complete and web-llm still finds them", async () => {
    const { cache, store, known } = await setup();
    const [catalog] = known;
    const before = await store.list(known);
    const interrupted = await plantInterruptedImport(cache);
    const unlisted = fakeSource("Retired-Model-q4f32_1-MLC");
    await download(cache, unlisted);
    const unlistedBytes = (await store.inspect(unlisted))!.bytes;

    expect(await store.deleteUnclaimed(known)).toEqual({
      files: interrupted.files + 8,
      bytes: interrupted.bytes + unlistedBytes,
    });
    expect(await store.listUnclaimed(known)).toEqual({ files: 0, bytes: 0 });
    expect(await store.list(known)).toEqual(before);
    expect(await store.inspect(unlisted)).toBeUndefined();
    expect(await cache.allUrls("webllm/wasm")).toEqual(known.map((source) => source.libraryUrl).sort());
    const appConfig = appConfigFor({ ...prebuiltAppConfig, cacheBackend: "indexeddb" }, catalog!);
    // web-llm's own check reads the global IndexedDB: store the catalog model there too.
    const globalCache = createWebLlmCache();
    await download(globalCache, catalog!);
    await plantInterruptedImport(globalCache);
    await createModelStore(globalCache).deleteUnclaimed(known);
    expect(await hasModelInCache(catalog!.modelId, appConfig)).toBe(true);
    expect(await createModelStore(globalCache).isComplete(catalog!)).toBe(true);
  });

  it("never include a file of the model being listed with the sources sent", async () => {
    const { cache, store, known } = await setup();
    // A file beside a known model's folder (same prefix, another folder) is not the model's.
    const sibling = known[0]!.filesUrl.replace("resolve/main/", "resolve/old/params_shard_0.bin");
    await cache.put("webllm/model", sibling, new ArrayBuffer(10));
    expect(await store.listUnclaimed(known)).toEqual({ files: 1, bytes: 10 });
    await store.deleteUnclaimed(known);
    for (const source of known) expect(await store.isComplete(source)).toBe(true);
  });
});

describe("a library shared by several models", () => {
  it("is marked on each and counted once in the total, which equals the bytes stored", async () => {
    const cache = createWebLlmCache(new IDBFactory());
    const first = fakeSource("Shared-A-q4f32_1-MLC");
    const second = { ...fakeSource("Shared-B-q4f32_1-MLC"), libraryUrl: first.libraryUrl };
    const firstFiles = fakeModelFiles(first);
    const secondFiles = fakeModelFiles(second);
    await download(cache, first, firstFiles);
    await download(cache, second, secondFiles);
    const store = createModelStore(cache);

    const listed = await store.list([first, second]);
    const library = { url: first.libraryUrl, bytes: 1000 };
    expect(listed.map((model) => model.sharedLibrary)).toEqual([
      { ...library, sharedWith: [second.modelId] },
      { ...library, sharedWith: [first.modelId] },
    ]);
    expect(listed.map((model) => model.bytes)).toEqual([sizeOf(firstFiles), sizeOf(secondFiles)]);
    expect(totalStoredBytes(listed)).toBe(sizeOf(firstFiles) + sizeOf(secondFiles) - library.bytes);

    await store.delete(second, [first, second]);
    const after = await store.list([first, second]);
    expect(after).toHaveLength(1);
    expect(after[0]!.sharedLibrary).toBeUndefined();
    expect(totalStoredBytes(after)).toBe(sizeOf(firstFiles));
  });

  it("left alone by a deletion cut short is listed under a model naming it, so it can be deleted", async () => {
    const cache = createWebLlmCache(new IDBFactory());
    const source = fakeSource("Lone-Library-q4f32_1-MLC");
    await cache.put("webllm/wasm", source.libraryUrl, new ArrayBuffer(1000));
    const store = createModelStore(cache);
    expect(await store.list([source])).toEqual([
      { modelId: source.modelId, bytes: 1000, complete: false, filesStored: 1, filesTotal: undefined },
    ]);
    await store.delete(source, [source]);
    expect(await store.list([source])).toEqual([]);
  });
});
