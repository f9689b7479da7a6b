/**
 * Checks files the user chose (a folder, loose files or a drop) before an MLC model is imported from
 * them, with the rules Sigilo's downloader applies: mlc-chat-config.json parses and has what web-llm
 * needs, tensor-cache.json parses and lists raw shards, every shard is there with exactly the bytes
 * the manifest names, the tokenizer the config asks for is there, and exactly one .wasm library is.
 * Pure: the two JSON files are read through `readText`. The first problem found is returned, named.
 */
import type { ChosenFileInfo, ImportProblem, ModelFolderSummary } from "./importedModel";

export const CONFIG_NAME = "mlc-chat-config.json";
export const MANIFEST_NAME = "tensor-cache.json";
/** What MLC builds before web-llm 0.2.80 or so called the manifest. */
const OLD_MANIFEST_NAME = "ndarray-cache.json";

export type PlannedRole = "config" | "manifest" | "tokenizer" | "shard" | "library";

/** One file to store: where it is among the chosen files, and its name inside the model's folder. */
export interface PlannedFile {
  path: string;
  role: PlannedRole;
  /** "params_shard_0.bin"; the library keeps its own file name. */
  name: string;
  bytes: number;
}

export type ModelFolderPlan =
  { ok: true; summary: ModelFolderSummary; files: PlannedFile[] } | { ok: false; problem: ImportProblem };

class Unusable extends Error {
  constructor(readonly problem: ImportProblem) {
    super(problem.kind);
  }
}

/** What the files hold, and every file to store in the order it should be stored; or why they cannot be. */
export async function planModelImport(
  chosen: readonly ChosenFileInfo[],
  readText: (path: string) => Promise<string>,
): Promise<ModelFolderPlan> {
  try {
    return await plan(chosen, readText);
  } catch (error) {
    if (error instanceof Unusable) return { ok: false, problem: error.problem };
    throw error;
  }
}

async function plan(
  chosen: readonly ChosenFileInfo[],
  readText: (path: string) => Promise<string>,
): Promise<ModelFolderPlan> {
  if (chosen.length === 0) throw new Unusable({ kind: "no-files" });
  const configs = chosen.filter((file) => baseName(file.path) === CONFIG_NAME);
  if (configs.length === 0) throw new Unusable({ kind: "no-config" });
  if (configs.length > 1) {
    throw new Unusable({ kind: "several-configs", folders: configs.map((file) => folderOf(file.path)) });
  }
  const config = configs[0]!;
  const folder = folderOf(config.path);
  const inFolder = new Map(
    chosen.filter((file) => isInside(file.path, folder)).map((file) => [relativeTo(file.path, folder), file]),
  );

  const configValue = parseObject(await readText(config.path), CONFIG_NAME);
  const modelType = stringField(configValue, "model_type");
  const quantization = stringField(configValue, "quantization");
  const contextWindow = contextWindowOf(configValue);
  if (!isObject(configValue.conv_template)) {
    throw new Unusable({ kind: "missing-field", file: CONFIG_NAME, field: "conv_template" });
  }
  const tokenizerName = tokenizerOf(configValue);

  const manifest = inFolder.get(MANIFEST_NAME);
  if (!manifest) {
    throw new Unusable({
      kind: "no-manifest",
      ...(inFolder.has(OLD_MANIFEST_NAME) ? { oldName: OLD_MANIFEST_NAME } : {}),
    });
  }
  const shards = shardsOf(parseObject(await readText(manifest.path), MANIFEST_NAME));

  const tokenizer = inFolder.get(tokenizerName);
  if (!tokenizer) throw new Unusable({ kind: "tokenizer-missing", name: tokenizerName });
  if (tokenizer.size === 0) throw new Unusable({ kind: "empty-file", name: tokenizerName });

  const files: PlannedFile[] = [];
  for (const shard of shards) {
    const file = inFolder.get(shard.dataPath);
    if (!file) throw new Unusable({ kind: "shard-missing", name: shard.dataPath });
    if (file.size !== shard.nbytes) {
      throw new Unusable({
        kind: "shard-size",
        name: shard.dataPath,
        actualBytes: file.size,
        expectedBytes: shard.nbytes,
      });
    }
    files.push({ path: file.path, role: "shard", name: shard.dataPath, bytes: file.size });
  }

  // The library may sit beside the model's folder as well as in it: any chosen .wasm counts.
  const libraries = chosen.filter((file) => file.path.toLowerCase().endsWith(".wasm"));
  if (libraries.length === 0) throw new Unusable({ kind: "no-library" });
  if (libraries.length > 1) {
    throw new Unusable({ kind: "several-libraries", names: libraries.map((file) => file.path) });
  }
  const library = libraries[0]!;
  if (library.size === 0) throw new Unusable({ kind: "empty-file", name: baseName(library.path) });

  // The config last: until it is stored the model never looks complete (see modelStore.ts).
  const ordered: PlannedFile[] = [
    { path: library.path, role: "library", name: baseName(library.path), bytes: library.size },
    { path: tokenizer.path, role: "tokenizer", name: tokenizerName, bytes: tokenizer.size },
    ...files,
    { path: manifest.path, role: "manifest", name: MANIFEST_NAME, bytes: manifest.size },
    { path: config.path, role: "config", name: CONFIG_NAME, bytes: config.size },
  ];
  return {
    ok: true,
    files: ordered,
    summary: {
      folderName: baseName(folder),
      modelType,
      quantization,
      contextWindow,
      weightsBytes: shards.reduce((sum, shard) => sum + shard.nbytes, 0),
      shardCount: shards.length,
      totalBytes: ordered.reduce((sum, file) => sum + file.bytes, 0),
      fileCount: ordered.length,
      libraryName: baseName(library.path),
    },
  };
}

