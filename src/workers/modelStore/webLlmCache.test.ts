// @vitest-environment node
import { hasModelInCache, prebuiltAppConfig } from "@mlc-ai/web-llm";
import { describe, expect, it } from "vitest";
import { appConfigFor } from "../webllm/appConfigFor";
import { downloadModel, type DownloadEnvironment } from "./modelDownload";
import { createModelStore } from "./modelStore";
import { fakeFetch, fakeModelFiles, fakeSource } from "./testing/fakeModelFiles";
import { createWebLlmCache } from "./webLlmCache";

function environment(fetcher: ReturnType<typeof fakeFetch>): DownloadEnvironment {
  return {
    cache: createWebLlmCache(),
    fetch: fetcher.fetch,
    estimateStorage: async () => ({}),
    isOnline: () => true,
    waitBeforeRetry: async () => {},
    waitUntilOnline: async () => {},
    now: () => 0,
    retry: { attempts: 3, firstDelayMs: 0 },
  };
}

// web-llm's own cache query, given the config the worker loads with, must agree with Sigilo's store.
describe("web-llm's hasModelInCache agrees with Sigilo's cache module", () => {
  it("before, after a complete download, after losing a shard and after deleting", async () => {
    const source = fakeSource("Qwen2.5-0.5B-Instruct-q4f32_1-MLC");
    const files = fakeModelFiles(source);
    const env = environment(fakeFetch(files));
    const store = createModelStore(env.cache);
    const appConfig = appConfigFor({ ...prebuiltAppConfig, cacheBackend: "indexeddb" }, source);
    const webLlmSays = () => hasModelInCache(source.modelId, appConfig);

    expect(await webLlmSays()).toBe(false);
    expect(await store.isComplete(source)).toBe(false);

    await downloadModel(source, env, () => {});
    expect(await webLlmSays()).toBe(true);
    expect(await store.isComplete(source)).toBe(true);

    await env.cache.delete("webllm/model", [new URL("params_shard_2.bin", source.filesUrl).href]);
    expect(await webLlmSays()).toBe(false);
    expect(await store.isComplete(source)).toBe(false);

    await downloadModel(source, env, () => {});
    expect(await webLlmSays()).toBe(true);
    await store.delete(source, []);
    expect(await store.inspect(source)).toBeUndefined();
    expect(await env.cache.has("webllm/wasm", source.libraryUrl)).toBe(false);
  });

  it("stores each file where and how web-llm reads it", async () => {
    const source = fakeSource("Llama-3.2-1B-Instruct-q4f32_1-MLC");
    const env = environment(fakeFetch(fakeModelFiles(source)));
    await downloadModel(source, env, () => {});
    // web-llm decodes the config from an ArrayBuffer and reads tensor-cache.json as parsed JSON.
    const config = await env.cache.read(
      "webllm/config",
      new URL("mlc-chat-config.json", source.filesUrl).href,
    );
    expect(config).toBeInstanceOf(ArrayBuffer);
    const manifest = await env.cache.read("webllm/model", new URL("tensor-cache.json", source.filesUrl).href);
    expect(manifest).toMatchObject({ records: expect.any(Array) });
    expect(await env.cache.read("webllm/wasm", source.libraryUrl)).toBeInstanceOf(ArrayBuffer);
  });
});
