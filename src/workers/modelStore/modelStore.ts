/**
 * What is stored for each model, and deleting it: read straight from web-llm's cache (through
 * webLlmCache.ts), so the answer is what web-llm itself will find. Weight shard sizes come from
 * tensor-cache.json (each shard was checked against it before it was stored); the other files
 * are measured.
 */
import type { ModelSource } from "../../domain/modelSource";
import type { StoredModelInfo } from "../../domain/storedModel";
import {
  configFile,
  libraryFile,
  parseChatConfig,
  parseTensorCache,
  shardFiles,
  tensorCacheFile,
  tokenizerFile,
} from "./modelFiles";
import { storedByteLength, type WebLlmCache } from "./webLlmCache";

export interface ModelStore {
  inspect(source: ModelSource): Promise<StoredModelInfo | undefined>;
  isComplete(source: ModelSource): Promise<boolean>;
  list(sources: readonly ModelSource[]): Promise<StoredModelInfo[]>;
  /** Deletes every file of `source`; its library too, unless another stored model uses the same one. */
  delete(source: ModelSource, otherSources: readonly ModelSource[]): Promise<void>;
}

export function createModelStore(cache: WebLlmCache): ModelStore {
  async function inspect(source: ModelSource): Promise<StoredModelInfo | undefined> {
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
    if (hasLibrary) bytes += storedByteLength(await cache.read(library.database, library.url));

    const tokenizer = configData instanceof ArrayBuffer ? tokenizerOf(source, configData) : undefined;
    const complete =
      configData !== undefined &&
      shards.length > 0 &&
      tokenizer !== undefined &&
      stored.has(tokenizer) &&
      hasLibrary &&
      shards.every((shard) => stored.has(shard.url));
    return {
      modelId: source.modelId,
      bytes,
      complete,
      filesStored: (configData === undefined ? 0 : 1) + modelUrls.length + (hasLibrary ? 1 : 0),
      // config, tensor-cache.json, tokenizer, library and the shards.
      filesTotal: shards.length > 0 ? shards.length + 4 : undefined,
    };
  }

  return {
    inspect,
    isComplete: async (source) => (await inspect(source))?.complete ?? false,
    async list(sources) {
      const found = await Promise.all(sources.map(inspect));
      return found.filter((info): info is StoredModelInfo => info !== undefined);
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
