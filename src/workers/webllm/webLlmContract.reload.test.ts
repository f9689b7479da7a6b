// @vitest-environment node
/**
 * The contract with web-llm, proven by its own loader: after Sigilo's downloader, and separately its
 * importer, stored a model, web-llm's real `MLCEngine.reload` finds every file in its cache — config,
 * library, tokenizer, tensor-cache.json and every shard — fetches nothing, and gets every byte right,
 * up to where it starts building the model's GPU programs (see testing/runWebLlmReload.ts for exactly
 * what is real and what stands in). If a web-llm upgrade changed a database, a key, a record type or
 * the order of its reads, these fail.
 */
import { prebuiltAppConfig, type AppConfig } from "@mlc-ai/web-llm";
import { describe, expect, it } from "vitest";
import type { ModelSource } from "../../domain/modelSource";
import { fakeFolderFiles, fakeModelFiles, fakeSource } from "../modelStore/testing/fakeModelFiles";
import { downloadFakeModel, importFakeModel } from "../modelStore/testing/storeFakeModel";
import { appConfigFor } from "./appConfigFor";
import { ReachedGpuPrograms, runWebLlmReload, type ReloadTrace } from "./testing/runWebLlmReload";
import { createWebLlmCache } from "./webLlmCache";
import { tokenizerFile, webLlmCachesLibrary } from "./webLlmFiles";

const SHARDS = 4;

async function downloaded(source: ModelSource) {
  const cache = createWebLlmCache();
  const files = await downloadFakeModel(cache, source, fakeModelFiles(source, SHARDS));
  return { cache, files };
}

/** The config the worker loads with: prebuilt records, IndexedDB cache, the model pointed at `source`. */
function workerAppConfig(source: ModelSource): AppConfig {
  return appConfigFor({ ...prebuiltAppConfig, cacheBackend: "indexeddb" }, source);
}

/** What a complete, correct read of `source` by web-llm looks like. */
function expectEveryFileReadFromTheCache(
  trace: ReloadTrace,
  source: ModelSource,
  files: Map<string, Uint8Array>,
) {
  expect(trace.outcome).toBeInstanceOf(ReachedGpuPrograms);
  expect(trace.fetched).toEqual([]);
  const at = (name: string) => new URL(name, source.filesUrl).href;
  // Each file looked up in the database and under the key Sigilo stored it in.
  expect(trace.cacheReads).toEqual(
    expect.arrayContaining([
      `webllm/config ${at("mlc-chat-config.json")}`,
      `webllm/wasm ${source.libraryUrl}`,
      `webllm/model ${at("tokenizer.json")}`,
      `webllm/model ${at("tensor-cache.json")}`,
      ...Array.from({ length: SHARDS }, (_, index) => `webllm/model ${at(`params_shard_${index}.bin`)}`),
    ]),
  );
  // Exactly the library's bytes reached WebAssembly, and every tensor reached the "GPU" byte for byte.
  expect(trace.libraryBytes).toEqual(files.get(source.libraryUrl));
  expect([...trace.uploaded.keys()]).toEqual(
    Array.from({ length: SHARDS }, (_, index) => `model.layers.${index}.weight`),
  );
  for (let index = 0; index < SHARDS; index++) {
    expect(trace.uploaded.get(`model.layers.${index}.weight`)).toEqual(
      files.get(at(`params_shard_${index}.bin`)),
    );
  }
  expect(trace.progressTexts.at(-1)).toMatch(
    new RegExp(`^Loading model from cache\\[${SHARDS}/${SHARDS}\\]: 1MB loaded\\. 100% completed`),
  );
}

describe("web-llm's reload reads a model Sigilo stored", () => {
  it("after a download: every file from the cache, with zero fetches", async () => {
    const source = fakeSource("Qwen2.5-0.5B-Instruct-q4f32_1-MLC");
    const { files } = await downloaded(source);
    const trace = await runWebLlmReload(workerAppConfig(source), source.modelId);
    expectEveryFileReadFromTheCache(trace, source, files);
  });

  it("after an import from files: every file from the cache, with zero fetches", async () => {
    const cache = createWebLlmCache();
    const source = await importFakeModel(cache, "imported-contract1", SHARDS);
    const onDisk = fakeFolderFiles(fakeSource("Tiny-q4f32_1-MLC"), SHARDS);

    const trace = await runWebLlmReload(workerAppConfig(source), source.modelId);
    // The same files, now under the imported model's URLs.
    const files = new Map([...onDisk].map(([name, bytes]) => [new URL(name, source.filesUrl).href, bytes]));
    files.set(source.libraryUrl, onDisk.get("Tiny-q4f32_1-MLC.wasm")!);
    expectEveryFileReadFromTheCache(trace, source, files);
  });

  it("fetches what is missing, which the zero-fetch checks above would catch", async () => {
    const source = fakeSource("Missing-Tokenizer-q4f32_1-MLC");
    const { cache } = await downloaded(source);
    const tokenizer = tokenizerFile(source, "tokenizer.json");
    await cache.delete(tokenizer.database, [tokenizer.url]);
    const trace = await runWebLlmReload(workerAppConfig(source), source.modelId);
    expect(trace.fetched).toEqual([tokenizer.url]);
    expect(trace.outcome).not.toBeInstanceOf(ReachedGpuPrograms);
    expect(trace.uploaded.size).toBe(0);
  });
});

describe("web-llm's library-caching rule", () => {
  it.each([
    ["an absolute URL on another host", "https://libs.test/lib-a.wasm"],
    ["an absolute URL on the app's own origin", "https://sigilo.test/libs/lib-b.wasm"],
    ["a URL with localhost in it", "http://localhost:8000/libs/lib-c.wasm"],
    ["localhost anywhere, even in the path", "https://libs.test/localhost-builds/lib-d.wasm"],
    ["a relative URL", "/libs/lib-e.wasm"],
  ])("%s: read from the cache exactly when webLlmCachesLibrary says so", async (_, libraryUrl) => {
    const source = fakeSource(`Library-${libraryUrl.length}-q4f32_1-MLC`);
    // Sigilo's sources are absolute; the stored copy sits under the absolute form of the URL.
    const absolute = new URL(libraryUrl, "https://sigilo.test/").href;
    await downloaded({ ...source, libraryUrl: absolute });
    const appConfig = workerAppConfig({ ...source, libraryUrl });

    const trace = await runWebLlmReload(appConfig, source.modelId);
    const cached = webLlmCachesLibrary(libraryUrl);
    expect(trace.fetched.includes(absolute)).toBe(!cached);
    if (cached) expect(trace.outcome).toBeInstanceOf(ReachedGpuPrograms);
  });
});
