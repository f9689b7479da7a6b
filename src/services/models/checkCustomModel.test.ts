import { describe, expect, it } from "vitest";
import { checkCustomModel, type CheckEnvironment } from "./checkCustomModel";
import { PUBLIC_MODEL_HOSTS } from "../../domain/modelHosts";
import { countedBody } from "../../test/countedBody";
import { RequestRefusedError } from "../privacy/checkedFetch";

const REPO = "https://huggingface.co/someone/Tiny-q4f16_1-MLC";
const FILES = `${REPO}/resolve/main/`;
const MIB = 1024 * 1024;
const LIBRARY = "https://raw.githubusercontent.com/someone/libs/main/Tiny-q4f16_1-webgpu.wasm";
const CONFIG = {
  model_type: "llama",
  quantization: "q4f16_1",
  context_window_size: 4096,
  conv_template: { name: "llama-3" },
  tokenizer_files: ["tokenizer.json"],
};
const MANIFEST = {
  records: [
    { dataPath: "params_shard_0.bin", format: "raw-shard", nbytes: 1000 },
    { dataPath: "params_shard_1.bin", format: "raw-shard", nbytes: 500 },
  ],
};

/** A file's body, an HTTP error status, "redirect refused" (what the checked fetch throws for it), or a response built by the test. */
type Served = string | number | "redirect refused" | (() => Response);

function environment(files: Record<string, Served>, quota?: number): CheckEnvironment {
  return {
    allowedHosts: PUBLIC_MODEL_HOSTS,
    appOrigin: "http://localhost:4173",
    fetch: (url) => {
      const body = files[url];
      if (body === "redirect refused") {
        return Promise.reject(new RequestRefusedError({ code: "redirect-refused", url, to: undefined }));
      }
      if (body === undefined) return Promise.reject(new TypeError("Failed to fetch"));
      if (typeof body === "number") return Promise.resolve(new Response("no", { status: body }));
      if (typeof body === "function") return Promise.resolve(body());
      return Promise.resolve(new Response(body));
    },
    estimateStorage: async () => (quota === undefined ? {} : { usage: 0, quota }),
  };
}

const goodFiles: Record<string, Served> = {
  [`${FILES}mlc-chat-config.json`]: JSON.stringify(CONFIG),
  [`${FILES}tensor-cache.json`]: JSON.stringify(MANIFEST),
  [`${FILES}tokenizer.json`]: "{}",
  [LIBRARY]: "wasm",
};
const goodBytes = Object.values(goodFiles).reduce<number>((sum, body) => sum + String(body).length, 1500);

