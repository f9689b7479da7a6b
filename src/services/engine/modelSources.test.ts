import { describe, expect, it } from "vitest";
import { catalogSources, withCustomModels } from "./modelSources";

const TINY = {
  modelId: "custom-tiny",
  filesUrl: "https://huggingface.co/someone/Tiny-MLC/resolve/main/",
  libraryUrl: "https://raw.githubusercontent.com/someone/libs/main/Tiny-webgpu.wasm",
};

describe("catalogSources", () => {
  it("knows the embedding model documents are indexed with, through the mirror too, without a catalog card", () => {
    const sources = catalogSources("https://models.corp.example/");
    const embedding = sources.source("snowflake-arctic-embed-s-q0f32-MLC-b4");
    expect(embedding?.filesUrl).toBe(
      "https://models.corp.example/mlc-ai/snowflake-arctic-embed-s-q0f32-MLC/resolve/main/",
    );
    expect(sources.all()).toContainEqual(embedding);
  });
});

describe("withCustomModels", () => {
  it("adds the user's models after the catalog, with their own URLs even under a mirror", () => {
    const catalog = catalogSources("https://models.corp.example/");
    const sources = withCustomModels(catalog);
    expect(sources.source("custom-tiny")).toBeUndefined();
    sources.setCustom([TINY]);
    expect(sources.source("custom-tiny")).toEqual(TINY);
    expect(sources.all()).toEqual([...catalog.all(), TINY]);
    sources.setCustom([]);
    expect(sources.all()).toEqual(catalog.all());
  });
});
