/**
 * A model's files in memory, served by a fake fetch that logs requests and can be told to fail,
 * for the downloader's and the cache's unit tests. (The e2e tests serve similar files from
 * e2e/support/fakeModelHost.ts to the real browser.)
 */
import type { ModelSource } from "../../../domain/modelSource";

export const SHARD_BYTES = 4096;

export function fakeSource(modelId = "Qwen2.5-0.5B-Instruct-q4f32_1-MLC"): ModelSource {
  return {
    modelId,
    filesUrl: `https://models.test/mlc-ai/${modelId}/resolve/main/`,
    libraryUrl: `https://libs.test/${modelId}.wasm`,
  };
}

export function fakeModelFiles(source: ModelSource, shardCount = 4): Map<string, Uint8Array> {
  const text = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
  const files = new Map<string, Uint8Array>();
  const at = (name: string) => new URL(name, source.filesUrl).href;
  files.set(at("mlc-chat-config.json"), text({ model_type: "qwen2", tokenizer_files: ["tokenizer.json"] }));
  files.set(at("tokenizer.json"), text({ model: { vocab: { a: 0 } } }));
  files.set(
    at("tensor-cache.json"),
    text({
      metadata: {},
      records: Array.from({ length: shardCount }, (_, index) => ({
        dataPath: `params_shard_${index}.bin`,
        format: "raw-shard",
        nbytes: SHARD_BYTES,
        records: [],
      })),
    }),
  );
  for (let index = 0; index < shardCount; index++) {
    files.set(at(`params_shard_${index}.bin`), new Uint8Array(SHARD_BYTES).fill(index + 1));
  }
  files.set(source.libraryUrl, new Uint8Array(1000).fill(9));
  return files;
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
