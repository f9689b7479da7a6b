import { describe, expect, it } from "vitest";
import {
  isEmptyPlan,
  librariesToDelete,
  libraryVersionOf,
  planLibraryUpgrade,
  withLibraryVersion,
  type StoredModelLibrary,
} from "./libraryUpgrade";
import { compareLibraryVersions, MODEL_LIBRARY_VERSION, runtimeVersionName } from "./libraryVersion";
import { MODEL_CATALOG } from "./modelCatalog";

const LIBS = "https://raw.githubusercontent.com/mlc-ai/binary-mlc-llm-libs/main/web-llm-models/";
const qwenOld = `${LIBS}v0_2_86/base/Qwen2-0.5B-Instruct-q4f16_1_cs1k-webgpu.wasm`;
const qwenNew = `${LIBS}v0_2_87/base/Qwen2-0.5B-Instruct-q4f16_1_cs1k-webgpu.wasm`;
const smolOld = `${LIBS}v0_2_86/base/SmolLM2-360M-Instruct-q4f16_1_cs1k-webgpu.wasm`;
const smolNew = `${LIBS}v0_2_87/base/SmolLM2-360M-Instruct-q4f16_1_cs1k-webgpu.wasm`;

const catalog = (modelId: string, libraryUrl: string): StoredModelLibrary => ({
  modelId,
  name: modelId,
  kind: "catalog",
  libraryUrl,
});

describe("library versions", () => {
  it("reads the runtime folder of a library URL, and only a whole path segment", () => {
    expect(libraryVersionOf(qwenOld)).toBe("v0_2_86");
    expect(libraryVersionOf("https://models.example.org/libs/Qwen.wasm")).toBeUndefined();
    expect(libraryVersionOf("https://example.org/libs/v0_2_86-Qwen.wasm")).toBeUndefined();
    expect(libraryVersionOf("not a url")).toBeUndefined();
  });

  it("puts the same library path under another runtime folder", () => {
    expect(withLibraryVersion(qwenOld, "v0_2_87")).toBe(qwenNew);
    const unversioned = "https://models.example.org/libs/Qwen.wasm";
    expect(withLibraryVersion(unversioned, "v0_2_87")).toBe(unversioned);
  });

  it("orders runtime folders by release, not as text", () => {
    expect(compareLibraryVersions("v0_2_86", "v0_2_100")).toBeLessThan(0);
    expect(compareLibraryVersions("v0_3_0", "v0_2_86")).toBeGreaterThan(0);
    expect(compareLibraryVersions("v0_2_86", "v0_2_86")).toBe(0);
  });

  it("names runtimes as people know them, and the catalog uses this build's folder", () => {
    expect(runtimeVersionName("v0_2_87")).toBe("0.2.87");
    expect(MODEL_CATALOG.every((model) => libraryVersionOf(model.libraryUrl) === MODEL_LIBRARY_VERSION)).toBe(
      true,
    );
  });
});

describe("planLibraryUpgrade", () => {
  it("fetches each stored catalog library again under the new folder, counting the bytes it replaces", () => {
    const plan = planLibraryUpgrade(
      [catalog("qwen-f16", qwenOld), catalog("smol", smolOld)],
      [
        { url: qwenOld, bytes: 3_000_000 },
        { url: smolOld, bytes: 2_100_000 },
      ],
      "v0_2_86",
      "v0_2_87",
    );
    expect(plan.fetch).toEqual([
      { url: qwenNew, estimatedBytes: 3_000_000, modelIds: ["qwen-f16"] },
      { url: smolNew, estimatedBytes: 2_100_000, modelIds: ["smol"] },
    ]);
    expect(plan.estimatedBytes).toBe(5_100_000);
    expect(plan.libraryVersion).toBe("v0_2_87");
    expect(isEmptyPlan(plan)).toBe(false);
  });

  it("fetches a library shared by two models once", () => {
    const plan = planLibraryUpgrade(
      [catalog("qwen-a", qwenOld), catalog("qwen-b", qwenOld)],
      [{ url: qwenOld, bytes: 3_000_000 }],
      "v0_2_86",
      "v0_2_87",
    );
    expect(plan.fetch).toEqual([{ url: qwenNew, estimatedBytes: 3_000_000, modelIds: ["qwen-a", "qwen-b"] }]);
    expect(plan.estimatedBytes).toBe(3_000_000);
  });

  it("needs nothing for a library already fetched, or a model whose library is not stored", () => {
    const plan = planLibraryUpgrade(
      [catalog("qwen", qwenOld), catalog("smol", smolOld)],
      [
        { url: qwenOld, bytes: 3_000_000 },
        { url: qwenNew, bytes: 3_100_000 },
      ],
      "v0_2_86",
      "v0_2_87",
    );
    expect(plan.fetch).toEqual([]);
    expect(isEmptyPlan(plan)).toBe(true);
  });

  it("names a model added by URL with an old runtime's library, and every imported model, without fetching", () => {
    const plan = planLibraryUpgrade(
      [
        { modelId: "custom-mine", name: "Mine", kind: "custom", libraryUrl: qwenOld },
        {
          modelId: "custom-elsewhere",
          name: "Elsewhere",
          kind: "custom",
          libraryUrl: "https://huggingface.co/me/lib/resolve/main/mine.wasm",
        },
        {
          modelId: "imported-1",
          name: "From disk",
          kind: "imported",
          libraryUrl: "https://imported.sigilo.invalid/imported-1/model-library.wasm",
        },
      ],
      [{ url: qwenOld, bytes: 3_000_000 }],
      "v0_2_86",
      "v0_2_87",
    );
    expect(plan.fetch).toEqual([]);
    expect(plan.needLibraryUrl).toEqual([{ modelId: "custom-mine", name: "Mine" }]);
    expect(plan.needReimport).toEqual([{ modelId: "imported-1", name: "From disk" }]);
  });

  it("needs nothing when the new version keeps the runtime", () => {
    const plan = planLibraryUpgrade(
      [
        catalog("qwen", qwenOld),
        {
          modelId: "imported-1",
          name: "From disk",
          kind: "imported",
          libraryUrl: "https://x.invalid/l.wasm",
        },
      ],
      [{ url: qwenOld, bytes: 3_000_000 }],
      "v0_2_86",
      "v0_2_86",
    );
    expect(isEmptyPlan(plan)).toBe(true);
  });
});

describe("librariesToDelete", () => {
  it("deletes older runtimes' libraries no known model names, and nothing else", () => {
    const unversioned = "https://models.example.org/libs/Qwen.wasm";
    const imported = "https://imported.sigilo.invalid/imported-1/model-library.wasm";
    expect(
      librariesToDelete(
        [qwenOld, qwenNew, smolOld, unversioned, imported, `${LIBS}v0_2_100/base/Next.wasm`],
        // A model added by URL still names the old Qwen library: it stays until its owner gives another.
        [qwenNew, smolNew, qwenOld],
        "v0_2_87",
      ),
    ).toEqual([smolOld]);
  });
});
