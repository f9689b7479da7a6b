import { describe, expect, it } from "vitest";
import type { ChosenFileInfo } from "./importedModel";
import { planModelImport } from "./modelFolderCheck";

const CONFIG = {
  model_type: "llama",
  quantization: "q4f16_1",
  context_window_size: 4096,
  tokenizer_files: ["tokenizer.json"],
  conv_template: { name: "llama-3" },
};
const MANIFEST = {
  records: [
    { dataPath: "params_shard_0.bin", format: "raw-shard", nbytes: 1000 },
    { dataPath: "params_shard_1.bin", format: "raw-shard", nbytes: 500 },
  ],
};

/** A folder "Tiny" holding a good model, changed as asked (null leaves a file out). */
function folder(changes: Record<string, string | number | null> = {}) {
  const files: Record<string, string | number> = {
    "Tiny/mlc-chat-config.json": JSON.stringify(CONFIG),
    "Tiny/tensor-cache.json": JSON.stringify(MANIFEST),
    "Tiny/tokenizer.json": "{}",
    "Tiny/params_shard_0.bin": 1000,
    "Tiny/params_shard_1.bin": 500,
    "Tiny/Tiny-webgpu.wasm": 300,
  };
  for (const [path, change] of Object.entries(changes)) {
    if (change === null) delete files[path];
    else files[path] = change;
  }
  const listing: ChosenFileInfo[] = Object.entries(files).map(([path, body]) => ({
    path,
    size: typeof body === "number" ? body : new TextEncoder().encode(body).byteLength,
  }));
  const read = async (path: string) => String(files[path]);
  return planModelImport(listing, read);
}

async function problem(changes: Record<string, string | number | null>) {
  const result = await folder(changes);
  if (result.ok) throw new Error("expected a problem");
  return result.problem;
}

