// @vitest-environment node
import { describe, expect, it } from "vitest";
import { classifyEngineError, NotEnoughStorageError } from "../../domain/engineError";
import type { DownloadProgress } from "../../domain/generation";
import { countedBody } from "../../test/countedBody";
import { downloadModel, type DownloadEnvironment } from "./modelDownload";
import { createModelStore } from "./modelStore";
import { SHARD_BYTES, fakeFetch, fakeModelFiles, fakeSource } from "./testing/fakeModelFiles";
import { createWebLlmCache } from "../webllm/webLlmCache";

let counter = 0;

/** A fresh model id per test, so each test has its own files in the shared fake IndexedDB. */
function setup(overrides: Partial<DownloadEnvironment> = {}) {
  const source = fakeSource(`Model-${++counter}-q4f32_1-MLC`);
  const files = fakeModelFiles(source);
  const network = fakeFetch(files);
  const waits: number[] = [];
  const env: DownloadEnvironment = {
    cache: createWebLlmCache(),
    fetch: network.fetch,
    estimateStorage: async () => ({ usage: 0, quota: 1e9 }),
    isOnline: () => true,
    waitBeforeRetry: async (ms) => void waits.push(ms),
    waitUntilOnline: async () => {},
    now: () => 0,
    retry: { attempts: 4, firstDelayMs: 1000 },
    ...overrides,
  };
  const progress: DownloadProgress[] = [];
  const download = () => downloadModel(source, env, (report) => progress.push(report));
  const shard = (index: number) => new URL(`params_shard_${index}.bin`, source.filesUrl).href;
  const count = (url: string) => network.requests.filter((requested) => requested === url).length;
  return {
    source,
    files,
    network,
    env,
    waits,
    progress,
    download,
    shard,
    count,
    store: createModelStore(env.cache),
  };
}

