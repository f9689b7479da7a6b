import type { BrowserContext, Route } from "@playwright/test";

/**
 * Fake model files on the model hosts, for the real downloader to fetch: for any model id,
 * `https://huggingface.co/mlc-ai/<id>/resolve/main/` serves an MLC config, a tokenizer, a real
 * `tensor-cache.json` and small deterministic random shards, and raw.githubusercontent.com serves
 * a library. Tests read the request log and can make chosen requests fail.
 * Broken repositories, for the add-a-model checks: a repository named `broken-404` has no config,
 * `broken-not-json` serves HTML as its config, `broken-missing-field` a config without
 * `context_window_size`; a library whose path contains `/missing/` is not found.
 * With `weightsCdn`, Hugging Face answers every weight shard as it really does: with a redirect to its
 * CDN (see fakeCdn.ts), which serves the bytes.
 */
export const FAKE_MODEL_HOSTS = ["huggingface.co", "raw.githubusercontent.com"];

export const SHARD_COUNT = 4;
export const SHARD_BYTES = 1024 * 1024;
const LIBRARY_BYTES = 48 * 1024;

/**
 * What to do with one request instead of serving it: drop it, cut it short, hold it until released, or
 * answer with a redirect (302, as Hugging Face answers) to another URL.
 */
export type Interference = "drop" | "truncate" | "hold" | { redirectTo: string } | undefined;

export interface FakeModelHost {
  /** Every model-file URL requested, in order (served or not). */
  readonly requests: string[];
  /** Decides per request; return undefined to serve normally. `attempt` counts from 1 per URL. */
  interfere(decide: (url: string, attempt: number) => Interference): void;
  /** Serves the requests being held. */
  releaseHeld(): void;
  /** Bytes of the model's files as served: config, tokenizer, tensor-cache.json, shards and library. */
  modelBytes(modelId: string): number;
}

export interface FakeModelHostOptions {
  /** Also serve the files on this origin. */
  mirrorOrigin?: string;
  /** Redirect every weight shard to this CDN origin (https://cdn-lfs.hf.co), as Hugging Face does. */
  weightsCdn?: string;
}

/** Serves the fake files on every model host in `context`. */
export async function serveFakeModels(
  context: BrowserContext,
  { mirrorOrigin, weightsCdn }: FakeModelHostOptions = {},
): Promise<FakeModelHost> {
  const requests: string[] = [];
  const attempts = new Map<string, number>();
  const held: Array<() => void> = [];
  let decide: (url: string, attempt: number) => Interference = () => undefined;

  async function handle(route: Route): Promise<void> {
    const url = route.request().url();
    requests.push(url);
    const attempt = (attempts.get(url) ?? 0) + 1;
    attempts.set(url, attempt);
    const body = new URL(url).pathname.includes("/broken-404/") ? undefined : fakeModelFile(new URL(url));
    if (!body) return route.fulfill({ status: 404, headers: CORS, body: "Not found" });
    const interference = decide(url, attempt) ?? cdnRedirect(url);
    if (typeof interference === "object") {
      // Playwright serves only the first hop; the browser takes the redirect to a real server.
      return route.fulfill({ status: 302, headers: { ...CORS, location: interference.redirectTo } });
    }
    if (interference === "drop") return route.abort("connectionreset");
    if (interference === "hold") {
      await new Promise<void>((resolve) => held.push(resolve));
      return route.abort("connectionreset").catch(() => {});
    }
    const served = interference === "truncate" ? body.subarray(0, body.byteLength >> 1) : body;
    await route.fulfill({
      status: 200,
      headers: { ...CORS, "content-type": "application/octet-stream" },
      body: served,
    });
  }

  const cdnRedirect = (url: string): Interference => {
    const { hostname, pathname } = new URL(url);
    if (!weightsCdn || hostname !== "huggingface.co" || !SHARD_PATH.test(pathname)) return undefined;
    return { redirectTo: cdnUrl(weightsCdn, pathname) };
  };

  const patterns = ["https://huggingface.co/**", "https://raw.githubusercontent.com/**"];
  if (mirrorOrigin) patterns.push(`${mirrorOrigin}/**`);
  for (const pattern of patterns) await context.route(pattern, handle);

  return {
    requests,
    interfere: (next) => (decide = next),
    releaseHeld: () => held.splice(0).forEach((release) => release()),
    modelBytes: (modelId) =>
      ["mlc-chat-config.json", "tokenizer.json", "tensor-cache.json"]
        .map(
          (file) =>
            fakeModelFile(new URL(`https://huggingface.co/mlc-ai/${modelId}/resolve/main/${file}`))!
              .byteLength,
        )
        .reduce((sum, bytes) => sum + bytes, SHARD_COUNT * SHARD_BYTES + LIBRARY_BYTES),
  };
}

