// @vitest-environment node
/**
 * The contract tests beside this one were last verified against one web-llm release. An upgrade must
 * not slip through unverified: this fails until the new version has been checked (run the contract
 * tests, read web-llm's changes to its cache, loader and errors) and VERIFIED_WEB_LLM_VERSION updated.
 * It also checks that Sigilo's table of web-llm's error names lists every name web-llm sets.
 */
// The installed web-llm's own files, as text: its package.json and its bundle (where its error classes are).
import bundle from "@mlc-ai/web-llm/lib/index.js?raw";
import packageJson from "@mlc-ai/web-llm/package.json?raw";
import { describe, expect, it } from "vitest";
import { classifyEngineError } from "../../domain/engineError";
import { VERIFIED_WEB_LLM_VERSION } from "./webLlmFiles";
import { AMBIGUOUS_WEB_LLM_ERROR_NAMES, classifyWebLlmError, WEB_LLM_ERROR_NAMES } from "./webLlmErrors";

const installed = JSON.parse(packageJson) as { version: string };

describe("the web-llm contract", () => {
  it("was verified for the installed web-llm", () => {
    expect(
      installed.version,
      "web-llm was upgraded: verify the contract (src/workers/webllm/) and update VERIFIED_WEB_LLM_VERSION",
    ).toBe(VERIFIED_WEB_LLM_VERSION);
  });

  it("classifies every error name web-llm sets", () => {
    // web-llm's own classes sit at the top level of its bundle; the runtimes it bundles are indented.
    const classes = /^(?:let \S+ = )?class (\w+) extends \w+ \{\n([\s\S]*?)^\}/gm;
    const names = new Set<string>();
    for (const [, , body] of bundle.matchAll(classes)) {
      const name = /this\.name = "([^"]+)"/.exec(body!)?.[1];
      if (name) names.add(name);
    }
    expect(names.size).toBeGreaterThan(60);
    expect(new Set([...WEB_LLM_ERROR_NAMES, ...AMBIGUOUS_WEB_LLM_ERROR_NAMES])).toEqual(names);
  });
});

describe("web-llm's errors, classified by name", () => {
  const named = (name: string, message: string) => Object.assign(new Error(message), { name });
  const kindOf = (error: unknown) => classifyEngineError(classifyWebLlmError(error)).kind;

  it.each([
    ["ShaderF16SupportError", "This model requires WebGPU extension shader-f16", "shader-f16-missing"],
    ["FeatureSupportError", "This model requires feature subgroups", "gpu-feature-missing"],
    ["DeviceLostError", "The WebGPU device was lost while loading the model.", "device-lost"],
    ["WebGPUNotAvailableError", "WebGPU is not supported in your current environment", "webgpu-unavailable"],
    ["ContextWindowSizeExceededError", "Prompt tokens exceed context window size", "context-window-exceeded"],
    ["UnsupportedTokenizerFilesError", "Cannot handle tokenizer files vocab.txt", "model-files-invalid"],
  ])("%s → %s", (name, message, kind) => {
    expect(kindOf(named(name, message))).toBe(kind);
  });

  it("never reads f16 in a model id or a tensor format as a missing shader-f16", () => {
    // web-llm's own words when a model id is not in its config: the id names the quantization.
    const notFound = named(
      "ModelNotFoundError",
      "Cannot find model record in appConfig for Qwen2.5-0.5B-Instruct-q4f16_1-MLC. Please check if the model ID is correct.",
    );
    expect(kindOf(notFound)).toBe("unknown");
    // A plain Error from tvmjs about a packed bf16 tensor: no name to go by, and no shader-f16 in its words.
    const packed = new Error(
      'Failed to load shard 3\'s record: {"name":"lm_head","format":"f32-to-bf16","dtype":"float32"}\nError: Packed BF16 record has 10 bytes, but shape requires 12',
    );
    expect(kindOf(packed)).toBe("unknown");
    expect(
      classifyEngineError("Error: Cannot find model record in appConfig for Llama-3.2-1B-q4f16_1-MLC").kind,
    ).toBe("unknown");
  });

  it("keeps the browser's own RangeError to the phrases (web-llm has a class of the same name)", () => {
    expect(kindOf(new RangeError("Array buffer allocation failed"))).toBe("out-of-memory");
  });

  it("keeps the original words for the details", () => {
    expect(classifyEngineError(classifyWebLlmError(named("DeviceLostError", "lost")))).toEqual({
      kind: "device-lost",
      message: "DeviceLostError: lost",
    });
  });
});
