/**
 * Imports a model from files the user chose into web-llm's cache (where and as what:
 * webllm/webLlmFiles.ts), so it loads with no network at all (see domain/importedModel.ts for the URLs
 * it is stored under). The files are checked first (domain/modelFolderCheck.ts, with the MLC folder
 * rules every model obeys), the browser's storage
 * estimate must leave room for all of them, and each file is checked again as it is read: a file
 * that changed since it was chosen is not stored. The config is written last, so a model is never
 * complete before every file is in; on any failure or a cancel everything written is deleted again.
 */
import {
  importedModelFolder,
  type ChosenFile,
  isImportedSource,
  type ImportProblem,
  type ImportProgress,
  type ImportResult,
  type ModelFolderCheck,
} from "../../domain/importedModel";
import { planModelImport, type PlannedFile } from "../../domain/modelFolderCheck";
import type { ModelSource } from "../../domain/modelSource";
import { WEB_LLM_DATABASES, type WebLlmCache } from "../webllm/webLlmCache";
import {
  configFile,
  libraryFile,
  shardFiles,
  storeFile,
  tensorCacheFile,
  tokenizerFile,
  webLlmCachesLibrary,
  type ModelFile,
} from "../webllm/webLlmFiles";
import { isQuotaError } from "./downloadErrors";
import { shortfallAfterQuotaError, spaceShortfall, type StorageEstimator } from "./storageSpace";

export interface ImportEnvironment extends StorageEstimator {
  cache: WebLlmCache;
}

export interface ModelImporter {
  /** What the files hold, or why they cannot be imported; nothing is stored. */
  inspect(files: readonly ChosenFile[]): Promise<ModelFolderCheck>;
  /**
   * Stores the files as `source` (an imported model's source, see importedModelSource). Aborting `signal`
   * stops it after the file being written and deletes what was written: it resolves with "cancelled".
   */
  import(
    source: ModelSource,
    files: readonly ChosenFile[],
    onProgress: (progress: ImportProgress) => void,
    signal?: AbortSignal,
  ): Promise<ImportResult>;
  /** The model being imported, whose files no known source claims yet (so they are not leftovers). */
  importing(): ModelSource | undefined;
}

/** Thrown inside an import to end it with a named problem (after cleaning up). */
class ImportStopped extends Error {
  constructor(readonly problem: ImportProblem) {
    super(problem.kind);
  }
}

export function createModelImporter(env: ImportEnvironment): ModelImporter {
  let running: { source: ModelSource } | undefined;

  return {
    async inspect(files) {
      const plan = await planFiles(files);
      return plan.ok ? { ok: true, summary: plan.summary } : plan;
    },

    async import(source, files, onProgress, signal) {
      // Files under any other URL would not be where web-llm looks, or a library it would fetch, not read.
      if (!isImportedSource(source) || !webLlmCachesLibrary(source.libraryUrl)) {
        throw new Error(`Not an imported model's source: ${source.filesUrl}`);
      }
      const plan = await planFiles(files);
      if (!plan.ok) return plan;
      const state = { source };
      running = state;
      const byPath = new Map(files.map((chosen) => [chosen.path, chosen.file]));
      try {
        await checkSpace(plan.summary.totalBytes, env);
        const bytesTotal = plan.summary.totalBytes;
        let bytesDone = 0;
        onProgress({ bytesDone, bytesTotal });
        for (const planned of plan.files) {
          if (signal?.aborted) throw new ImportStopped({ kind: "cancelled" });
          const data = await read(byPath.get(planned.path), planned);
          await store(env, targetOf(source, planned), data, bytesTotal - bytesDone);
          bytesDone += planned.bytes;
          onProgress({ bytesDone, bytesTotal });
        }
        return { ok: true, summary: plan.summary };
      } catch (error) {
        await deleteUnder(env.cache, importedModelFolder(source.modelId));
        if (error instanceof ImportStopped) return { ok: false, problem: error.problem };
        throw error;
      } finally {
        if (running === state) running = undefined;
      }
    },

    importing: () => running?.source,
  };
}

function planFiles(files: readonly ChosenFile[]) {
  const byPath = new Map(files.map((chosen) => [chosen.path, chosen.file]));
  return planModelImport(
    files.map((chosen) => ({ path: chosen.path, size: chosen.file.size })),
    async (path) => {
      try {
        return await byPath.get(path)!.text();
      } catch {
        throw new ImportStopped({ kind: "unreadable", name: path });
      }
    },
  ).catch((error: unknown) => {
    if (error instanceof ImportStopped) return { ok: false as const, problem: error.problem };
    throw error;
  });
}

/** Where web-llm looks for the planned file of `source`. */
function targetOf(source: ModelSource, planned: PlannedFile): ModelFile {
  switch (planned.role) {
    case "config":
      return configFile(source);
    case "manifest":
      return tensorCacheFile(source);
    case "tokenizer":
      return tokenizerFile(source, planned.name);
    case "library":
      return libraryFile(source);
    case "shard":
      return shardFiles(source, [{ dataPath: planned.name, nbytes: planned.bytes }])[0]!;
  }
}

/** The whole file, exactly as large as when it was checked (a file edited or removed since is refused). */
async function read(file: Blob | undefined, planned: PlannedFile): Promise<ArrayBuffer> {
  let data: ArrayBuffer | undefined;
  try {
    data = await file?.arrayBuffer();
  } catch {
    data = undefined;
  }
  if (data?.byteLength !== planned.bytes) throw new ImportStopped({ kind: "unreadable", name: planned.path });
  return data;
}

async function store(
  env: ImportEnvironment,
  target: ModelFile,
  data: ArrayBuffer,
  stillNeeded: number,
): Promise<void> {
  try {
    await storeFile(env.cache, target, data);
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    const storage = await shortfallAfterQuotaError(stillNeeded, env);
    throw new ImportStopped({ kind: "not-enough-storage", storage });
  }
}

/** Refuses to start when the browser's own estimate says the files cannot fit; nothing is touched. */
async function checkSpace(neededBytes: number, env: ImportEnvironment): Promise<void> {
  const storage = await spaceShortfall(neededBytes, env);
  if (storage) throw new ImportStopped({ kind: "not-enough-storage", storage });
}

async function deleteUnder(cache: WebLlmCache, prefix: string): Promise<void> {
  for (const database of WEB_LLM_DATABASES)
    await cache.delete(database, await cache.urlsUnder(database, prefix));
}