/** The same fake model's files as a folder on disk holds them (for importing): file name → bytes, library included. */
export function fakeModelFolderFiles(modelId: string): Map<string, Buffer> {
  const folder = `https://huggingface.co/mlc-ai/${modelId}/resolve/main/`;
  const shards = Array.from({ length: SHARD_COUNT }, (_, index) => `params_shard_${index}.bin`);
  const names = ["mlc-chat-config.json", "tokenizer.json", "tensor-cache.json", ...shards];
  const files = new Map(names.map((name) => [name, fakeModelFile(new URL(name, folder))!]));
  const library = `${modelId}-webgpu.wasm`;
  files.set(library, fakeModelFile(new URL(`https://raw.githubusercontent.com/libs/${library}`))!);
  return files;
}

const CORS = { "access-control-allow-origin": "*" };
const SHARD_PATH = /\/params_shard_\d+\.bin$/;

/**
 * Where the fake CDN keeps a file: a signed-looking URL, like Hugging Face's, that carries the original
 * path (so the CDN can serve the same bytes) and does not end in the file name.
 */
export function cdnUrl(cdnOrigin: string, originalPath: string): string {
  return `${cdnOrigin}/repos${originalPath}?X-Amz-Signature=fake`;
}

/** The original path a `cdnUrl` carries, or undefined for any other path. */
export function pathFromCdnUrl(url: URL): string | undefined {
  return url.pathname.startsWith("/repos/") ? url.pathname.slice("/repos".length) : undefined;
}

/**
 * The fake file a model host serves at `url`'s path (the host does not matter), or undefined for a 404.
 * Also what the stand-in upstream of `npm run mirror` serves in the mirror test.
 */
export function fakeModelFile(url: URL): Buffer | undefined {
  if (url.pathname.endsWith(".wasm"))
    return url.pathname.includes("/missing/") ? undefined : randomBytes(url.pathname, LIBRARY_BYTES);
  const file = /\/resolve\/main\/(.+)$/.exec(url.pathname)?.[1];
  const modelId = /([^/]+)\/resolve\/main\//.exec(url.pathname)?.[1] ?? "model";
  if (file === "mlc-chat-config.json") return brokenConfig(modelId) ?? json(chatConfig(modelId));
  if (file === "tokenizer.json")
    return json({ version: "1.0", model: { type: "BPE", vocab: { a: 0, b: 1 } } });
  if (file === "tensor-cache.json") return json(tensorCache());
  const shard = /^params_shard_(\d+)\.bin$/.exec(file ?? "")?.[1];
  if (shard !== undefined && Number(shard) < SHARD_COUNT)
    return randomBytes(`${modelId}/${shard}`, SHARD_BYTES);
  return undefined;
}

/** The config of a broken repository: undefined for a good one, an empty body for the missing one (404). */
function brokenConfig(modelId: string): Buffer | undefined {
  if (modelId === "broken-not-json") return Buffer.from("<!doctype html><title>Sign in</title>");
  if (modelId === "broken-missing-field") {
    const config: Partial<ReturnType<typeof chatConfig>> = chatConfig(modelId);
    delete config.context_window_size;
    return json(config);
  }
  return undefined;
}

function chatConfig(modelId: string) {
  return {
    model_type: "llama",
    quantization: /q\d+f\d+_\d+/.exec(modelId)?.[0] ?? "q4f32_1",
    context_window_size: 4096,
    tokenizer_files: ["tokenizer.json"],
    conv_template: { name: "llama-3" },
  };
}

/** The format mlc-llm writes: shards, each with the tensors packed in it. */
function tensorCache() {
  return {
    metadata: { ParamSize: SHARD_COUNT, ParamBytes: SHARD_COUNT * SHARD_BYTES, BitsPerParam: 4 },
    records: Array.from({ length: SHARD_COUNT }, (_, index) => ({
      dataPath: `params_shard_${index}.bin`,
      format: "raw-shard",
      nbytes: SHARD_BYTES,
      records: [
        {
          name: `model.layers.${index}.weight`,
          shape: [SHARD_BYTES / 4],
          dtype: "uint32",
          format: "raw",
          nbytes: SHARD_BYTES,
          byteOffset: 0,
        },
      ],
      md5sum: "0".repeat(32),
    })),
  };
}

function json(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value));
}

const cache = new Map<string, Buffer>();

/** Deterministic pseudo-random bytes (xorshift), the same for the same name on every request. */
function randomBytes(name: string, length: number): Buffer {
  const key = `${name}:${length}`;
  const cached = cache.get(key);
  if (cached) return cached;
  let state = [...name].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) | 0, 0x9e3779b9) || 1;
  const bytes = Buffer.alloc(length);
  for (let offset = 0; offset < length; offset += 4) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes.writeInt32LE(state | 0, offset);
  }
  cache.set(key, bytes);
  return bytes;
}
