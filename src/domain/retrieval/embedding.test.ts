import { prebuiltAppConfig } from "@mlc-ai/web-llm";
import { describe, expect, it } from "vitest";
import { modelFilesUrl } from "../modelSource";
import { EMBEDDING_MODEL_ID, embeddingModelSource } from "./embedding";

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
});
