import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fuzzParameters } from "../test/fuzz";
import { judgeChatConfig, MAX_RESULTS, modelSearchUrl, readSearchAnswer } from "./huggingFaceSearch";
import { KNOWN_LIBRARIES } from "./modelArchitecture";

const repositoryId = fc.oneof(
  fc.string(),
  fc.tuple(fc.string(), fc.string()).map(([owner, name]) => `${owner}/${name}`),
  fc.constantFrom("a/b", "../x/y", "a/b/c", "a//b", "/a", "a/"),
);

const hostileEntry = fc.oneof(
  fc.jsonValue(),
  fc.record(
    {
      id: fc.oneof(repositoryId, fc.jsonValue()),
      author: fc.oneof(fc.string(), fc.jsonValue()),
      downloads: fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(Number.MAX_SAFE_INTEGER + 2)),
    },
    { requiredKeys: [] },
  ),
);

const dimension = fc.oneof(
  fc.integer({ min: -2, max: 300_000 }),
  fc.double(),
  fc.string(),
  fc.constant(null),
);

const hostileConfig = fc.oneof(
  fc.string(),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc
    .record(
      {
        model_type: fc.oneof(fc.constantFrom("llama", "qwen2", "qwen3", "gemma2", "phi3"), fc.string()),
        quantization: fc.oneof(fc.constantFrom("q4f16_1", "q4f32_1"), fc.string()),
        context_window_size: fc.oneof(fc.integer(), fc.double(), fc.string()),
        tokenizer_files: fc.oneof(fc.constant(["tokenizer.json"]), fc.jsonValue()),
        conv_template: fc.oneof(fc.constant({ name: "chatml" }), fc.jsonValue()),
        model_config: fc.oneof(
          fc.jsonValue(),
          fc.record(
            {
              hidden_size: dimension,
              num_hidden_layers: dimension,
              num_attention_heads: dimension,
              num_key_value_heads: dimension,
              head_dim: dimension,
              intermediate_size: dimension,
              vocab_size: dimension,
            },
            { requiredKeys: [] },
          ),
        ),
      },
      { requiredKeys: [] },
    )
    .map((value) => JSON.stringify(value)),
);

describe("model search takes anything Hugging Face (or an impostor) sends", () => {
  it("the list: undefined, or at most a page of distinct, well-formed repositories", () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.array(hostileEntry, { maxLength: 40 })), (value) => {
        const models = readSearchAnswer(value);
        if (models === undefined) {
          expect(Array.isArray(value)).toBe(false);
          return;
        }
        expect(models.length).toBeLessThanOrEqual(MAX_RESULTS);
        expect(new Set(models.map((model) => model.id)).size).toBe(models.length);
        for (const model of models) {
          expect(model.id).toMatch(/^[\w.-]+\/[\w.-]+$/);
          expect(model.id).not.toContain("..");
          // Its model URL stays a repository on the hub.
          expect(new URL(`https://huggingface.co/${model.id}`).pathname).toBe(`/${model.id}`);
          if (model.downloads !== undefined) expect(Number.isSafeInteger(model.downloads)).toBe(true);
        }
      }),
      fuzzParameters(),
    );
  });

  it("a config: a verdict, never a throw, and a match only to a library with every dimension equal", () => {
    fc.assert(
      fc.property(hostileConfig, (text) => {
        const verdict = judgeChatConfig(text);
        if (!verdict.ok) {
          expect(verdict.problem.code).toBeTruthy();
          return;
        }
        expect(KNOWN_LIBRARIES).toContain(verdict.library);
        const config = JSON.parse(text) as {
          model_type: string;
          quantization: string;
          model_config: Record<string, unknown>;
        };
        expect(verdict.library.architecture.modelType).toBe(config.model_type);
        expect(verdict.library.quantization).toBe(config.quantization);
        expect(config.model_config.num_hidden_layers).toBe(verdict.library.architecture.layers);
      }),
      fuzzParameters(),
    );
  });

  it("a real architecture with one dimension changed never matches", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KNOWN_LIBRARIES),
        fc.constantFrom(
          "hidden_size",
          "num_hidden_layers",
          "num_attention_heads",
          "intermediate_size",
          "vocab_size",
        ),
        fc.integer({ min: 1, max: 4096 }),
        ({ architecture, quantization }, field, delta) => {
          const model_config: Record<string, number> = {
            hidden_size: architecture.hiddenSize,
            num_hidden_layers: architecture.layers,
            num_attention_heads: architecture.attentionHeads,
            num_key_value_heads: architecture.kvHeads,
            head_dim: architecture.headDim,
            intermediate_size: architecture.intermediateSize,
            vocab_size: architecture.vocabSize,
          };
          const base = {
            model_type: architecture.modelType,
            quantization,
            context_window_size: 4096,
            tokenizer_files: ["tokenizer.json"],
            conv_template: { name: "chatml" },
          };
          expect(judgeChatConfig(JSON.stringify({ ...base, model_config })).ok).toBe(true);
          model_config[field] = model_config[field]! + delta;
          expect(judgeChatConfig(JSON.stringify({ ...base, model_config })).ok).toBe(false);
        },
      ),
      fuzzParameters(),
    );
  });

  it("the request: any typed text becomes one search parameter on the hub's listing", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
        const url = new URL(modelSearchUrl(text));
        expect(url.origin + url.pathname).toBe("https://huggingface.co/api/models");
        expect([...url.searchParams.keys()]).toEqual(["search", "filter", "sort", "direction", "limit"]);
        expect(url.searchParams.get("filter")).toBe("mlc-llm");
      }),
      fuzzParameters(),
    );
  });
});
