/**
 * Which files make up a model and where each is stored, exactly as web-llm 0.2.86 looks them
 * up (`reloadInternal`, `asyncLoadTokenizer`, `fetchTensorCache`): every URL is built with
 * `new URL(name, folder).href`, as web-llm builds its cache keys.
 */
import { ReasonedError, type ModelFileProblem } from "../../domain/modelProblems";
import { isFileInFolder } from "../../domain/modelFilePath";
import type { ModelSource } from "../../domain/modelSource";
import type { WebLlmDatabase } from "./webLlmCache";

export interface ModelFile {
  url: string;
  database: WebLlmDatabase;
  /** Short name for messages: "params_shard_3.bin". */
  name: string;
  /** Exact size from tensor-cache.json (weight shards); other files are checked against Content-Length. */
  expectedBytes?: number;
}

export interface TensorCacheShard {
  dataPath: string;
  nbytes: number;
}

export const CONFIG_FILE = "mlc-chat-config.json";
export const TENSOR_CACHE_FILE = "tensor-cache.json";
const TOKENIZER_FILES = ["tokenizer.json", "tokenizer.model"] as const;

export function configFile(source: ModelSource): ModelFile {
  return { url: new URL(CONFIG_FILE, source.filesUrl).href, database: "webllm/config", name: CONFIG_FILE };
}

export function tensorCacheFile(source: ModelSource): ModelFile {
  return {
    url: new URL(TENSOR_CACHE_FILE, source.filesUrl).href,
    database: "webllm/model",
    name: TENSOR_CACHE_FILE,
  };
}

/** web-llm caches the library under its URL as given (no normalisation). */
export function libraryFile(source: ModelSource): ModelFile {
  const name = new URL(source.libraryUrl).pathname.split("/").pop() ?? "model library";
  return { url: source.libraryUrl, database: "webllm/wasm", name };
}

/** web-llm loads tokenizer.json when the config lists it, else tokenizer.model. */
export function tokenizerFile(source: ModelSource, tokenizerName: string): ModelFile {
  return { url: new URL(tokenizerName, source.filesUrl).href, database: "webllm/model", name: tokenizerName };
}

export function shardFiles(source: ModelSource, shards: readonly TensorCacheShard[]): ModelFile[] {
  return shards.map((shard) => ({
    url: new URL(shard.dataPath, source.filesUrl).href,
    database: "webllm/model",
    name: shard.dataPath,
    expectedBytes: shard.nbytes,
  }));
}

/** Every tokenizer name web-llm may have stored for a model (both are deleted with it). */
export function allTokenizerFiles(source: ModelSource): ModelFile[] {
  return TOKENIZER_FILES.map((name) => tokenizerFile(source, name));
}

/** A manifest or config that is not what MLC produces; the reason says what is wrong. */
export class ModelFormatError extends ReasonedError<ModelFileProblem> {
  override name = "ModelFormatError";
}

/** The tokenizer file a `mlc-chat-config.json` asks for, or a precise reason it is unusable. */
export function parseChatConfig(text: string): { tokenizerName: string; config: Record<string, unknown> } {
  const config = parseJsonObject(text, CONFIG_FILE);
  const files = config.tokenizer_files;
  if (!Array.isArray(files)) throw new ModelFormatError({ code: "no-tokenizer-list", file: CONFIG_FILE });
  const tokenizerName = TOKENIZER_FILES.find((name) => files.includes(name));
  if (!tokenizerName) {
    throw new ModelFormatError({ code: "no-known-tokenizer", file: CONFIG_FILE });
  }
  return { tokenizerName, config };
}

/** The shards a `tensor-cache.json` lists, validated (web-llm reads `records[].dataPath` and `nbytes`). */
export function parseTensorCache(value: unknown): TensorCacheShard[] {
  const records = isObject(value) ? value.records : undefined;
  if (!Array.isArray(records) || records.length === 0) {
    throw new ModelFormatError({ code: "no-shard-records", file: TENSOR_CACHE_FILE });
  }
  return records.map((record: unknown, index) => {
    if (!isObject(record) || typeof record.dataPath !== "string" || record.dataPath === "") {
      throw new ModelFormatError({ code: "record-without-path", file: TENSOR_CACHE_FILE, index });
    }
    if (!isFileInFolder(record.dataPath)) {
      throw new ModelFormatError({ code: "record-path-outside-folder", file: TENSOR_CACHE_FILE, index });
    }
    if (typeof record.nbytes !== "number" || !Number.isSafeInteger(record.nbytes) || record.nbytes < 0) {
      throw new ModelFormatError({ code: "record-without-size", file: TENSOR_CACHE_FILE, index });
    }
    return { dataPath: record.dataPath, nbytes: record.nbytes };
  });
}

export function parseJsonObject(text: string, name: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ModelFormatError({ code: "not-json", file: name });
  }
  if (!isObject(value)) throw new ModelFormatError({ code: "not-json-object", file: name });
  return value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
