// @vitest-environment node
import { hasModelInCache, prebuiltAppConfig } from "@mlc-ai/web-llm";
import { describe, expect, it } from "vitest";
import { StoredModelCorruptError } from "../../domain/engineError";
import { importedModelSource, type ChosenFile, type ImportProgress } from "../../domain/importedModel";
import { appConfigFor } from "../webllm/appConfigFor";
import { downloadModel, type DownloadEnvironment } from "./modelDownload";
import { createModelImporter, type ImportEnvironment } from "./modelImport";
import { createModelStore } from "./modelStore";
import { createWebLlmCache, type WebLlmCache } from "../webllm/webLlmCache";

const SHARD_BYTES = 2048;
const CONFIG = {
  model_type: "llama",
  quantization: "q4f32_1",
  context_window_size: 2048,
  tokenizer_files: ["tokenizer.json"],
  conv_template: { name: "llama-3" },
};
const MANIFEST = {
  metadata: {},
  records: [0, 1, 2].map((index) => ({
    dataPath: `params_shard_${index}.bin`,
    format: "raw-shard",
    nbytes: SHARD_BYTES,
    records: [],
  })),
};

function folder(): ChosenFile[] {
  const text = (value: unknown) => new Blob([JSON.stringify(value)]);
  return [
    { path: "Tiny/mlc-chat-config.json", file: text(CONFIG) },
    { path: "Tiny/tensor-cache.json", file: text(MANIFEST) },
    { path: "Tiny/tokenizer.json", file: text({ model: { vocab: { a: 0 } } }) },
    ...[0, 1, 2].map((index) => ({
      path: `Tiny/params_shard_${index}.bin`,
      file: new Blob([new Uint8Array(SHARD_BYTES).fill(index + 1)]),
    })),
    { path: "Tiny/Tiny-webgpu.wasm", file: new Blob([new Uint8Array(700).fill(9)]) },
  ];
}
const folderBytes = () => folder().reduce((sum, chosen) => sum + chosen.file.size, 0);

let counter = 0;

function setup(overrides: Partial<ImportEnvironment> = {}) {
  const source = importedModelSource(`imported-test${++counter}`);
  const env: ImportEnvironment = {
    cache: createWebLlmCache(),
    estimateStorage: async () => ({ usage: 0, quota: 1e9 }),
    ...overrides,
  };
  const importer = createModelImporter(env);
  const progress: ImportProgress[] = [];
  const cancelling = new AbortController();
  const run = (files = folder()) =>
    importer.import(source, files, (report) => progress.push(report), cancelling.signal);
  const stored = () => createModelStore(env.cache).inspect(source);
  return { source, env, importer, progress, run, stored, cancel: () => cancelling.abort() };
}

/** Every key stored under the imported model's folder, in all three of web-llm's databases. */
async function keysOf(cache: WebLlmCache, modelId: string) {
  const prefix = `https://imported.sigilo.invalid/${modelId}/`;
  const all = await Promise.all(
    (["webllm/model", "webllm/config", "webllm/wasm"] as const).map((db) => cache.urlsUnder(db, prefix)),
  );
  return all.flat();
}

