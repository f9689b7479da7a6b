import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fuzzParameters } from "../test/fuzz";
import { MODEL_FILE_LIMITS, ModelFileError, readChatConfig, readTensorCache } from "./mlcModelFolder";

const FOLDER = "https://host.test/someone/model/resolve/main/";

/** Records as a broken or hostile host might write them: any JSON, or near-valid ones with odd paths and sizes. */
const hostileRecord = fc.oneof(
  fc.jsonValue(),
  fc.record({
    dataPath: fc.oneof(
      fc.string(),
      fc.constantFrom(
        "../x.bin",
        "/x.bin",
        "https://elsewhere.test/x.bin",
        "a.bin#frag",
        "a/../../b.bin",
        ".",
      ),
    ),
    nbytes: fc.oneof(fc.integer(), fc.double(), fc.constant(MODEL_FILE_LIMITS.shardBytes + 1), fc.string()),
    format: fc.option(fc.constantFrom("raw-shard", "safetensors", ""), { nil: undefined }),
  }),
);

describe("the MLC folder rules take anything a host sends", () => {
  it("tensor-cache.json: refused with a reason, or only shards inside the folder, once each, within limits", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.jsonValue(), fc.record({ records: fc.array(hostileRecord, { maxLength: 12 }) })),
        (value) => {
          let listed;
          try {
            listed = readTensorCache(value);
          } catch (error) {
            expect(error).toBeInstanceOf(ModelFileError);
            return;
          }
          expect(listed.length).toBeGreaterThan(0);
          expect(new Set(listed.map((shard) => shard.dataPath)).size).toBe(listed.length);
          for (const shard of listed) {
            // Where web-llm (and the downloader) will look for it: inside the model's folder.
            expect(new URL(shard.dataPath, FOLDER).href.startsWith(FOLDER)).toBe(true);
            expect(Number.isSafeInteger(shard.nbytes) && shard.nbytes >= 0).toBe(true);
            expect(shard.nbytes).toBeLessThanOrEqual(MODEL_FILE_LIMITS.shardBytes);
          }
        },
      ),
      fuzzParameters(),
    );
  });

  it("mlc-chat-config.json: refused with a reason, or every fact the app needs", () => {
    const nearConfig = fc.record(
      {
        model_type: fc.oneof(fc.string(), fc.jsonValue()),
        quantization: fc.oneof(fc.string(), fc.jsonValue()),
        context_window_size: fc.oneof(fc.integer(), fc.double(), fc.jsonValue()),
        conv_template: fc.oneof(fc.object(), fc.string(), fc.jsonValue()),
        tokenizer_files: fc.oneof(
          fc.array(fc.constantFrom("tokenizer.json", "tokenizer.model", "vocab.txt")),
          fc.jsonValue(),
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          nearConfig.map((config) => JSON.stringify(config)),
        ),
        (text) => {
          let facts;
          try {
            facts = readChatConfig(text);
          } catch (error) {
            expect(error).toBeInstanceOf(ModelFileError);
            return;
          }
          expect(facts.modelType).not.toBe("");
          expect(facts.quantization).not.toBe("");
          expect(Number.isSafeInteger(facts.contextWindow) && facts.contextWindow > 0).toBe(true);
          expect(["tokenizer.json", "tokenizer.model"]).toContain(facts.tokenizer);
        },
      ),
      fuzzParameters(),
    );
  });
});
