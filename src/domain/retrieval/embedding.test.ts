import { prebuiltAppConfig } from "@mlc-ai/web-llm";
import { describe, expect, it } from "vitest";
import { modelFilesUrl } from "../modelSource";
import {
  EMBEDDING_MODEL_ID,
  EMBEDDING_MODEL_VRAM_MB,
  LARGE_DOCUMENT_TOKENS,
  embeddingModelSource,
  needsRetrieval,
} from "./embedding";

// The page cannot import web-llm at runtime, so the embedding model's URLs are copied; this keeps them honest.
describe("the embedding model", () => {
  it("is web-llm's own snowflake-arctic-embed-s record, at its files and library", () => {
    const record = prebuiltAppConfig.model_list.find((entry) => entry.model_id === EMBEDDING_MODEL_ID);
    expect(record?.model_type).toBe(1); // ModelType.embedding
    expect(embeddingModelSource()).toEqual({
      modelId: EMBEDDING_MODEL_ID,
      filesUrl: modelFilesUrl(record!.model),
      libraryUrl: record!.model_lib,
    });
  });

  it("asks for the GPU memory web-llm's record states", () => {
    const record = prebuiltAppConfig.model_list.find((entry) => entry.model_id === EMBEDDING_MODEL_ID);
    expect(Math.round(record!.vram_required_MB!)).toBe(EMBEDDING_MODEL_VRAM_MB);
  });
});

describe("needsRetrieval", () => {
  it("is true only past the tokens a document can be read whole in", () => {
    expect(needsRetrieval([{ tokens: LARGE_DOCUMENT_TOKENS }])).toBe(false);
    expect(needsRetrieval([{ tokens: LARGE_DOCUMENT_TOKENS - 1 }, { tokens: 2 }])).toBe(true);
    expect(needsRetrieval([])).toBe(false);
  });
});
