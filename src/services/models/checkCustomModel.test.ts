import { describe, expect, it } from "vitest";
import { checkCustomModel, type CheckEnvironment } from "./checkCustomModel";
import { PUBLIC_MODEL_HOSTS } from "../../domain/modelHosts";

const REPO = "https://huggingface.co/someone/Tiny-q4f16_1-MLC";
const FILES = `${REPO}/resolve/main/`;
const LIBRARY = "https://raw.githubusercontent.com/someone/libs/main/Tiny-q4f16_1-webgpu.wasm";
const CONFIG = {
  model_type: "llama",
  quantization: "q4f16_1",
  context_window_size: 4096,
  tokenizer_files: ["tokenizer.json"],
};
const MANIFEST = {
  records: [
    { dataPath: "params_shard_0.bin", format: "raw-shard", nbytes: 1000 },
    { dataPath: "params_shard_1.bin", format: "raw-shard", nbytes: 500 },
  ],
};

function environment(files: Record<string, string | number>): CheckEnvironment {
  return {
    allowedHosts: PUBLIC_MODEL_HOSTS,
    appOrigin: "http://localhost:4173",
    fetch: (url) => {
      const body = files[url];
      if (body === undefined) return Promise.reject(new TypeError("Failed to fetch"));
      if (typeof body === "number") return Promise.resolve(new Response("no", { status: body }));
      return Promise.resolve(new Response(body));
    },
  };
}

const goodFiles = {
  [`${FILES}mlc-chat-config.json`]: JSON.stringify(CONFIG),
  [`${FILES}tensor-cache.json`]: JSON.stringify(MANIFEST),
  [LIBRARY]: "wasm",
};

async function problem(files: Record<string, string | number>, request = {}) {
  const result = await checkCustomModel(
    { name: "Tiny", modelUrl: REPO, libraryUrl: LIBRARY, ...request },
    environment(files),
  );
  if (result.ok) throw new Error("expected a problem");
  return result.problem;
}

describe("checkCustomModel", () => {
  it("summarises a usable model from its config and manifest", async () => {
    const result = await checkCustomModel(
      { name: " Tiny ", modelUrl: REPO, libraryUrl: LIBRARY },
      environment(goodFiles),
    );
    expect(result).toEqual({
      ok: true,
      summary: {
        name: "Tiny",
        modelUrl: REPO,
        source: { modelId: "custom-tiny", filesUrl: FILES, libraryUrl: LIBRARY },
        modelType: "llama",
        quantization: "q4f16_1",
        contextWindow: 4096,
        weightsBytes: 1500,
        shardCount: 2,
      },
    });
  });

  it("says the config is missing with its HTTP status", async () => {
    expect(await problem({ ...goodFiles, [`${FILES}mlc-chat-config.json`]: 404 })).toBe(
      `mlc-chat-config.json was not found: ${FILES}mlc-chat-config.json answered HTTP 404.`,
    );
  });

  it("says when a file is not JSON", async () => {
    expect(await problem({ ...goodFiles, [`${FILES}mlc-chat-config.json`]: "<html>" })).toBe(
      "mlc-chat-config.json is not valid JSON.",
    );
    expect(await problem({ ...goodFiles, [`${FILES}tensor-cache.json`]: "nope" })).toBe(
      "tensor-cache.json is not valid JSON.",
    );
  });

  it("names the missing field", async () => {
    const withoutQuantization: Partial<typeof CONFIG> = { ...CONFIG };
    delete withoutQuantization.quantization;
    expect(
      await problem({ ...goodFiles, [`${FILES}mlc-chat-config.json`]: JSON.stringify(withoutQuantization) }),
    ).toBe('mlc-chat-config.json has no "quantization".');
    expect(
      await problem({
        ...goodFiles,
        [`${FILES}tensor-cache.json`]: JSON.stringify({ records: [{ nbytes: 1 }] }),
      }),
    ).toBe('tensor-cache.json record 0 has no "dataPath".');
  });

  it("rejects an unsupported shard format", async () => {
    const manifest = { records: [{ dataPath: "a.bin", format: "safetensors", nbytes: 1 }] };
    expect(
      await problem({ ...goodFiles, [`${FILES}tensor-cache.json`]: JSON.stringify(manifest) }),
    ).toContain('uses shard format "safetensors"');
  });

  it("says when the library is unreachable", async () => {
    expect(await problem({ ...goodFiles, [LIBRARY]: 404 })).toBe(
      `The model library is unreachable: ${LIBRARY} answered HTTP 404.`,
    );
    const withoutLibrary: Record<string, string> = { ...goodFiles };
    delete withoutLibrary[LIBRARY];
    expect(await problem(withoutLibrary)).toBe(
      "The model library is unreachable: could not connect to raw.githubusercontent.com.",
    );
  });

  it("explains a host the Content-Security-Policy blocks instead of fetching it", async () => {
    const message = await problem(goodFiles, { modelUrl: "https://models.example.org/tiny" });
    expect(message).toContain("may not contact models.example.org");
    expect(message).toContain("VITE_MODEL_MIRROR");
  });

  it("checks the inputs before fetching anything", async () => {
    expect(await problem({}, { name: "  " })).toBe("Give the model a name.");
    expect(await problem({}, { modelUrl: "not a url" })).toBe('Model URL "not a url" is not a URL.');
    expect(await problem({}, { libraryUrl: "https://huggingface.co/x/lib.js" })).toContain(
      "must be a .wasm file",
    );
  });
});