function parseObject(text: string, file: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Unusable({ kind: "not-json", file });
  }
  if (!isObject(value)) throw new Unusable({ kind: "not-object", file });
  return value;
}

function stringField(config: Record<string, unknown>, field: string): string {
  const value = config[field];
  if (typeof value !== "string" || value === "") {
    throw new Unusable({ kind: "missing-field", file: CONFIG_NAME, field });
  }
  return value;
}

/** MLC writes `context_window_size`; older configs keep it under `model_config`. */
function contextWindowOf(config: Record<string, unknown>): number {
  const nested = isObject(config.model_config) ? config.model_config : {};
  const value = config.context_window_size ?? nested.context_window_size;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value <= 0) {
    throw new Unusable({ kind: "missing-field", file: CONFIG_NAME, field: "context_window_size" });
  }
  return value;
}

/** web-llm loads tokenizer.json when the config lists it, else tokenizer.model. */
function tokenizerOf(config: Record<string, unknown>): string {
  const files = config.tokenizer_files;
  if (!Array.isArray(files)) {
    throw new Unusable({ kind: "missing-field", file: CONFIG_NAME, field: "tokenizer_files" });
  }
  const name = ["tokenizer.json", "tokenizer.model"].find((known) => files.includes(known));
  if (!name) throw new Unusable({ kind: "no-known-tokenizer" });
  return name;
}

function shardsOf(manifest: Record<string, unknown>): { dataPath: string; nbytes: number }[] {
  const records = manifest.records;
  if (!Array.isArray(records) || records.length === 0) {
    throw new Unusable({ kind: "missing-field", file: MANIFEST_NAME, field: "records" });
  }
  return records.map((record: unknown, index) => {
    if (!isObject(record) || typeof record.dataPath !== "string" || record.dataPath === "") {
      throw new Unusable({ kind: "bad-record", index, field: "dataPath" });
    }
    const { nbytes, format } = record;
    if (typeof nbytes !== "number" || !Number.isSafeInteger(nbytes) || nbytes < 0) {
      throw new Unusable({ kind: "bad-record", index, field: "nbytes" });
    }
    if (format !== undefined && format !== "raw-shard") {
      throw new Unusable({ kind: "unsupported-format", format: String(format) });
    }
    return { dataPath: record.dataPath, nbytes };
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function baseName(path: string): string {
  return path.split("/").pop() ?? path;
}

/** "A/B/file" → "A/B"; a loose file's folder is "". */
function folderOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
}

function isInside(path: string, folder: string): boolean {
  return folder === "" || path.startsWith(`${folder}/`);
}

function relativeTo(path: string, folder: string): string {
  return folder === "" ? path : path.slice(folder.length + 1);
}