describe("planModelImport", () => {
  it("summarises a usable folder and stores the config last", async () => {
    const result = await folder();
    if (!result.ok) throw new Error(result.problem.kind);
    const configBytes = JSON.stringify(CONFIG).length;
    const manifestBytes = JSON.stringify(MANIFEST).length;
    expect(result.summary).toEqual({
      folderName: "Tiny",
      modelType: "llama",
      quantization: "q4f16_1",
      contextWindow: 4096,
      weightsBytes: 1500,
      shardCount: 2,
      totalBytes: configBytes + manifestBytes + 2 + 1500 + 300,
      fileCount: 6,
      libraryName: "Tiny-webgpu.wasm",
    });
    expect(result.files.map((file) => `${file.role}:${file.name}`)).toEqual([
      "library:Tiny-webgpu.wasm",
      "tokenizer:tokenizer.json",
      "shard:params_shard_0.bin",
      "shard:params_shard_1.bin",
      "manifest:tensor-cache.json",
      "config:mlc-chat-config.json",
    ]);
  });

  it("accepts loose files and a library beside the model's folder", async () => {
    const loose = await planModelImport(
      [
        { path: "mlc-chat-config.json", size: 10 },
        { path: "tensor-cache.json", size: 10 },
        { path: "tokenizer.json", size: 2 },
        { path: "params_shard_0.bin", size: 1000 },
        { path: "params_shard_1.bin", size: 500 },
        { path: "lib.wasm", size: 3 },
      ],
      async (path) => JSON.stringify(path.startsWith("mlc") ? CONFIG : MANIFEST),
    );
    expect(loose.ok && loose.summary.folderName).toBe("");
    const beside = await folder({ "Tiny/Tiny-webgpu.wasm": null, "Tiny-webgpu.wasm": 300 });
    expect(beside.ok && beside.summary.libraryName).toBe("Tiny-webgpu.wasm");
  });

  it("names the missing or mis-sized shard", async () => {
    expect(await problem({ "Tiny/params_shard_1.bin": null })).toEqual({
      kind: "shard-missing",
      name: "params_shard_1.bin",
    });
    expect(await problem({ "Tiny/params_shard_0.bin": 999 })).toEqual({
      kind: "shard-size",
      name: "params_shard_0.bin",
      actualBytes: 999,
      expectedBytes: 1000,
    });
  });

  it("wants exactly one library", async () => {
    expect(await problem({ "Tiny/Tiny-webgpu.wasm": null })).toEqual({ kind: "no-library" });
    expect(await problem({ "Other.wasm": 5 })).toEqual({
      kind: "several-libraries",
      names: ["Tiny/Tiny-webgpu.wasm", "Other.wasm"],
    });
  });

  it("says what is wrong with the config", async () => {
    expect(await problem({ "Tiny/mlc-chat-config.json": null })).toEqual({ kind: "no-config" });
    expect(await problem({ "Tiny/mlc-chat-config.json": "<html>" })).toEqual({
      kind: "invalid-file",
      problem: { code: "not-json", file: "mlc-chat-config.json" },
    });
    expect(await problem({ "Tiny/mlc-chat-config.json": "[1]" })).toEqual({
      kind: "invalid-file",
      problem: { code: "not-json-object", file: "mlc-chat-config.json" },
    });
    for (const field of [
      "model_type",
      "quantization",
      "context_window_size",
      "conv_template",
      "tokenizer_files",
    ]) {
      const config: Record<string, unknown> = { ...CONFIG };
      delete config[field];
      expect(await problem({ "Tiny/mlc-chat-config.json": JSON.stringify(config) })).toEqual({
        kind: "invalid-file",
        problem: { code: "missing-field", file: "mlc-chat-config.json", field },
      });
    }
    const nested = { ...CONFIG, context_window_size: undefined, model_config: { context_window_size: 2048 } };
    const result = await folder({ "Tiny/mlc-chat-config.json": JSON.stringify(nested) });
    expect(result.ok && result.summary.contextWindow).toBe(2048);
    const sentencePiece = { ...CONFIG, tokenizer_files: ["tokenizer.model"] };
    expect(await problem({ "Tiny/mlc-chat-config.json": JSON.stringify(sentencePiece) })).toEqual({
      kind: "tokenizer-missing",
      name: "tokenizer.model",
    });
    const unknown = { ...CONFIG, tokenizer_files: ["vocab.txt"] };
    expect(await problem({ "Tiny/mlc-chat-config.json": JSON.stringify(unknown) })).toEqual({
      kind: "invalid-file",
      problem: { code: "no-known-tokenizer", file: "mlc-chat-config.json" },
    });
  });

  it("says what is wrong with the manifest", async () => {
    expect(await problem({ "Tiny/tensor-cache.json": null })).toEqual({ kind: "no-manifest" });
    expect(await problem({ "Tiny/tensor-cache.json": null, "Tiny/ndarray-cache.json": "{}" })).toEqual({
      kind: "no-manifest",
      oldName: "ndarray-cache.json",
    });
    expect(await problem({ "Tiny/tensor-cache.json": '{"records": []}' })).toEqual({
      kind: "invalid-file",
      problem: { code: "no-shard-records", file: "tensor-cache.json" },
    });
    expect(await problem({ "Tiny/tensor-cache.json": '{"records": [{"nbytes": 1}]}' })).toEqual({
      kind: "invalid-file",
      problem: { code: "record-without-path", file: "tensor-cache.json", index: 0 },
    });
    const safetensors = { records: [{ dataPath: "a.bin", format: "safetensors", nbytes: 1 }] };
    expect(await problem({ "Tiny/tensor-cache.json": JSON.stringify(safetensors) })).toEqual({
      kind: "invalid-file",
      problem: { code: "unsupported-shard-format", file: "tensor-cache.json", format: "safetensors" },
    });
  });

  it("refuses files larger than Sigilo reads before reading them", async () => {
    const read: string[] = [];
    const listing: ChosenFileInfo[] = [
      { path: "Tiny/mlc-chat-config.json", size: 200 * 1024 * 1024 },
      { path: "Tiny/tensor-cache.json", size: 100 },
    ];
    const result = await planModelImport(listing, async (path) => {
      read.push(path);
      return "{}";
    });
    expect(result).toEqual({
      ok: false,
      problem: {
        kind: "invalid-file",
        problem: {
          code: "file-too-large",
          file: "mlc-chat-config.json",
          limitBytes: 1024 * 1024,
          bytes: 200 * 1024 * 1024,
        },
      },
    });
    expect(read).toEqual([]);
    expect(await problem({ "Tiny/tokenizer.json": 65 * 1024 * 1024 })).toMatchObject({
      kind: "invalid-file",
      problem: { code: "file-too-large", file: "tokenizer.json" },
    });
  });

  it("refuses an empty tokenizer, two models, and nothing at all", async () => {
    expect(await problem({ "Tiny/tokenizer.json": "" })).toEqual({
      kind: "empty-file",
      name: "tokenizer.json",
    });
    expect(await problem({ "Other/mlc-chat-config.json": "{}" })).toEqual({
      kind: "several-configs",
      folders: ["Tiny", "Other"],
    });
    expect((await planModelImport([], async () => "")).ok).toBe(false);
  });
});
