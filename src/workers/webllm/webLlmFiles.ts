/**
 * Where and how web-llm keeps each file of a model in its IndexedDB cache, exactly as web-llm 0.2.86
 * looks them up (`MLCEngine.reloadInternal`, `asyncLoadTokenizer`, tvmjs `fetchTensorCache`), so that
 * its `reload` finds every file Sigilo stored and fetches nothing:
 * - keys: `new URL(name, folder).href` for the config, tokenizer, tensor-cache.json and every shard
 *   (`folder` is the model's "…/resolve/main/" URL); the library under its URL exactly as given;
 * - databases: the config in "webllm/config", the library in "webllm/wasm", everything else in "webllm/model";
 * - record types: tensor-cache.json is stored parsed (web-llm asks for it with storetype "json"); every
 *   other file as an ArrayBuffer ("arraybuffer"). 0.2.79 read the config parsed too: a version check in
 *   the contract tests stops an upgrade from changing this silently.
 * The downloader, the importer, the stored-model check and the listings use these; nothing else knows them.
 */
import {
  CONFIG_FILE,
  TENSOR_CACHE_FILE,
  TOKENIZER_FILES,
  type ModelFileRole,
  type ShardListing,
} from "../../domain/mlcModelFolder";
import type { ModelSource } from "../../domain/modelSource";
import { storedByteLength, type WebLlmCache, type WebLlmDatabase } from "./webLlmCache";

/** The web-llm release whose loader the contract tests (webLlmContract.*.test.ts) last ran against. */
export const VERIFIED_WEB_LLM_VERSION = "0.2.86";

export interface ModelFile {
  role: ModelFileRole;
  /** Short name for messages: "params_shard_3.bin". */
  name: string;
  /** The cache key web-llm looks the file up by. */
  url: string;
  database: WebLlmDatabase;
  /** Exact size from tensor-cache.json (weight shards); other files are checked against what the host announces. */
  expectedBytes?: number;
}

/** The database holding everything under a model's folder: manifest, tokenizer and shards. */
export const MODEL_FOLDER_DATABASE: WebLlmDatabase = "webllm/model";

export function configFile(source: ModelSource): ModelFile {
  return inFolder(source, "config", CONFIG_FILE, "webllm/config");
}

export function tensorCacheFile(source: ModelSource): ModelFile {
  return inFolder(source, "manifest", TENSOR_CACHE_FILE, MODEL_FOLDER_DATABASE);
}

export function tokenizerFile(source: ModelSource, name: string): ModelFile {
  return inFolder(source, "tokenizer", name, MODEL_FOLDER_DATABASE);
}

/** Every tokenizer web-llm may have stored for a model (its own deletion removes both). */
export function allTokenizerFiles(source: ModelSource): ModelFile[] {
  return TOKENIZER_FILES.map((name) => tokenizerFile(source, name));
}

export function shardFiles(source: ModelSource, shards: readonly ShardListing[]): ModelFile[] {
  return shards.map((shard) => ({
    ...inFolder(source, "shard", shard.dataPath, MODEL_FOLDER_DATABASE),
    expectedBytes: shard.nbytes,
  }));
}

/** The database holding every model library. */
export const LIBRARY_DATABASE: WebLlmDatabase = "webllm/wasm";

/** web-llm keys the library by its URL as given (no normalisation), in its own database. */
export function libraryFile(source: ModelSource): ModelFile {
  const name = new URL(source.libraryUrl).pathname.split("/").pop() || "model library";
  return { role: "library", name, url: source.libraryUrl, database: LIBRARY_DATABASE };
}

/**
 * Whether web-llm reads a model library through its cache. web-llm 0.2.86 `reloadInternal`
 * (`fetchWasmSource`): a `model_lib` whose text contains "localhost" anywhere is fetched directly, never
 * cached; one not starting with "http" (a relative path) is resolved against the page and fetched
 * directly too; any other (absolute http(s), same origin or not) is read from "webllm/wasm" under the URL
 * as given, and fetched only when missing there.
 */
export function webLlmCachesLibrary(libraryUrl: string): boolean {
  return !libraryUrl.includes("localhost") && libraryUrl.startsWith("http");
}

/** Stores one whole file as the record web-llm reads it, in one transaction. */
export function storeFile(cache: WebLlmCache, file: ModelFile, bytes: ArrayBuffer): Promise<void> {
  return cache.put(file.database, file.url, recordData(file, bytes));
}

/** What the cache holds for a file, judged as web-llm will read it. */
export type StoredRecord =
  | { state: "missing" }
  /** Something other than the record type web-llm reads for this file (a config stored parsed, as 0.2.79 did). */
  | { state: "wrong-type"; byteLength: number }
  | { state: "stored"; byteLength: number; text(): string };

/** Reads one file's record; rejects only when the browser cannot read the database. */
export async function readFile(cache: WebLlmCache, file: ModelFile): Promise<StoredRecord> {
  const data = await cache.read(file.database, file.url);
  if (data === undefined) return { state: "missing" };
  if (file.role === "manifest") {
    const parsed =
      typeof data === "object" &&
      data !== null &&
      !(data instanceof ArrayBuffer) &&
      !ArrayBuffer.isView(data);
    if (!parsed) return wrongType(data);
    return { state: "stored", byteLength: storedByteLength(data), text: () => JSON.stringify(data) };
  }
  if (!(data instanceof ArrayBuffer)) return wrongType(data);
  return { state: "stored", byteLength: data.byteLength, text: () => new TextDecoder().decode(data) };
}

function wrongType(data: unknown): StoredRecord {
  return { state: "wrong-type", byteLength: storedByteLength(data) };
}

function recordData(file: ModelFile, bytes: ArrayBuffer): ArrayBuffer | object {
  return file.role === "manifest" ? (JSON.parse(new TextDecoder().decode(bytes)) as object) : bytes;
}

function inFolder(
  source: ModelSource,
  role: ModelFileRole,
  name: string,
  database: WebLlmDatabase,
): ModelFile {
  return { role, name, url: new URL(name, source.filesUrl).href, database };
}
