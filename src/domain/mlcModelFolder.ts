/**
 * The rules of an MLC model folder — one set, used by the downloader, the file import and the
 * add-a-model check alike, so the three never disagree about what a usable model is:
 * - `mlc-chat-config.json` parses and names what Sigilo and web-llm need (model type, quantization,
 *   context window, conversation template, a tokenizer web-llm can load);
 * - `tensor-cache.json` lists the weight shards: each a raw shard with a size, inside the folder, listed once;
 * - limits on everything a host or a file makes the app read (the three small files, the library, the
 *   number and size of shards), so a hostile or broken host gets a precise refusal, never a hang.
 * Pure: no I/O. A broken rule throws ModelFileError, whose reason the UI words.
 */
import { isFileInFolder } from "./modelFilePath";
import { ReasonedError, type ModelFileProblem } from "./modelProblems";

export const CONFIG_FILE = "mlc-chat-config.json";
export const TENSOR_CACHE_FILE = "tensor-cache.json";
/** What MLC called the manifest before web-llm 0.2.80 or so; a folder holding only it is too old. */
export const OLD_TENSOR_CACHE_FILE = "ndarray-cache.json";
/** The tokenizers web-llm can load, in the order it prefers them. */
export const TOKENIZER_FILES = ["tokenizer.json", "tokenizer.model"] as const;
export type TokenizerFile = (typeof TOKENIZER_FILES)[number];

export type ModelFileRole = "config" | "manifest" | "tokenizer" | "library" | "shard";

const MIB = 1024 * 1024;

/**
 * The most Sigilo reads of each file. Real models stay far below: configs are a few KB, manifests a few
 * hundred KB, tokenizers up to ~35 MB (Gemma 3), libraries 3–15 MB, shards ~32 MB (one large tensor may
 * make a shard of a few hundred MB), and the largest MLC models have about 1,200 shards.
 */
export const MODEL_FILE_LIMITS = {
  configBytes: 1 * MIB,
  manifestBytes: 16 * MIB,
  tokenizerBytes: 64 * MIB,
  libraryBytes: 128 * MIB,
  shardBytes: 2048 * MIB,
  shards: 4096,
} as const;

/** The most Sigilo reads of a file in this role (a shard's own size is checked against its manifest entry). */
export function sizeLimit(role: ModelFileRole): number {
  switch (role) {
    case "config":
      return MODEL_FILE_LIMITS.configBytes;
    case "manifest":
      return MODEL_FILE_LIMITS.manifestBytes;
    case "tokenizer":
      return MODEL_FILE_LIMITS.tokenizerBytes;
    case "library":
      return MODEL_FILE_LIMITS.libraryBytes;
    case "shard":
      return MODEL_FILE_LIMITS.shardBytes;
  }
}

/** A model file that breaks one of the rules; `reason` says which, as data. */
export class ModelFileError extends ReasonedError<ModelFileProblem> {
  override name = "ModelFileError";
}

/** Refuses a file announced (Content-Length, a chosen file's size) as larger than its role allows. */
export function checkAnnouncedSize(role: ModelFileRole, file: string, bytes: number): void {
  const limitBytes = sizeLimit(role);
  if (bytes > limitBytes) throw new ModelFileError({ code: "file-too-large", file, limitBytes, bytes });
}

/** What the config says about the model, once it passed the rules. */
export interface ChatConfigFacts {
  modelType: string;
  quantization: string;
  contextWindow: number;
  /** The tokenizer web-llm will load: tokenizer.json when listed, else tokenizer.model. */
  tokenizer: TokenizerFile;
}

export function readChatConfig(text: string): ChatConfigFacts {
  const config = parseJsonObject(text, CONFIG_FILE);
  const modelType = stringField(config, "model_type");
  const quantization = stringField(config, "quantization");
  const contextWindow = contextWindowOf(config);
  // web-llm spreads it into its conversation settings: a template name alone would not do.
  if (!isObject(config.conv_template)) throw missingField(CONFIG_FILE, "conv_template");
  const files = config.tokenizer_files;
  if (!Array.isArray(files)) throw missingField(CONFIG_FILE, "tokenizer_files");
  const tokenizer = TOKENIZER_FILES.find((name) => files.includes(name));
  if (!tokenizer) throw new ModelFileError({ code: "no-known-tokenizer", file: CONFIG_FILE });
  return { modelType, quantization, contextWindow, tokenizer };
}

