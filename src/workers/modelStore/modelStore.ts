/**
 * What is stored for each model, and deleting it: read straight from web-llm's cache (through
 * webLlmCache.ts), so the answer is what web-llm itself will find. Weight shard sizes come from
 * tensor-cache.json (each shard was checked against it before it was stored); the other files
 * are measured.
 */
import type { ModelSource } from "../../domain/modelSource";
import type { StoredModelInfo, UnclaimedFiles } from "../../domain/storedModel";
import {
  configFile,
  libraryFile,
  parseChatConfig,
  parseTensorCache,
  shardFiles,
  tensorCacheFile,
  tokenizerFile,
} from "./modelFiles";
import { deleteUnclaimedFiles, listUnclaimedFiles } from "./unclaimedFiles";
import { storedByteLength, type WebLlmCache } from "./webLlmCache";

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
    const config = configFile(source);
    const manifest = tensorCacheFile(source);
    const library = libraryFile(source);
    const [configData, manifestData, modelUrls, hasLibrary] = await Promise.all([
      cache.read(config.database, config.url),
      cache.read(manifest.database, manifest.url),
      cache.urlsUnder("webllm/model", source.filesUrl),
      cache.has(library.database, library.url),
    ]);
    // A library alone may belong to another model built on the same one.
    if (configData === undefined && modelUrls.length === 0) return undefined;

    const shards = manifestData === undefined ? [] : shardsOrNone(source, manifestData);
    const shardBytes = new Map(shards.map((shard) => [shard.url, shard.expectedBytes ?? 0]));
    const stored = new Set(modelUrls);
    let bytes = storedByteLength(configData);
    for (const url of modelUrls) {
      bytes += shardBytes.get(url) ?? storedByteLength(await cache.read("webllm/model", url));
    }
    const libraryBytes = hasLibrary
      ? storedByteLength(await cache.read(library.database, library.url))
      : undefined;
    bytes += libraryBytes ?? 0;

    const tokenizer = configData instanceof ArrayBuffer ? tokenizerOf(source, configData) : undefined;
    const complete =
      configData !== undefined &&
      shards.length > 0 &&
      tokenizer !== undefined &&
      stored.has(tokenizer) &&
      hasLibrary &&
      shards.every((shard) => stored.has(shard.url));
    const info: StoredModelInfo = {
      modelId: source.modelId,
      bytes,
      complete,
      filesStored: (configData === undefined ? 0 : 1) + modelUrls.length + (hasLibrary ? 1 : 0),
      // config, tensor-cache.json, tokenizer, library and the shards.
      filesTotal: shards.length > 0 ? shards.length + 4 : undefined,
    };
    return { info, libraryBytes };
  }

  /** A library stored with none of its models' other files (a deletion cut short), so it stays visible. */
  async function loneLibrary(source: ModelSource): Promise<StoredModelInfo | undefined> {
    const library = libraryFile(source);
    const data = await cache.read(library.database, library.url);
    if (data === undefined) return undefined;
    const bytes = storedByteLength(data);
    return { modelId: source.modelId, bytes, complete: false, filesStored: 1, filesTotal: undefined };
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
      const modelUrls = await cache.urlsUnder("webllm/model", source.filesUrl);
      await cache.delete("webllm/model", modelUrls);
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

function shardsOrNone(source: ModelSource, manifest: unknown) {
  try {
    return shardFiles(source, parseTensorCache(manifest));
  } catch {
    return [];
  }
}

function tokenizerOf(source: ModelSource, configData: ArrayBuffer): string | undefined {
  try {
    return tokenizerFile(source, parseChatConfig(new TextDecoder().decode(configData)).tokenizerName).url;
  } catch {
    return undefined;
  }
}
