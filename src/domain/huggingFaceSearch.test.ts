import { describe, expect, it } from "vitest";
import {
  judgeChatConfig,
  MAX_QUERY_LENGTH,
  MAX_RESULTS,
  modelSearchUrl,
  normaliseQuery,
  readSearchAnswer,
  retryAfterSeconds,
} from "./huggingFaceSearch";
import { requestPurpose } from "./networkRequest";
import { qwenConfig } from "../test/mlcConfigs";

describe("the search request", () => {
  it("carries the words typed and fixed filters, nothing else", () => {
    const url = new URL(modelSearchUrl("  legal   contracts "));
    expect(url.origin + url.pathname).toBe("https://huggingface.co/api/models");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      search: "legal contracts",
      filter: "mlc-llm",
      sort: "downloads",
      direction: "-1",
      limit: String(MAX_RESULTS),
    });
    expect(requestPurpose(url.href, "https://sigilo.example")).toBe("model search");
  });

  it("cuts long text to a few words' worth", () => {
    expect(normaliseQuery("x".repeat(5000))).toHaveLength(MAX_QUERY_LENGTH);
    expect(normaliseQuery("\n\t ")).toBe("");
  });
});

describe("readSearchAnswer", () => {
  it("reads the hub's list: id, author, name and downloads", () => {
    expect(
      readSearchAnswer([
        { _id: "1", id: "someone/Legal-Qwen-q4f32_1-MLC", downloads: 120, likes: 3, tags: ["mlc-llm"] },
        { id: "org/Other-MLC", author: "Org Inc", downloads: -1 },
      ]),
    ).toEqual([
      {
        id: "someone/Legal-Qwen-q4f32_1-MLC",
        author: "someone",
        name: "Legal-Qwen-q4f32_1-MLC",
        downloads: 120,
      },
      { id: "org/Other-MLC", author: "Org Inc", name: "Other-MLC", downloads: undefined },
    ]);
  });

  it("refuses what is not a list and skips entries that are not plausible models", () => {
    expect(readSearchAnswer({ error: "Invalid" })).toBeUndefined();
    expect(readSearchAnswer("[]")).toBeUndefined();
    expect(
      readSearchAnswer([
        null,
        7,
        { id: 42 },
        { id: "no-slash" },
        { id: "../../api/x" },
        { id: "a/b/c" },
        { id: "someone/../etc" },
        { id: "<script>/x" },
        { id: "ok/model" },
        { id: "ok/model" },
      ]),
    ).toEqual([{ id: "ok/model", author: "ok", name: "model", downloads: undefined }]);
  });

  it("keeps at most a page of results", () => {
    const many = Array.from({ length: 500 }, (_, index) => ({ id: `someone/m${index}` }));
    expect(readSearchAnswer(many)).toHaveLength(MAX_RESULTS);
  });
});

describe("judgeChatConfig", () => {
  it("names the catalog library that runs a matching fine-tune", () => {
    const verdict = judgeChatConfig(qwenConfig());
    expect(verdict.ok && verdict.library.card.id).toBe("Qwen2.5-0.5B-Instruct-q4f32_1-MLC");
    expect(verdict.ok && verdict.contextWindow).toBe(32768);
  });

  it("says why a config is unusable", () => {
    expect(judgeChatConfig("<!doctype html>")).toEqual({ ok: false, problem: { code: "config-unreadable" } });
    expect(judgeChatConfig(qwenConfig({ quantization: undefined }))).toEqual({
      ok: false,
      problem: { code: "config-unreadable" },
    });
    expect(judgeChatConfig(qwenConfig({ model_type: "rwkv6" }))).toMatchObject({
      ok: false,
      problem: { code: "unknown-architecture", modelType: "rwkv6" },
    });
    expect(judgeChatConfig(qwenConfig({ quantization: "q3f16_1" }))).toMatchObject({
      ok: false,
      problem: { code: "unknown-quantization" },
    });
    expect(judgeChatConfig(qwenConfig({}, { num_hidden_layers: 28 }))).toMatchObject({
      ok: false,
      problem: { code: "different-size" },
    });
    expect(judgeChatConfig(qwenConfig({ model_config: "big" }))).toMatchObject({
      ok: false,
      problem: { code: "different-size" },
    });
  });
});

describe("retryAfterSeconds", () => {
  it("reads seconds, not dates or nonsense", () => {
    expect(retryAfterSeconds("30")).toBe(30);
    expect(retryAfterSeconds(null)).toBeUndefined();
    expect(retryAfterSeconds("Wed, 21 Oct 2026 07:28:00 GMT")).toBeUndefined();
    expect(retryAfterSeconds("-5")).toBeUndefined();
  });
});
