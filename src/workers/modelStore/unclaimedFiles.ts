/**
 * Files in web-llm's cache that no known model claims: what an import interrupted by a closed tab, a
 * custom model removed while its files were being written, or a model a later catalog no longer lists
 * leaves behind. A model claims its config, every file under its folder and its library — exactly
 * what deleting it removes (modelStore.ts) — so nothing a known model may use is ever counted here.
 */
import { parseJsonObject, readTensorCache, TENSOR_CACHE_FILE } from "../../domain/mlcModelFolder";
import type { ModelSource } from "../../domain/modelSource";
import type { UnclaimedFiles } from "../../domain/storedModel";
import {
  storedByteLength,
  WEB_LLM_DATABASES,
  type WebLlmCache,
  type WebLlmDatabase,
} from "../webllm/webLlmCache";
import {
  configFile,
  libraryFile,
  MODEL_FOLDER_DATABASE,
  readFile,
  shardFiles,
  tensorCacheFile,
} from "../webllm/webLlmFiles";

interface UnclaimedUrls {
  database: WebLlmDatabase;
  urls: string[];
}

async function findUnclaimedUrls(
  cache: WebLlmCache,
  sources: readonly ModelSource[],
): Promise<UnclaimedUrls[]> {
  const exact = new Set(sources.flatMap((source) => [configFile(source).url, libraryFile(source).url]));
  const folders = sources.map((source) => source.filesUrl);
  const claimed = (url: string) => exact.has(url) || folders.some((folder) => url.startsWith(folder));
  return Promise.all(
    WEB_LLM_DATABASES.map(async (database) => ({
      database,
      urls: (await cache.allUrls(database)).filter((url) => !claimed(url)),
    })),
  );
}

/**
 * Counts and measures the unclaimed files like the model listing does: a weight shard by the size its
 * folder's tensor-cache.json gives (every shard is checked against it before it is stored), any
 * other file by reading it, one at a time so a large leftover never sits in memory whole.
 */
export async function listUnclaimedFiles(
  cache: WebLlmCache,
  sources: readonly ModelSource[],
): Promise<UnclaimedFiles> {
  return measure(cache, await findUnclaimedUrls(cache, sources));
}

/** Deletes exactly the files no source claims, and says how many and how large they were. */
export async function deleteUnclaimedFiles(
  cache: WebLlmCache,
  sources: readonly ModelSource[],
): Promise<UnclaimedFiles> {
  const unclaimed = await findUnclaimedUrls(cache, sources);
  const deleted = await measure(cache, unclaimed);
  for (const { database, urls } of unclaimed) await cache.delete(database, urls);
  return deleted;
}

async function measure(cache: WebLlmCache, unclaimed: readonly UnclaimedUrls[]): Promise<UnclaimedFiles> {
  let files = 0;
  let bytes = 0;
  for (const { database, urls } of unclaimed) {
    const shardBytes = database === MODEL_FOLDER_DATABASE ? await manifestShardSizes(cache, urls) : new Map();
    for (const url of urls) {
      files++;
      bytes += shardBytes.get(url) ?? storedByteLength(await cache.read(database, url));
    }
  }
  return { files, bytes };
}

/** Shard URL → size, from each unclaimed folder's own tensor-cache.json when it is among the files. */
async function manifestShardSizes(cache: WebLlmCache, urls: readonly string[]): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  for (const url of urls.filter((candidate) => candidate.endsWith(`/${TENSOR_CACHE_FILE}`))) {
    // The folder's own source, rebuilt from its manifest's key, so the shards' keys are derived as web-llm does.
    const folder = { modelId: "", filesUrl: url.slice(0, -TENSOR_CACHE_FILE.length), libraryUrl: "" };
    const manifest = await readFile(cache, tensorCacheFile(folder));
    if (manifest.state !== "stored") continue;
    try {
      const shards = shardFiles(folder, readTensorCache(parseJsonObject(manifest.text(), TENSOR_CACHE_FILE)));
      shards.forEach((shard) => sizes.set(shard.url, shard.expectedBytes ?? 0));
    } catch {
      // An unreadable manifest: its shards are measured by reading them.
    }
  }
  return sizes;
}
