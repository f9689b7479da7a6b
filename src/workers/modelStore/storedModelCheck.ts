/**
 * Checks a stored model before it is loaded: every file is present and readable, the config and
 * tensor-cache.json parse, and each weight shard has exactly the bytes tensor-cache.json names.
 * A file that fails (damaged on disk, half-cleared by the browser) is reported as
 * StoredModelCorruptError, so the user is offered to delete the model and download it again
 * instead of seeing a parse failure deep inside the engine.
 */
import { StoredModelCorruptError } from "../../domain/engineError";
import type { ModelSource } from "../../domain/modelSource";
import {
  ModelFormatError,
  configFile,
  libraryFile,
  parseChatConfig,
  parseTensorCache,
  shardFiles,
  tensorCacheFile,
  tokenizerFile,
  type ModelFile,
} from "./modelFiles";
import { storedByteLength, type WebLlmCache } from "./webLlmCache";

export async function verifyStoredModel(source: ModelSource, cache: WebLlmCache): Promise<void> {
  const config = configFile(source);
  const configData = await readStored(cache, config);
  const { tokenizerName } = parseStored(config, () =>
    parseChatConfig(new TextDecoder().decode(asBytes(config, configData))),
  );
  const manifest = tensorCacheFile(source);
  const manifestData = await readStored(cache, manifest);
  const shards = shardFiles(
    source,
    parseStored(manifest, () => parseTensorCache(manifestData)),
  );
  for (const file of [tokenizerFile(source, tokenizerName), libraryFile(source), ...shards]) {
    const bytes = storedByteLength(asBytes(file, await readStored(cache, file)));
    const expected = file.expectedBytes;
    if (bytes === 0 || (expected !== undefined && bytes !== expected)) {
      throw new StoredModelCorruptError({
        code: "stored-file-wrong-size",
        file: file.name,
        bytes,
        expectedBytes: expected,
      });
    }
  }
}

async function readStored(cache: WebLlmCache, file: ModelFile): Promise<unknown> {
  let data: unknown;
  try {
    data = await cache.read(file.database, file.url);
  } catch (error) {
    throw new StoredModelCorruptError({
      code: "stored-file-unreadable",
      file: file.name,
      detail: String(error),
    });
  }
  if (data === undefined) throw new StoredModelCorruptError({ code: "stored-file-missing", file: file.name });
  return data;
}

function asBytes(file: ModelFile, data: unknown): ArrayBuffer {
  if (!(data instanceof ArrayBuffer))
    throw new StoredModelCorruptError({ code: "stored-file-not-bytes", file: file.name });
  return data;
}

function parseStored<T>(file: ModelFile, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new StoredModelCorruptError({
      code: "stored-file-unparseable",
      file: file.name,
      problem: error instanceof ModelFormatError ? error.reason : undefined,
      detail: String(error),
    });
  }
}
