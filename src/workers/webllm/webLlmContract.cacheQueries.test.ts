// @vitest-environment node
/**
 * web-llm's own cache queries, given the config the worker loads with, agree with Sigilo's listing and
 * deletion: `hasModelInCache` says a model is there whenever Sigilo says it is complete (web-llm only
 * looks at tensor-cache.json and the shards, so Sigilo is the stricter of the two), and
 * `deleteModelAllInfoInCache` removes what Sigilo stored but one file: web-llm 0.2.86's own deletion
 * (tvmjs `deleteTensorCache`) deletes every shard and leaves tensor-cache.json, which Sigilo then lists
 * as what it is, a partly stored model, and its deletion removes. Sigilo's deletion leaves nothing.
 */
import { deleteModelAllInfoInCache, hasModelInCache, prebuiltAppConfig } from "@mlc-ai/web-llm";
import { describe, expect, it } from "vitest";
import { modelFilesUrl, type ModelSource } from "../../domain/modelSource";
import { createModelStore } from "../modelStore/modelStore";
import { fakeSource } from "../modelStore/testing/fakeModelFiles";
import { downloadFakeModel, importFakeModel } from "../modelStore/testing/storeFakeModel";
import { appConfigFor } from "./appConfigFor";
import { createWebLlmCache, WEB_LLM_DATABASES, type WebLlmCache } from "./webLlmCache";
import { shardFiles, tensorCacheFile, tokenizerFile } from "./webLlmFiles";

const workerConfig = (source: ModelSource) =>
  appConfigFor({ ...prebuiltAppConfig, cacheBackend: "indexeddb" }, source);

/** Every key stored for `source` (the databases hold the other tests' models too). */
async function keysOf(cache: WebLlmCache, source: ModelSource): Promise<string[]> {
  const all = (await Promise.all(WEB_LLM_DATABASES.map((database) => cache.allUrls(database)))).flat();
  return all.filter((url) => url.startsWith(source.filesUrl) || url === source.libraryUrl);
}

describe("web-llm's hasModelInCache agrees with Sigilo's listing", () => {
  it("before, after a download, after losing a shard or the manifest, and after deleting", async () => {
    const source = fakeSource("Agree-q4f32_1-MLC");
    const cache = createWebLlmCache();
    const store = createModelStore(cache);
    const both = async () => [
      await hasModelInCache(source.modelId, workerConfig(source)),
      await store.isComplete(source),
    ];

    expect(await both()).toEqual([false, false]);
    await downloadFakeModel(cache, source);
    expect(await both()).toEqual([true, true]);

    const [shard] = shardFiles(source, [{ dataPath: "params_shard_2.bin", nbytes: 0 }]);
    await cache.delete(shard!.database, [shard!.url]);
    expect(await both()).toEqual([false, false]);
    await downloadFakeModel(cache, source);
    const manifest = tensorCacheFile(source);
    await cache.delete(manifest.database, [manifest.url]);
    expect(await both()).toEqual([false, false]);

    // web-llm does not look at the tokenizer (nor the config or library): Sigilo is the stricter one.
    await downloadFakeModel(cache, source);
    const tokenizer = tokenizerFile(source, "tokenizer.json");
    await cache.delete(tokenizer.database, [tokenizer.url]);
    expect(await both()).toEqual([true, false]);

    await store.delete(source, []);
    expect(await both()).toEqual([false, false]);
  });

  it("for an imported model too", async () => {
    const cache = createWebLlmCache();
    const source = await importFakeModel(cache, "imported-agree1");
    expect(await hasModelInCache(source.modelId, workerConfig(source))).toBe(true);
    expect(await createModelStore(cache).isComplete(source)).toBe(true);
  });

  it("finds the model under the URL Sigilo derives, whatever form the model URL was given in", async () => {
    const cache = createWebLlmCache();
    for (const [index, form] of [
      "https://models.test/someone/Form-q4f32_1-MLC",
      "https://models.test/someone/Form-q4f32_1-MLC/",
      "https://models.test/someone/Form-q4f32_1-MLC/resolve/main/",
      "https://models.test/someone/Form-q4f32_1-MLC/resolve/v2/",
      "https://models.test/some%20one/Form-q4f32_1-MLC",
    ].entries()) {
      const source = { ...fakeSource(), modelId: `form-${index}`, filesUrl: modelFilesUrl(form) };
      await downloadFakeModel(cache, source);
      // web-llm cleans the URL itself (cleanModelUrl): given the raw form, it must land on the same keys.
      const raw = {
        ...workerConfig(source),
        model_list: [{ ...workerConfig(source).model_list[0]!, model: form }],
      };
      expect(await hasModelInCache(source.modelId, raw)).toBe(true);
    }
  });
});

describe("web-llm's deleteModelAllInfoInCache and Sigilo's deletion remove the same files", () => {
  it("web-llm's deletion leaves only tensor-cache.json, listed by Sigilo as a partly stored model", async () => {
    const cache = createWebLlmCache();
    const downloaded = fakeSource("Deleted-By-WebLlm-q4f32_1-MLC");
    await downloadFakeModel(cache, downloaded);
    const imported = await importFakeModel(cache, "imported-deleted1");
    const store = createModelStore(cache);
    expect((await store.list([downloaded, imported])).map((model) => model.complete)).toEqual([true, true]);

    for (const source of [downloaded, imported]) {
      await deleteModelAllInfoInCache(source.modelId, workerConfig(source));
      expect(await keysOf(cache, source)).toEqual([tensorCacheFile(source).url]);
      expect(await store.inspect(source)).toMatchObject({ complete: false, filesStored: 1 });
      await store.delete(source, []);
      expect(await keysOf(cache, source)).toEqual([]);
    }
  });

  it("Sigilo's deletion leaves nothing web-llm would find or delete", async () => {
    const cache = createWebLlmCache();
    const downloaded = fakeSource("Deleted-By-Sigilo-q4f32_1-MLC");
    await downloadFakeModel(cache, downloaded);
    const imported = await importFakeModel(cache, "imported-deleted2");
    const store = createModelStore(cache);

    for (const source of [downloaded, imported]) {
      await store.delete(source, []);
      expect(await hasModelInCache(source.modelId, workerConfig(source))).toBe(false);
      expect(await keysOf(cache, source)).toEqual([]);
    }
  });
});