describe("importing a model from files", () => {
  it("stores every file where web-llm reads it, so it loads with no fetch at all", async () => {
    const { source, env, run, progress, stored } = setup();
    const result = await run();
    expect(result).toMatchObject({ ok: true, summary: { shardCount: 3, totalBytes: folderBytes() } });
    expect(progress.at(0)).toEqual({ bytesDone: 0, bytesTotal: folderBytes() });
    expect(progress.at(-1)).toEqual({ bytesDone: folderBytes(), bytesTotal: folderBytes() });
    expect(await stored()).toEqual({
      modelId: source.modelId,
      bytes: folderBytes(),
      complete: true,
      filesStored: 7,
      filesTotal: 7,
    });
    expect(await env.cache.read("webllm/model", `${source.filesUrl}tensor-cache.json`)).toEqual(MANIFEST);
    expect(await env.cache.read("webllm/wasm", source.libraryUrl)).toBeInstanceOf(ArrayBuffer);

    // web-llm's own cache query, with the config the worker loads with, finds it all.
    const appConfig = appConfigFor({ ...prebuiltAppConfig, cacheBackend: "indexeddb" }, source);
    expect(await hasModelInCache(source.modelId, appConfig)).toBe(true);
    // web-llm fetches a library whose URL names "localhost" directly, bypassing its cache; this one never does.
    expect(source.libraryUrl.startsWith("http") && !source.libraryUrl.includes("localhost")).toBe(true);

    // Loading goes through the downloader, which must find everything and fetch nothing.
    const requests: string[] = [];
    const download: DownloadEnvironment = {
      cache: env.cache,
      fetch: (url) => {
        requests.push(url);
        return Promise.reject(new TypeError("Failed to fetch"));
      },
      estimateStorage: env.estimateStorage,
      isOnline: () => true,
      waitBeforeRetry: async () => {},
      waitUntilOnline: async () => {},
      now: () => 0,
      retry: { attempts: 1, firstDelayMs: 0 },
    };
    await downloadModel(source, download, () => {});
    expect(requests).toEqual([]);

    // Once a file is gone it cannot be fetched: loading says it is missing, still without a request.
    await env.cache.delete("webllm/model", [`${source.filesUrl}params_shard_1.bin`]);
    await expect(downloadModel(source, download, () => {})).rejects.toBeInstanceOf(StoredModelCorruptError);
    expect(requests).toEqual([]);
  });

  it("refuses files that cannot be used before storing anything", async () => {
    const { env, source, run } = setup();
    const files = folder().filter((chosen) => !chosen.path.endsWith("params_shard_2.bin"));
    expect(await run(files)).toEqual({
      ok: false,
      problem: { kind: "shard-missing", name: "params_shard_2.bin" },
    });
    expect(await keysOf(env.cache, source.modelId)).toEqual([]);
  });

  it("refuses to start when the estimate says the files will not fit, touching nothing", async () => {
    const { env, source, run } = setup({ estimateStorage: async () => ({ usage: 900, quota: 1000 }) });
    expect(await run()).toEqual({
      ok: false,
      problem: { kind: "not-enough-storage", storage: { neededBytes: folderBytes(), freeBytes: 100 } },
    });
    expect(await keysOf(env.cache, source.modelId)).toEqual([]);
  });

  it("turns a QuotaExceededError while writing into the figures and deletes what was written", async () => {
    const { env, source, run } = setup();
    const put = env.cache.put;
    env.cache = {
      ...env.cache,
      put: async (database, url, data) => {
        if (url.endsWith("params_shard_1.bin")) throw new DOMException("full", "QuotaExceededError");
        return put(database, url, data);
      },
    };
    const estimates = [
      { usage: 0, quota: 1e9 },
      { usage: 50, quota: 100 },
    ];
    env.estimateStorage = async () => estimates.shift() ?? { usage: 50, quota: 100 };
    const result = await run();
    // Library, tokenizer and shard 0 were written before; shards 1 and 2, the manifest and config were not.
    const written = 700 + JSON.stringify({ model: { vocab: { a: 0 } } }).length + SHARD_BYTES;
    expect(result).toEqual({
      ok: false,
      problem: {
        kind: "not-enough-storage",
        storage: { neededBytes: folderBytes() - written, freeBytes: 50 },
      },
    });
    expect(await keysOf(env.cache, source.modelId)).toEqual([]);
  });

  it("refuses a file that changed since it was chosen, and deletes what was written", async () => {
    const { env, source, run } = setup();
    const files = folder().map((chosen) =>
      chosen.path.endsWith("params_shard_2.bin")
        ? { ...chosen, file: Object.assign(chosen.file, { arrayBuffer: async () => new ArrayBuffer(10) }) }
        : chosen,
    );
    expect(await run(files)).toEqual({
      ok: false,
      problem: { kind: "unreadable", name: "Tiny/params_shard_2.bin" },
    });
    expect(await keysOf(env.cache, source.modelId)).toEqual([]);
  });

  it("cancels cleanly when its signal aborts: nothing of the model stays", async () => {
    const { env, source, cancel, run } = setup();
    const files = folder().map((chosen) =>
      chosen.path.endsWith("params_shard_0.bin")
        ? {
            ...chosen,
            file: Object.assign(chosen.file, {
              arrayBuffer: async () => {
                cancel();
                return new Blob([new Uint8Array(SHARD_BYTES)]).arrayBuffer();
              },
            }),
          }
        : chosen,
    );
    expect(await run(files)).toEqual({ ok: false, problem: { kind: "cancelled" } });
    expect(await keysOf(env.cache, source.modelId)).toEqual([]);
  });
});
