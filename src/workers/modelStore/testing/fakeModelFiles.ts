/**
 * A model's files in memory, served by a fake fetch that logs requests and can be told to fail,
 * for the downloader's, the cache's and the web-llm contract tests. The files are what MLC writes,
 * small: a config web-llm accepts, a tokenizer web-llm's own tokenizer library parses, and a
 * tensor-cache.json whose every shard holds one tensor. (The e2e tests serve similar files from
 * e2e/support/fakeModelHost.ts to the real browser.)
 */
import type { ModelSource } from "../../../domain/modelSource";

export const SHARD_BYTES = 4096;
export const LIBRARY_BYTES = 1000;

export function fakeSource(modelId = "Qwen2.5-0.5B-Instruct-q4f32_1-MLC"): ModelSource {
  return {
    modelId,
    filesUrl: `https://models.test/mlc-ai/${modelId}/resolve/main/`,
    libraryUrl: `https://libs.test/${modelId}.wasm`,
  };
}

const CHAT_CONFIG = {
  model_type: "qwen2",
  quantization: "q4f32_1",
  context_window_size: 4096,
  conv_template: { name: "qwen2", system_template: "{system_message}", roles: { user: "user" } },
  tokenizer_files: ["tokenizer.json"],
  tokenizer_info: { token_postproc_method: "byte_fallback", prepend_space_in_encode: false },
};

/** The smallest tokenizer.json the Hugging Face tokenizers library (which web-llm runs) accepts. */
const TOKENIZER = {
  version: "1.0",
  truncation: null,
  padding: null,
  added_tokens: [],
  normalizer: null,
  pre_tokenizer: { type: "Whitespace" },
  post_processor: null,
  decoder: null,
  model: { type: "WordLevel", vocab: { hello: 0, world: 1, "[UNK]": 2 }, unk_token: "[UNK]" },
};

/** As mlc-llm writes it: each shard holds one float32 tensor filling it. */
function tensorCache(shardCount: number) {
  return {
    metadata: { ParamSize: shardCount, ParamBytes: shardCount * SHARD_BYTES },
    records: Array.from({ length: shardCount }, (_, index) => ({
      dataPath: `params_shard_${index}.bin`,
      format: "raw-shard",
      nbytes: SHARD_BYTES,
      records: [
        {
          name: `model.layers.${index}.weight`,
          shape: [SHARD_BYTES / 4],
          dtype: "float32",
          format: "raw",
          nbytes: SHARD_BYTES,
          byteOffset: 0,
        },
      ],
    })),
  };
}

/** Bytes that are plainly an ArrayBuffer's, as a file read or a response body gives them. */
type Bytes = Uint8Array<ArrayBuffer>;

export function fakeModelFiles(source: ModelSource, shardCount = 4): Map<string, Bytes> {
  const text = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
  const files = new Map<string, Bytes>();
  const at = (name: string) => new URL(name, source.filesUrl).href;
  files.set(at("mlc-chat-config.json"), text(CHAT_CONFIG));
  files.set(at("tokenizer.json"), text(TOKENIZER));
  files.set(at("tensor-cache.json"), text(tensorCache(shardCount)));
  for (let index = 0; index < shardCount; index++) {
    files.set(at(`params_shard_${index}.bin`), new Uint8Array(SHARD_BYTES).fill(index + 1));
  }
  files.set(source.libraryUrl, new Uint8Array(LIBRARY_BYTES).fill(9));
  return files;
}

/** The same files as a folder on disk holds them, for the importer: name → bytes, library included. */
export function fakeFolderFiles(source: ModelSource, shardCount = 4): Map<string, Bytes> {
  const byName = new Map<string, Bytes>();
  for (const [url, bytes] of fakeModelFiles(source, shardCount)) {
    byName.set(decodeURIComponent(new URL(url).pathname.split("/").pop()!), bytes);
  }
  return byName;
}

export type Interference = "drop" | "truncate" | "error-500" | undefined;

export function fakeFetch(files: Map<string, Uint8Array>) {
  const requests: string[] = [];
  const attempts = new Map<string, number>();
  let decide: (url: string, attempt: number) => Interference = () => undefined;
  return {
    requests,
    interfere(next: (url: string, attempt: number) => Interference) {
      decide = next;
    },
    async fetch(url: string): Promise<Response> {
      requests.push(url);
      const attempt = (attempts.get(url) ?? 0) + 1;
      attempts.set(url, attempt);
      const body = files.get(url);
      if (!body) return new Response("Not found", { status: 404 });
      const interference = decide(url, attempt);
      if (interference === "drop") throw new TypeError("Failed to fetch");
      if (interference === "error-500") return new Response("Oops", { status: 500 });
      // A body cut short without a Content-Length, so only the size check against tensor-cache.json catches it.
      if (interference === "truncate") return new Response(body.slice(0, body.byteLength / 2));
      return new Response(body.slice(), { headers: { "content-length": String(body.byteLength) } });
    },
  };
}
