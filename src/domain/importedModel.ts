/**
 * Models imported from files: where their files are kept in web-llm's cache, and what importing
 * them reports. Pure types and functions, no I/O.
 *
 * An imported model has no host, yet web-llm finds files by URL. Its files are stored under synthetic
 * URLs on a reserved host that can never resolve (RFC 6761 ".invalid"), so web-llm's `reload` reads every
 * one from its cache and fetches nothing. They are absolute https URLs that never contain "localhost",
 * as web-llm needs to read a library from its cache rather than fetch it (its rule, and the contract
 * test proving it, live in src/workers/webllm/; the importer refuses a source that breaks it). The id is
 * generated, not taken from the name, so a name can never put "localhost" into them.
 */
import type { ModelSource } from "./modelSource";
import type { StorageShortfall } from "./engineError";
import type { ModelFileProblem } from "./modelProblems";

export const IMPORTED_MODELS_BASE = "https://imported.sigilo.invalid/";
const IMPORTED_ID_PREFIX = "imported-";

/** A new id for an imported model: unique in this browser, independent of the name the user gives. */
export function newImportedModelId(now: number, random: () => number = Math.random): string {
  const suffix = Math.floor(random() * 36 ** 4)
    .toString(36)
    .padStart(4, "0");
  return `${IMPORTED_ID_PREFIX}${now.toString(36)}${suffix}`;
}

/** "https://imported.sigilo.invalid/<id>/": every file of one imported model, library included, is under it. */
export function importedModelFolder(modelId: string): string {
  return new URL(`${modelId}/`, IMPORTED_MODELS_BASE).href;
}

export function importedModelSource(modelId: string): ModelSource {
  const folder = importedModelFolder(modelId);
  return {
    modelId,
    filesUrl: new URL("resolve/main/", folder).href,
    libraryUrl: new URL("model-library.wasm", folder).href,
  };
}

export function isImportedSource(source: ModelSource): boolean {
  return source.filesUrl.startsWith(IMPORTED_MODELS_BASE);
}

/** A chosen file (a File, which crosses to the engine worker as it is) and its path relative to what was chosen. */
export interface ChosenFile {
  /** "Folder/params_shard_0.bin" for a folder; the file's name for loose files. */
  path: string;
  file: Blob;
}

/** What the checks need of a chosen file. */
export interface ChosenFileInfo {
  path: string;
  size: number;
}

/** What a chosen folder holds, shown before it is imported. */
export interface ModelFolderSummary {
  /** The folder holding mlc-chat-config.json ("" when loose files were chosen). */
  folderName: string;
  modelType: string;
  quantization: string;
  contextWindow: number;
  weightsBytes: number;
  shardCount: number;
  /** Every file that will be stored: config, tensor-cache.json, tokenizer, shards and library. */
  totalBytes: number;
  fileCount: number;
  libraryName: string;
}

/** Why chosen files cannot be imported: one precise reason, turned into words by the dialog. */
export type ImportProblem =
  | { kind: "no-files" }
  | { kind: "no-config" }
  | { kind: "several-configs"; folders: string[] }
  | { kind: "no-manifest"; oldName?: string }
  /** The config, manifest or a file's size breaks the MLC folder rules every model obeys (mlcModelFolder.ts). */
  | { kind: "invalid-file"; problem: ModelFileProblem }
  | { kind: "tokenizer-missing"; name: string }
  | { kind: "empty-file"; name: string }
  | { kind: "shard-missing"; name: string }
  | { kind: "shard-size"; name: string; actualBytes: number; expectedBytes: number }
  | { kind: "no-library" }
  | { kind: "several-libraries"; names: string[] }
  /** A file changed or went away between being chosen and being read. */
  | { kind: "unreadable"; name: string }
  | { kind: "not-enough-storage"; storage: StorageShortfall }
  | { kind: "cancelled" }
  /** Something unexpected (the browser's storage failed, say); `message` is for the details. */
  | { kind: "failed"; message: string }
  | { kind: "name-missing" }
  | { kind: "name-taken"; name: string };

export type ModelFolderCheck =
  { ok: true; summary: ModelFolderSummary } | { ok: false; problem: ImportProblem };

/** Bytes stored so far out of all the files being imported. */
export interface ImportProgress {
  bytesDone: number;
  bytesTotal: number;
}

export type ImportResult = { ok: true; summary: ModelFolderSummary } | { ok: false; problem: ImportProblem };
