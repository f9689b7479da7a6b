/**
 * What is stored for each model, and deleting it: read straight from web-llm's cache (through the
 * adapter, webllm/webLlmFiles.ts), so the answer is what web-llm itself will find. Weight shard sizes come from
 * tensor-cache.json (each shard was checked against it before it was stored); the other files
 * are measured.
 */
import {
  modelFileCount,
  parseJsonObject,
  readChatConfig,
  readTensorCache,
  TENSOR_CACHE_FILE,
} from "../../domain/mlcModelFolder";
import type { ModelSource } from "../../domain/modelSource";
import type { StoredModelInfo, UnclaimedFiles } from "../../domain/storedModel";
import { storedByteLength, type WebLlmCache } from "../webllm/webLlmCache";
import {
  configFile,
  libraryFile,
  MODEL_FOLDER_DATABASE,
  readFile,
  shardFiles,
  tensorCacheFile,
  tokenizerFile,
  type ModelFile,
  type StoredRecord,
} from "../webllm/webLlmFiles";
import { deleteUnclaimedFiles, listUnclaimedFiles } from "./unclaimedFiles";

export interface ModelStore {
  inspect(source: ModelSource): Promise<StoredModelInfo | undefined>;
  isComplete(source: ModelSource): Promise<boolean>;
  /**
   * Every source with anything stored. A library several of them use is marked `sharedLibrary` on each;
   * a library stored alone, which no stored model uses, is listed under the first source naming it.
   */
  list(sources: readonly ModelSource[]): Promise<StoredModelInfo[]>;
  /** Deletes every file of `source`; its library too, unless another stored model uses the same one. */
  delete(source: ModelSource, otherSources: readonly ModelSource[]): Promise<void>;
  /** The stored files none of `sources` claims (see unclaimedFiles.ts). */
  listUnclaimed(sources: readonly ModelSource[]): Promise<UnclaimedFiles>;
  /** Deletes exactly the files none of `sources` claims; says how many and how large they were. */
  deleteUnclaimed(sources: readonly ModelSource[]): Promise<UnclaimedFiles>;
}

interface Inspection {
  info: StoredModelInfo;
  /** Bytes of the stored library counted in `info.bytes`; undefined when it is not stored. */
  libraryBytes: number | undefined;
}

export function createModelStore(cache: WebLlmCache): ModelStore {
  async function inspect(source: ModelSource): Promise<Inspection | undefined> {
    const library = libraryFile(source);
    const [config, manifest, modelUrls, hasLibrary] = await Promise.all([
      readFile(cache, configFile(source)),
      readFile(cache, tensorCacheFile(source)),
      cache.urlsUnder(MODEL_FOLDER_DATABASE, source.filesUrl),
      cache.has(library.database, library.url),
    ]);
    // A library alone may belong to another model built on the same one.
    if (config.state === "missing" && modelUrls.length === 0) return undefined;

    const shards = shardsOrNone(source, manifest);
    const shardBytes = new Map(shards.map((shard) => [shard.url, shard.expectedBytes ?? 0]));
    const stored = new Set(modelUrls);
    let bytes = sizeOf(config);
    for (const url of modelUrls) {
      bytes += shardBytes.get(url) ?? storedByteLength(await cache.read(MODEL_FOLDER_DATABASE, url));
    }
    const libraryBytes = hasLibrary ? sizeOf(await readFile(cache, library)) : undefined;
    bytes += libraryBytes ?? 0;

    const tokenizer = tokenizerOf(source, config);
    const complete =
      shards.length > 0 &&
      tokenizer !== undefined &&
      stored.has(tokenizer.url) &&
      hasLibrary &&
      shards.every((shard) => stored.has(shard.url));
    const info: StoredModelInfo = {
      modelId: source.modelId,
      bytes,
      complete,
      filesStored: (config.state === "missing" ? 0 : 1) + modelUrls.length + (hasLibrary ? 1 : 0),
      filesTotal: shards.length > 0 ? modelFileCount(shards.length) : undefined,
    };
    return { info, libraryBytes };
  }

  /** A library stored with none of its models' other files (a deletion cut short), so it stays visible. */
  async function loneLibrary(source: ModelSource): Promise<StoredModelInfo | undefined> {
    const library = await readFile(cache, libraryFile(source));
    if (library.state === "missing") return undefined;
    return {
      modelId: source.modelId,
      bytes: sizeOf(library),
      complete: false,
      filesStored: 1,
      filesTotal: undefined,
    };
  }

  return {
    inspect: async (source) => (await inspect(source))?.info,
    isComplete: async (source) => (await inspect(source))?.info.complete ?? false,
    async list(sources) {
      const found = await Promise.all(sources.map(inspect));
      const stored = sources.flatMap((source, index) => {
        const inspection = found[index];
        return inspection ? [{ source, ...inspection }] : [];
      });
      const listed = stored.map(({ source, info, libraryBytes }) => {
        if (libraryBytes === undefined) return info;
        const sharedWith = stored
          .filter(
            (other) =>
              other.source.libraryUrl === source.libraryUrl && other.source.modelId !== source.modelId,
          )
          .filter((other) => other.libraryBytes !== undefined)
          .map((other) => other.info.modelId);
        if (sharedWith.length === 0) return info;
        return { ...info, sharedLibrary: { url: source.libraryUrl, bytes: libraryBytes, sharedWith } };
      });
      const usedLibraries = new Set(stored.map(({ source }) => source.libraryUrl));
      for (const source of sources) {
        if (usedLibraries.has(source.libraryUrl)) continue;
        usedLibraries.add(source.libraryUrl);
        const lone = await loneLibrary(source);
        if (lone) listed.push(lone);
      }
      return listed;
    },
    async delete(source, otherSources) {
      const config = configFile(source);
      const library = libraryFile(source);
      const modelUrls = await cache.urlsUnder(MODEL_FOLDER_DATABASE, source.filesUrl);
      await cache.delete(MODEL_FOLDER_DATABASE, modelUrls);
      await cache.delete(config.database, [config.url]);
      const sharing = otherSources.filter(
        (other) => other.modelId !== source.modelId && other.libraryUrl === source.libraryUrl,
      );
      const stillUsed = (await Promise.all(sharing.map(inspect))).some((info) => info !== undefined);
      if (!stillUsed) await cache.delete(library.database, [library.url]);
    },
    listUnclaimed: (sources) => listUnclaimedFiles(cache, sources),
    deleteUnclaimed: (sources) => deleteUnclaimedFiles(cache, sources),
  };
}

/** Bytes a record takes; one of the wrong type (web-llm would refetch it) still takes space. */
function sizeOf(record: StoredRecord): number {
  return record.state === "missing" ? 0 : record.byteLength;
}

function shardsOrNone(source: ModelSource, manifest: StoredRecord): ModelFile[] {
  if (manifest.state !== "stored") return [];
  try {
    return shardFiles(source, readTensorCache(parseJsonObject(manifest.text(), TENSOR_CACHE_FILE)));
  } catch {
    return [];
  }
}

/** The tokenizer a stored config asks for; none when the config is missing or not what web-llm reads. */
function tokenizerOf(source: ModelSource, config: StoredRecord): ModelFile | undefined {
  if (config.state !== "stored") return undefined;
  try {
    return tokenizerFile(source, readChatConfig(config.text()).tokenizer);
  } catch {
    return undefined;
  }
}