describe("downloadModel", () => {
  it("stores every file once and reports bytes actually read", async () => {
    const { download, network, files, progress, store, source } = setup();
    await download();
    expect(network.requests).toHaveLength(files.size);
    const last = progress.at(-1)!;
    // Every file of the model, the config and tensor-cache.json included: the total the add-a-model check shows.
    const total = [...files.values()].reduce((sum, body) => sum + body.byteLength, 0);
    expect(last.bytesDone).toBe(total);
    expect(last.bytesTotal).toBe(total);
    expect(last.fraction).toBe(1);
    expect(await store.inspect(source)).toEqual({
      modelId: source.modelId,
      bytes: total,
      complete: true,
      filesStored: files.size,
      filesTotal: files.size,
    });
  });

  it("resumes after an interruption without fetching the stored files again", async () => {
    const { download, network, shard, count } = setup({ retry: { attempts: 2, firstDelayMs: 0 } });
    // The connection goes away for good at shard 2: the first run gives up there.
    network.interfere((url) => (url === shard(2) ? "drop" : undefined));
    await expect(download()).rejects.toThrow("Failed to fetch");
    expect(count(shard(0))).toBe(1);
    expect(count(shard(3))).toBe(0);

    network.interfere(() => undefined);
    const before = network.requests.length;
    await download();
    const second = network.requests.slice(before);
    // Only the files that were not stored: shard 2 (the one interrupted) and shard 3.
    expect(second).toEqual([shard(2), shard(3)]);
  });

  it("never keeps a truncated shard: it is fetched again", async () => {
    const { download, network, shard, count, store, source, waits } = setup();
    network.interfere((url, attempt) => (url === shard(1) && attempt === 1 ? "truncate" : undefined));
    await download();
    expect(count(shard(1))).toBe(2);
    expect(waits).toEqual([1000]);
    expect((await store.inspect(source))?.complete).toBe(true);
  });

  it("retries with doubling waits, then fails with the last error and keeps what was stored", async () => {
    const { download, network, shard, waits, store, source, progress } = setup();
    network.interfere((url) => (url === shard(3) ? "error-500" : undefined));
    await expect(download()).rejects.toMatchObject({
      reason: { code: "http-status", file: "params_shard_3.bin", status: 500 },
    });
    expect(waits).toEqual([1000, 2000, 4000]);
    expect(progress.map((p) => p.notice)).toContainEqual({
      code: "retrying",
      cause: { code: "http-status", file: "params_shard_3.bin", status: 500 },
      delaySeconds: 2,
      attempt: 3,
      attempts: 4,
      filesKept: 7,
    });
    // Config, tensor-cache.json, tokenizer, library and shards 0 to 2.
    expect(await store.inspect(source)).toMatchObject({ complete: false, filesStored: 7 });
  });

  it("does not retry a missing file", async () => {
    const { download, files, shard, waits } = setup();
    files.delete(shard(0));
    await expect(download()).rejects.toMatchObject({
      reason: { code: "http-status", file: "params_shard_0.bin", status: 404 },
    });
    expect(waits).toEqual([]);
  });

  it("waits for the connection while offline, without using up attempts", async () => {
    let online = false;
    let waitedForOnline = 0;
    const { download, network, shard, count } = setup({
      isOnline: () => online,
      waitUntilOnline: async () => {
        waitedForOnline++;
        online = true;
      },
      retry: { attempts: 1, firstDelayMs: 0 },
    });
    network.interfere((url, attempt) => (url === shard(0) && attempt === 1 ? "drop" : undefined));
    await download();
    expect(waitedForOnline).toBe(1);
    expect(count(shard(0))).toBe(2);
  });

  it("refuses to start when the browser's estimate says the rest will not fit, touching nothing", async () => {
    const { download, network } = setup({ estimateStorage: async () => ({ usage: 900, quota: 1000 }) });
    const error = await download().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NotEnoughStorageError);
    expect((error as NotEnoughStorageError).shortfall).toEqual({
      neededBytes: 4 * SHARD_BYTES,
      freeBytes: 100,
    });
    // Only the small files that describe the model were fetched; no weights.
    expect(network.requests.some((url) => url.endsWith(".bin"))).toBe(false);
  });

  it("turns a QuotaExceededError while storing into the figures, keeping the files already stored", async () => {
    const { env, download, store, source } = setup();
    const put = env.cache.put;
    let puts = 0;
    env.cache = {
      ...env.cache,
      put: async (database, url, data) => {
        if (url.endsWith("params_shard_2.bin")) throw new DOMException("full", "QuotaExceededError");
        puts++;
        return put(database, url, data);
      },
    };
    // Room enough at the start; full by the time shard 2 is written.
    const estimates = [
      { usage: 0, quota: 1e9 },
      { usage: 100, quota: 100 },
    ];
    env.estimateStorage = async () => estimates.shift() ?? { usage: 100, quota: 100 };
    const error = await download().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NotEnoughStorageError);
    expect((error as NotEnoughStorageError).shortfall).toEqual({
      neededBytes: 2 * SHARD_BYTES,
      freeBytes: 0,
    });
    expect(puts).toBe(6);
    // Config, tensor-cache.json, tokenizer, library, shards 0 and 1.
    expect(await store.inspect(source)).toMatchObject({ complete: false, filesStored: 6 });
  });

  it("rejects a tensor-cache.json that is not MLC's format, saying what is wrong", async () => {
    const { download, files, source } = setup();
    files.set(
      new URL("tensor-cache.json", source.filesUrl).href,
      new TextEncoder().encode('{"records": []}'),
    );
    await expect(download()).rejects.toMatchObject({
      reason: { code: "no-shard-records", file: "tensor-cache.json" },
    });
  });

  it("refuses a config larger than it reads: at once when announced, past the limit when not", async () => {
    const huge = 200 * 1024 * 1024;
    for (const headers of [{ "content-length": String(huge) }, {}] as Record<string, string>[]) {
      const { env, download, source, store } = setup();
      const config = countedBody(huge, headers);
      const realFetch = env.fetch;
      env.fetch = async (url) => (url.endsWith("mlc-chat-config.json") ? config.response() : realFetch(url));
      await expect(download()).rejects.toMatchObject({
        reason: { code: "file-too-large", file: "mlc-chat-config.json", limitBytes: 1024 * 1024 },
      });
      // Never more than a chunk past the limit was read, and nothing was stored.
      expect(config.pulled.bytes).toBeLessThan(2 * 1024 * 1024);
      expect(await store.inspect(source)).toBeUndefined();
    }
  });

  it("refuses a manifest listing 100,000 shards before fetching any of them", async () => {
    const { download, files, source, network } = setup();
    const records = Array.from({ length: 100_000 }, (_, index) => ({
      dataPath: `params_shard_${index}.bin`,
      format: "raw-shard",
      nbytes: 32,
    }));
    files.set(
      new URL("tensor-cache.json", source.filesUrl).href,
      new TextEncoder().encode(JSON.stringify({ records })),
    );
    const failure = await download().catch((caught: unknown) => caught);
    expect(classifyEngineError(failure)).toMatchObject({
      kind: "model-files-invalid",
      reason: { code: "too-many-shards", file: "tensor-cache.json", count: 100_000, limit: 4096 },
    });
    expect(network.requests.some((url) => url.endsWith(".bin"))).toBe(false);
  });
});
