import { describe, expect, it } from "vitest";
import { catalogSources, withCustomModels } from "./modelSources";

const TINY = {
  modelId: "custom-tiny",
  filesUrl: "https://huggingface.co/someone/Tiny-MLC/resolve/main/",
  libraryUrl: "https://raw.githubusercontent.com/someone/libs/main/Tiny-webgpu.wasm",
};

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
