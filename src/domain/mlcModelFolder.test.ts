import { describe, expect, it } from "vitest";
import {
  checkAnnouncedSize,
  MODEL_FILE_LIMITS,
  ModelFileError,
  modelTotalBytes,
  readChatConfig,
  readTensorCache,
} from "./mlcModelFolder";
import type { ModelFileProblem } from "./modelProblems";

const CONFIG = {
  model_type: "qwen2",
  quantization: "q4f16_1",
  context_window_size: 4096,
  conv_template: { name: "qwen2" },
  tokenizer_files: ["tokenizer.model", "tokenizer.json"],
};

function refusal(read: () => unknown): ModelFileProblem {
  try {
    read();
  } catch (error) {
    if (error instanceof ModelFileError) return error.reason;
    throw error;
  }
  throw new Error("expected a refusal");
}

const shards = (records: unknown[]) => readTensorCache({ records });

describe("the config rules", () => {
  it("reads what a usable config says, preferring tokenizer.json as web-llm does", () => {
    expect(readChatConfig(JSON.stringify(CONFIG))).toEqual({
      modelType: "qwen2",
      quantization: "q4f16_1",
      contextWindow: 4096,
      tokenizer: "tokenizer.json",
    });
  });

  it("wants a conversation template web-llm can spread, not a bare name", () => {
    expect(refusal(() => readChatConfig(JSON.stringify({ ...CONFIG, conv_template: "qwen2" })))).toEqual({
      code: "missing-field",
      file: "mlc-chat-config.json",
      field: "conv_template",
    });
  });
});

describe("the tensor-cache.json rules", () => {
  it("lists raw shards with their sizes", () => {
    expect(shards([{ dataPath: "params_shard_0.bin", nbytes: 10, format: "raw-shard" }])).toEqual([
      { dataPath: "params_shard_0.bin", nbytes: 10 },
    ]);
    expect(shards([{ dataPath: "sub/params_shard_0.bin", nbytes: 0 }])).toHaveLength(1);
  });

  it.each([
    "../other-model/params_shard_0.bin",
    "/params_shard_0.bin",
    "https://elsewhere.test/x.bin",
    "a.bin?x=1",
  ])("refuses a shard outside the model's folder: %s", (dataPath) => {
    expect(refusal(() => shards([{ dataPath, nbytes: 1 }]))).toEqual({
      code: "shard-path-outside-folder",
      file: "tensor-cache.json",
      path: dataPath,
    });
  });

  it("refuses a shard listed twice", () => {
    expect(
      refusal(() =>
        shards([
          { dataPath: "a.bin", nbytes: 1 },
          { dataPath: "a.bin", nbytes: 1 },
        ]),
      ),
    ).toEqual({
      code: "shard-listed-twice",
      file: "tensor-cache.json",
      path: "a.bin",
    });
  });

  it("refuses more shards, or a larger shard, than Sigilo reads", () => {
    const many = Array.from({ length: MODEL_FILE_LIMITS.shards + 1 }, (_, index) => ({
      dataPath: `${index}`,
      nbytes: 1,
    }));
    expect(refusal(() => shards(many))).toEqual({
      code: "too-many-shards",
      file: "tensor-cache.json",
      count: MODEL_FILE_LIMITS.shards + 1,
      limit: MODEL_FILE_LIMITS.shards,
    });
    expect(shards(many.slice(1))).toHaveLength(MODEL_FILE_LIMITS.shards);
    const bytes = MODEL_FILE_LIMITS.shardBytes + 1;
    expect(refusal(() => shards([{ dataPath: "a.bin", nbytes: bytes }]))).toEqual({
      code: "shard-too-large",
      file: "tensor-cache.json",
      shard: "a.bin",
      bytes,
      limitBytes: MODEL_FILE_LIMITS.shardBytes,
    });
  });
});

describe("the size limits", () => {
  it("refuses a file announced larger than its role allows, and nothing at or under it", () => {
    expect(() =>
      checkAnnouncedSize("config", "mlc-chat-config.json", MODEL_FILE_LIMITS.configBytes),
    ).not.toThrow();
    expect(refusal(() => checkAnnouncedSize("tokenizer", "tokenizer.json", 200 * 1024 * 1024))).toEqual({
      code: "file-too-large",
      file: "tokenizer.json",
      limitBytes: MODEL_FILE_LIMITS.tokenizerBytes,
      bytes: 200 * 1024 * 1024,
    });
  });

  it("counts every file of the model in its total", () => {
    const listed = [
      { dataPath: "a", nbytes: 100 },
      { dataPath: "b", nbytes: 50 },
    ];
    expect(modelTotalBytes({ config: 1, manifest: 2, tokenizer: 3, library: 4, shards: listed })).toBe(160);
  });
});
