/**
 * Checks files the user chose (a folder, loose files or a drop) before an MLC model is imported from
 * them, with the rules every model obeys (mlcModelFolder.ts: the downloader's and the add-a-model
 * check's too), plus what only files on disk need: the config and manifest are found among the chosen
 * files, every shard is there with exactly the bytes the manifest names, the tokenizer the config asks
 * for is there, and exactly one .wasm library is. Sizes are checked before any file is read, so a
 * 10 GB "config" is refused without being opened. Pure: the two JSON files are read through `readText`.
 * The first problem found is returned, named.
 */
import type { ChosenFileInfo, ImportProblem, ModelFolderSummary } from "./importedModel";
import {
  checkAnnouncedSize,
  CONFIG_FILE,
  ModelFileError,
  modelFileCount,
  modelTotalBytes,
  OLD_TENSOR_CACHE_FILE,
  parseJsonObject,
  readChatConfig,
  readTensorCache,
  TENSOR_CACHE_FILE,
  weightsBytes,
  type ModelFileRole,
} from "./mlcModelFolder";

/** One file to store: where it is among the chosen files, and its name inside the model's folder. */
export interface PlannedFile {
  path: string;
  role: ModelFileRole;
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
    if (error instanceof ModelFileError)
      return { ok: false, problem: { kind: "invalid-file", problem: error.reason } };
    throw error;
  }
}

async function plan(
  chosen: readonly ChosenFileInfo[],
  readText: (path: string) => Promise<string>,
): Promise<ModelFolderPlan> {
  if (chosen.length === 0) throw new Unusable({ kind: "no-files" });
  const configs = chosen.filter((file) => baseName(file.path) === CONFIG_FILE);
  if (configs.length === 0) throw new Unusable({ kind: "no-config" });
  if (configs.length > 1) {
    throw new Unusable({ kind: "several-configs", folders: configs.map((file) => folderOf(file.path)) });
  }
  const config = configs[0]!;
  const folder = folderOf(config.path);
  const inFolder = new Map(
    chosen.filter((file) => isInside(file.path, folder)).map((file) => [relativeTo(file.path, folder), file]),
  );

  checkAnnouncedSize("config", CONFIG_FILE, config.size);
  const facts = readChatConfig(await readText(config.path));

  const manifest = inFolder.get(TENSOR_CACHE_FILE);
  if (!manifest) {
    throw new Unusable({
      kind: "no-manifest",
      ...(inFolder.has(OLD_TENSOR_CACHE_FILE) ? { oldName: OLD_TENSOR_CACHE_FILE } : {}),
    });
  }
  checkAnnouncedSize("manifest", TENSOR_CACHE_FILE, manifest.size);
  const shards = readTensorCache(parseJsonObject(await readText(manifest.path), TENSOR_CACHE_FILE));

  const tokenizer = inFolder.get(facts.tokenizer);
  if (!tokenizer) throw new Unusable({ kind: "tokenizer-missing", name: facts.tokenizer });
  if (tokenizer.size === 0) throw new Unusable({ kind: "empty-file", name: facts.tokenizer });
  checkAnnouncedSize("tokenizer", facts.tokenizer, tokenizer.size);

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
  checkAnnouncedSize("library", baseName(library.path), library.size);

  // The config last: until it is stored the model never looks complete (see modelStore.ts).
  const ordered: PlannedFile[] = [
    { path: library.path, role: "library", name: baseName(library.path), bytes: library.size },
    { path: tokenizer.path, role: "tokenizer", name: facts.tokenizer, bytes: tokenizer.size },
    ...files,
    { path: manifest.path, role: "manifest", name: TENSOR_CACHE_FILE, bytes: manifest.size },
    { path: config.path, role: "config", name: CONFIG_FILE, bytes: config.size },
  ];
  return {
    ok: true,
    files: ordered,
    summary: {
      folderName: baseName(folder),
      modelType: facts.modelType,
      quantization: facts.quantization,
      contextWindow: facts.contextWindow,
      weightsBytes: weightsBytes(shards),
      shardCount: shards.length,
      totalBytes: modelTotalBytes({
        config: config.size,
        manifest: manifest.size,
        tokenizer: tokenizer.size,
        library: library.size,
        shards,
      }),
      fileCount: modelFileCount(shards.length),
      libraryName: baseName(library.path),
    },
  };
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
