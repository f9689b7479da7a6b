import { describe, expect, it } from "vitest";
import { withLibraryVersion } from "./libraryUpgrade";
import { MODEL_CATALOG, catalogSource } from "./modelCatalog";
import { mirrorProblem, modelHosts, PUBLIC_MODEL_HOSTS } from "./modelHosts";
import { mirrorPaths, mirroredSource, modelFilesUrl } from "./modelSource";
import { catalogSources } from "../services/engine/modelSources";

describe("modelFilesUrl (web-llm's cleanModelUrl)", () => {
  it("appends /resolve/main/ to a repository URL, with or without a trailing slash", () => {
    expect(modelFilesUrl("https://huggingface.co/mlc-ai/X-MLC")).toBe(
      "https://huggingface.co/mlc-ai/X-MLC/resolve/main/",
    );
    expect(modelFilesUrl("https://huggingface.co/mlc-ai/X-MLC/")).toBe(
      "https://huggingface.co/mlc-ai/X-MLC/resolve/main/",
    );
  });
  it("keeps a URL that already names a revision", () => {
    expect(modelFilesUrl("https://host/m/resolve/v2/")).toBe("https://host/m/resolve/v2/");
  });
});

describe("mirroredSource", () => {
  const source = catalogSource(MODEL_CATALOG[0]!);

  it("moves the weights and the library under the mirror, in the layout npm run mirror writes", () => {
    expect(mirroredSource(source, "https://models.corp.example/sigilo")).toEqual({
      modelId: source.modelId,
      filesUrl: `https://models.corp.example/sigilo/mlc-ai/${source.modelId}/resolve/main/`,
      libraryUrl:
        "https://models.corp.example/sigilo/libs/v0_2_86/SmolLM2-360M-Instruct-q4f16_1_cs1k-webgpu.wasm",
    });
    expect(mirrorPaths(source)).toEqual({
      filesDir: `mlc-ai/${source.modelId}/resolve/main/`,
      libraryPath: "libs/v0_2_86/SmolLM2-360M-Instruct-q4f16_1_cs1k-webgpu.wasm",
    });
  });

  it("keeps a library's runtime folder, so an update to a new web-llm finds its libraries on the mirror", () => {
    const nextRuntime = {
      ...source,
      libraryUrl: withLibraryVersion(source.libraryUrl, "v0_2_87"),
    };
    const mirror = "https://models.corp.example/sigilo/";
    expect(mirroredSource(nextRuntime, mirror).libraryUrl).toBe(
      withLibraryVersion(mirroredSource(source, mirror).libraryUrl, "v0_2_87"),
    );
    const unversioned = { ...source, libraryUrl: "https://example.org/builds/Tiny-webgpu.wasm" };
    expect(mirroredSource(unversioned, mirror).libraryUrl).toBe(`${mirror}libs/Tiny-webgpu.wasm`);
  });

  it("rewrites every catalog model's (and the embedding model's) URLs to the mirror and nothing else", () => {
    const mirror = "https://mirror.example/m/";
    for (const mirrored of catalogSources(mirror).all()) {
      expect(mirrored.filesUrl.startsWith(mirror)).toBe(true);
      expect(mirrored.libraryUrl.startsWith(mirror)).toBe(true);
    }
    expect(
      catalogSources(undefined)
        .all()
        .map((s) => new URL(s.filesUrl).host),
    ).toEqual([...MODEL_CATALOG, "the embedding model"].map(() => "huggingface.co"));
  });
});

describe("modelHosts and the mirror setting", () => {
  it("allows the public hosts without a mirror, exactly the mirror's origin with one", () => {
    expect(modelHosts(undefined)).toEqual(PUBLIC_MODEL_HOSTS);
    expect(modelHosts("https://models.corp.example/sigilo/")).toEqual(["https://models.corp.example"]);
    // A mirror on the app's own server needs nothing beyond 'self'.
    expect(modelHosts("/models/")).toEqual([]);
  });

  it("says precisely why a mirror is not usable", () => {
    expect(mirrorProblem("https://models.corp.example/")).toBeUndefined();
    expect(mirrorProblem("/models/")).toBeUndefined();
    expect(mirrorProblem("models.corp.example")).toBe(
      '"models.corp.example" is neither an http(s) URL nor a path starting with "/".',
    );
    expect(mirrorProblem("ftp://models/")).toBe('"ftp://models/" must use https (or http).');
    expect(mirrorProblem("https://me:secret@models.corp.example/")).toBe(
      '"models.corp.example" must not be given a user name or password in the URL.',
    );
    expect(mirrorProblem("https://models/?x=1")).toBe(
      '"https://models/?x=1" must not have a query or fragment.',
    );
  });
});
