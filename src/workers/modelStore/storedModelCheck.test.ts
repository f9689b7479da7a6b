// @vitest-environment node
import { describe, expect, it } from "vitest";
import { classifyEngineError } from "../../domain/engineError";
import { configFile, tensorCacheFile } from "../webllm/webLlmFiles";
import { verifyStoredModel } from "./storedModelCheck";
import { fakeSource } from "./testing/fakeModelFiles";
import { downloadFakeModel } from "./testing/storeFakeModel";
import { createWebLlmCache } from "../webllm/webLlmCache";

let counter = 0;

async function storedModel() {
  const source = fakeSource(`Checked-${++counter}-q4f32_1-MLC`);
  const cache = createWebLlmCache();
  await downloadFakeModel(cache, source);
  const shard = new URL("params_shard_1.bin", source.filesUrl).href;
  return { source, cache, shard };
}

async function failure(check: Promise<void>) {
  const error = await check.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  return classifyEngineError(error);
}

describe("verifyStoredModel", () => {
  it("accepts a model stored whole", async () => {
    const { source, cache } = await storedModel();
    await expect(verifyStoredModel(source, cache)).resolves.toBeUndefined();
  });

  it("reports a truncated shard as a corrupt stored model, naming the file and sizes", async () => {
    const { source, cache, shard } = await storedModel();
    await cache.put("webllm/model", shard, new ArrayBuffer(10));
    const error = await failure(verifyStoredModel(source, cache));
    expect(error.kind).toBe("stored-model-corrupt");
    expect(error.reason).toEqual({
      code: "stored-file-wrong-size",
      file: "params_shard_1.bin",
      bytes: 10,
      expectedBytes: 4096,
    });
  });

  it("reports an unparsable config and a manifest in the wrong form", async () => {
    const first = await storedModel();
    const config = configFile(first.source);
    await first.cache.put(config.database, config.url, new TextEncoder().encode("{not json").buffer);
    expect((await failure(verifyStoredModel(first.source, first.cache))).kind).toBe("stored-model-corrupt");

    const second = await storedModel();
    const manifest = tensorCacheFile(second.source);
    await second.cache.put(manifest.database, manifest.url, { records: "garbled" });
    const error = await failure(verifyStoredModel(second.source, second.cache));
    expect(error).toMatchObject({ kind: "stored-model-corrupt" });
    expect(error.reason).toMatchObject({
      code: "stored-file-unparseable",
      file: "tensor-cache.json",
      problem: { code: "no-shard-records", file: "tensor-cache.json" },
    });
  });

  it("reports a file that went missing", async () => {
    const { source, cache, shard } = await storedModel();
    await cache.delete("webllm/model", [shard]);
    const error = await failure(verifyStoredModel(source, cache));
    expect(error.kind).toBe("stored-model-corrupt");
    expect(error.reason).toEqual({ code: "stored-file-missing", file: "params_shard_1.bin" });
  });

  it("reports a file stored as another record type than web-llm reads", async () => {
    // web-llm 0.2.79 stored the config parsed; 0.2.86 decodes it from bytes and would fail on an object.
    const first = await storedModel();
    const config = configFile(first.source);
    await first.cache.put(config.database, config.url, { model_type: "qwen2" });
    expect((await failure(verifyStoredModel(first.source, first.cache))).reason).toEqual({
      code: "stored-file-wrong-type",
      file: "mlc-chat-config.json",
    });
    // tensor-cache.json is the one file web-llm reads parsed: bytes there are as wrong.
    const second = await storedModel();
    const manifest = tensorCacheFile(second.source);
    await second.cache.put(manifest.database, manifest.url, new TextEncoder().encode("{}").buffer);
    expect((await failure(verifyStoredModel(second.source, second.cache))).reason).toEqual({
      code: "stored-file-wrong-type",
      file: "tensor-cache.json",
    });
    // A typed array is an object too, but not parsed JSON: web-llm would find no records in it.
    const third = await storedModel();
    const viewed = tensorCacheFile(third.source);
    await third.cache.put(viewed.database, viewed.url, new TextEncoder().encode("{}"));
    expect((await failure(verifyStoredModel(third.source, third.cache))).reason).toEqual({
      code: "stored-file-wrong-type",
      file: "tensor-cache.json",
    });
  });
});