async function problem(files: Record<string, Served>, request = {}, quota?: number) {
  const result = await checkCustomModel(
    { name: "Tiny", modelUrl: REPO, libraryUrl: LIBRARY, ...request },
    environment(files, quota),
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
        // Config, manifest, tokenizer, library and shards: the total the download will show.
        totalBytes: goodBytes,
        fileCount: 6,
      },
    });
  });

  it("counts the tokenizer and library by their Content-Length when sent, else by reading them", async () => {
    const library = {
      ...goodFiles,
      [LIBRARY]: () => new Response("x", { headers: { "content-length": "1" } }),
    };
    const announced = await checkCustomModel(
      { name: "Tiny", modelUrl: REPO, libraryUrl: LIBRARY },
      environment(library),
    );
    expect(announced.ok && announced.summary.totalBytes).toBe(goodBytes - "wasm".length + 1);
  });

  it("refuses a config larger than Sigilo reads, announced or not, and stops reading it", async () => {
    const config = `${FILES}mlc-chat-config.json`;
    const announced = countedBody(200 * MIB, { "content-length": String(200 * MIB) });
    expect(await problem({ ...goodFiles, [config]: announced.response })).toEqual({
      code: "file-too-large",
      file: "mlc-chat-config.json",
      limitBytes: MIB,
      bytes: 200 * MIB,
    });
    expect(announced.pulled.bytes).toBeLessThanOrEqual(128 * 1024);

    const silent = countedBody(200 * MIB);
    expect(await problem({ ...goodFiles, [config]: silent.response })).toEqual({
      code: "file-too-large",
      file: "mlc-chat-config.json",
      limitBytes: MIB,
    });
    expect(silent.pulled.bytes).toBeLessThan(2 * MIB);

    // A host that announces a small body and sends more is cut off at the limit too.
    const lying = countedBody(200 * MIB, { "content-length": "100" });
    expect(await problem({ ...goodFiles, [config]: lying.response })).toMatchObject({
      code: "file-too-large",
    });
    expect(lying.pulled.bytes).toBeLessThan(2 * MIB);
  });

  it("refuses a manifest listing too many shards, or one larger than Sigilo reads", async () => {
    const records = Array.from({ length: 100_000 }, (_, index) => ({ dataPath: `s${index}.bin`, nbytes: 1 }));
    expect(
      await problem({ ...goodFiles, [`${FILES}tensor-cache.json`]: JSON.stringify({ records }) }),
    ).toEqual({ code: "too-many-shards", file: "tensor-cache.json", count: 100_000, limit: 4096 });
    const huge = { records: [{ dataPath: "a.bin", nbytes: 3 * 1024 * MIB }] };
    expect(
      await problem({ ...goodFiles, [`${FILES}tensor-cache.json`]: JSON.stringify(huge) }),
    ).toMatchObject({
      code: "shard-too-large",
      shard: "a.bin",
    });
  });

  it("refuses a model larger than all the storage the browser gives the site", async () => {
    expect(await problem(goodFiles, {}, goodBytes - 1)).toEqual({
      code: "larger-than-storage",
      neededBytes: goodBytes,
      quotaBytes: goodBytes - 1,
    });
    const fits = await checkCustomModel(
      { name: "Tiny", modelUrl: REPO, libraryUrl: LIBRARY },
      environment(goodFiles, goodBytes),
    );
    expect(fits.ok).toBe(true);
  });

  it("says when the tokenizer the config asks for is missing", async () => {
    expect(await problem({ ...goodFiles, [`${FILES}tokenizer.json`]: 404 })).toEqual({
      code: "file-not-found",
      file: "tokenizer.json",
      url: `${FILES}tokenizer.json`,
      status: 404,
    });
  });

  it("says the config is missing with its HTTP status", async () => {
    expect(await problem({ ...goodFiles, [`${FILES}mlc-chat-config.json`]: 404 })).toEqual({
      code: "file-not-found",
      file: "mlc-chat-config.json",
      url: `${FILES}mlc-chat-config.json`,
      status: 404,
    });
  });

  it("says when a file is not JSON", async () => {
    expect(await problem({ ...goodFiles, [`${FILES}mlc-chat-config.json`]: "<html>" })).toEqual({
      code: "not-json",
      file: "mlc-chat-config.json",
    });
    expect(await problem({ ...goodFiles, [`${FILES}tensor-cache.json`]: "nope" })).toEqual({
      code: "not-json",
      file: "tensor-cache.json",
    });
  });

  it("names the missing field", async () => {
    const withoutQuantization: Partial<typeof CONFIG> = { ...CONFIG };
    delete withoutQuantization.quantization;
    expect(
      await problem({ ...goodFiles, [`${FILES}mlc-chat-config.json`]: JSON.stringify(withoutQuantization) }),
    ).toEqual({ code: "missing-field", file: "mlc-chat-config.json", field: "quantization" });
    expect(
      await problem({
        ...goodFiles,
        [`${FILES}tensor-cache.json`]: JSON.stringify({ records: [{ nbytes: 1 }] }),
      }),
    ).toEqual({ code: "record-without-path", file: "tensor-cache.json", index: 0 });
  });

  it("rejects an unsupported shard format", async () => {
    const manifest = { records: [{ dataPath: "a.bin", format: "safetensors", nbytes: 1 }] };
    expect(await problem({ ...goodFiles, [`${FILES}tensor-cache.json`]: JSON.stringify(manifest) })).toEqual({
      code: "unsupported-shard-format",
      file: "tensor-cache.json",
      format: "safetensors",
    });
  });

  it("says when the library is unreachable", async () => {
    expect(await problem({ ...goodFiles, [LIBRARY]: 404 })).toEqual({
      code: "library-http-error",
      url: LIBRARY,
      status: 404,
    });
    const withoutLibrary: Record<string, Served> = { ...goodFiles };
    delete withoutLibrary[LIBRARY];
    expect(await problem(withoutLibrary)).toEqual({
      code: "library-unreachable",
      host: "raw.githubusercontent.com",
    });
  });

  it("explains a host the Content-Security-Policy blocks instead of fetching it", async () => {
    expect(await problem(goodFiles, { modelUrl: "https://models.example.org/tiny" })).toEqual({
      code: "host-not-allowed",
      host: "models.example.org",
    });
  });

  it("checks the inputs before fetching anything", async () => {
    expect(await problem({}, { name: "  " })).toEqual({ code: "name-missing" });
    expect(await problem({}, { modelUrl: "not a url" })).toEqual({
      code: "url-invalid",
      field: "modelUrl",
      text: "not a url",
    });
    expect(await problem({}, { libraryUrl: "ftp://huggingface.co/x/lib.wasm" })).toEqual({
      code: "url-not-http",
      field: "libraryUrl",
    });
    expect(await problem({}, { libraryUrl: "https://huggingface.co/x/lib.js" })).toEqual({
      code: "library-not-wasm",
      url: "https://huggingface.co/x/lib.js",
    });
  });

  it("says which file a host redirected off the model hosts, for the config and the library alike", async () => {
    const config = `${FILES}mlc-chat-config.json`;
    expect(await problem({ ...goodFiles, [config]: "redirect refused" })).toEqual({
      code: "redirect-refused",
      url: config,
      to: undefined,
    });
    expect(await problem({ ...goodFiles, [LIBRARY]: "redirect refused" })).toEqual({
      code: "redirect-refused",
      url: LIBRARY,
      to: undefined,
    });
  });

  it("refuses a URL carrying a user name or password, without repeating them", async () => {
    expect(await problem(goodFiles, { modelUrl: "https://me:secret@huggingface.co/someone/Tiny" })).toEqual({
      code: "destination-refused",
      url: "https://huggingface.co/someone/Tiny",
      problem: "credentials",
    });
  });

  it("refuses a manifest whose shards lie outside the model's folder", async () => {
    const escaping = { records: [{ dataPath: "https://evil.example/params_shard_0.bin", nbytes: 1 }] };
    expect(await problem({ ...goodFiles, [`${FILES}tensor-cache.json`]: JSON.stringify(escaping) })).toEqual({
      code: "shard-path-outside-folder",
      file: "tensor-cache.json",
      path: "https://evil.example/params_shard_0.bin",
    });
  });
});