/** One weight shard as tensor-cache.json lists it (web-llm reads `records[].dataPath` and `nbytes`). */
export interface ShardListing {
  dataPath: string;
  nbytes: number;
}

/** The shards a parsed tensor-cache.json lists, each checked; the whole list refused at the first bad one. */
export function readTensorCache(value: unknown): ShardListing[] {
  const file = TENSOR_CACHE_FILE;
  const records = isObject(value) ? value.records : undefined;
  if (!Array.isArray(records) || records.length === 0) {
    throw new ModelFileError({ code: "no-shard-records", file });
  }
  // Counted before anything else is looked at, so a list of millions costs no more than its parse.
  if (records.length > MODEL_FILE_LIMITS.shards) {
    throw new ModelFileError({
      code: "too-many-shards",
      file,
      count: records.length,
      limit: MODEL_FILE_LIMITS.shards,
    });
  }
  const seen = new Set<string>();
  return records.map((record: unknown, index): ShardListing => {
    if (!isObject(record) || typeof record.dataPath !== "string" || record.dataPath === "") {
      throw new ModelFileError({ code: "record-without-path", file, index });
    }
    const { dataPath, nbytes, format } = record;
    if (typeof nbytes !== "number" || !Number.isSafeInteger(nbytes) || nbytes < 0) {
      throw new ModelFileError({ code: "record-without-size", file, index });
    }
    if (format !== undefined && format !== "raw-shard") {
      throw new ModelFileError({ code: "unsupported-shard-format", file, format: String(format) });
    }
    if (!isFileInFolder(dataPath))
      throw new ModelFileError({ code: "shard-path-outside-folder", file, path: dataPath });
    if (seen.has(dataPath)) throw new ModelFileError({ code: "shard-listed-twice", file, path: dataPath });
    seen.add(dataPath);
    if (nbytes > MODEL_FILE_LIMITS.shardBytes) {
      throw new ModelFileError({
        code: "shard-too-large",
        file,
        shard: dataPath,
        bytes: nbytes,
        limitBytes: MODEL_FILE_LIMITS.shardBytes,
      });
    }
    return { dataPath, nbytes };
  });
}

/** The bytes of every file a model consists of: what a download fetches and an import stores. */
export interface ModelFileSizes {
  config: number;
  manifest: number;
  tokenizer: number;
  library: number;
  shards: readonly ShardListing[];
}

export function weightsBytes(shards: readonly ShardListing[]): number {
  return shards.reduce((sum, shard) => sum + shard.nbytes, 0);
}

/** The model's whole size, the one figure the add-a-model check, the download and the import all show. */
export function modelTotalBytes(sizes: ModelFileSizes): number {
  return sizes.config + sizes.manifest + sizes.tokenizer + sizes.library + weightsBytes(sizes.shards);
}

/** Config, manifest, tokenizer and library, plus the shards. */
export function modelFileCount(shardCount: number): number {
  return shardCount + 4;
}

export function parseJsonObject(text: string, file: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ModelFileError({ code: "not-json", file });
  }
  if (!isObject(value)) throw new ModelFileError({ code: "not-json-object", file });
  return value;
}

/**
 * A shard's path resolves, as web-llm resolves it (`new URL(dataPath, folder)`), to a file inside the
 * model's folder: not "../other-model/x.bin", "/x.bin" or "https://elsewhere/x.bin", and with no query.
 */
function stringField(config: Record<string, unknown>, field: string): string {
  const value = config[field];
  if (typeof value !== "string" || value === "") throw missingField(CONFIG_FILE, field);
  return value;
}

/** MLC writes `context_window_size`; older configs keep it under `model_config`. */
function contextWindowOf(config: Record<string, unknown>): number {
  const nested = isObject(config.model_config) ? config.model_config : {};
  const value = config.context_window_size ?? nested.context_window_size;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value <= 0) {
    throw missingField(CONFIG_FILE, "context_window_size");
  }
  return value;
}

function missingField(file: string, field: string): ModelFileError {
  return new ModelFileError({ code: "missing-field", file, field });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
