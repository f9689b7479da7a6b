import { describe, expect, it } from "vitest";
import { describeRequest, requestPurpose } from "./networkRequest";

const app = "https://sigilo.example";

describe("requestPurpose", () => {
  it("calls the app's own files app files", () => {
    expect(requestPurpose(`${app}/`, app)).toBe("app file");
    expect(requestPurpose(`${app}/assets/index-abc.js`, app)).toBe("app file");
    expect(requestPurpose("/manifest.webmanifest", app)).toBe("app file");
  });

  it("recognises model files on a hub or a mirror", () => {
    const hub = "https://huggingface.co/mlc-ai/Qwen2.5-0.5B-Instruct-q4f32_1-MLC/resolve/main/";
    expect(requestPurpose(`${hub}mlc-chat-config.json`, app)).toBe("model file");
    expect(requestPurpose(`${hub}params_shard_3.bin`, app)).toBe("model file");
    expect(requestPurpose("https://mirror.corp/models/x/resolve/v1/tokenizer.json", app)).toBe("model file");
  });

  it("recognises model libraries wherever they are hosted", () => {
    const lib =
      "https://raw.githubusercontent.com/mlc-ai/binary-mlc-llm-libs/main/web-llm-models/v0_2_80/x.wasm";
    expect(requestPurpose(lib, app)).toBe("model library");
    expect(requestPurpose(`${app}/libs/Qwen2-ctx4k-webgpu.wasm`, app)).toBe("model library");
  });

  it("recognises a model search on Hugging Face, and nothing else of the hub's API", () => {
    expect(requestPurpose("https://huggingface.co/api/models?search=legal&filter=mlc-llm", app)).toBe(
      "model search",
    );
    expect(requestPurpose("https://huggingface.co/api/models/someone/x", app)).toBe("other");
    expect(requestPurpose("https://evil.example/api/models?search=x", app)).toBe("other");
  });

  it("calls anything else other, so it stands out", () => {
    expect(requestPurpose("https://tracker.example/pixel.png", app)).toBe("other");
  });
});

describe("describeRequest", () => {
  it("keeps the URL, size, source and time", () => {
    expect(describeRequest(`${app}/sw.js`, app, "page", 120, 5)).toEqual({
      at: 5,
      url: `${app}/sw.js`,
      bytes: 120,
      purpose: "app file",
      source: "page",
    });
  });
});
