/**
 * Checks a stored model after web-llm failed to load it: every file is present and stored as the
 * record type web-llm reads (webllm/webLlmFiles.ts), the config and tensor-cache.json pass the MLC
 * folder rules, and each weight shard has exactly the bytes tensor-cache.json names. A file that fails
 * (damaged on disk, half-cleared by the browser) is reported as StoredModelCorruptError, so the user is
 * offered to delete the model and download it again instead of seeing a parse failure deep inside the
 * engine. Only after a failure: a good start-up pays nothing for it.
 */
import { StoredModelCorruptError } from "../../domain/engineError";
import {
  ModelFileError,
  parseJsonObject,
  readChatConfig,
  readTensorCache,
  TENSOR_CACHE_FILE,
} from "../../domain/mlcModelFolder";
import type { ModelSource } from "../../domain/modelSource";
import type { WebLlmCache } from "../webllm/webLlmCache";
import {
  configFile,
  libraryFile,
  readFile,
  shardFiles,
  tensorCacheFile,
  tokenizerFile,
  type ModelFile,
} from "../webllm/webLlmFiles";

export async function verifyStoredModel(source: ModelSource, cache: WebLlmCache): Promise<void> {
  const config = configFile(source);
  const { tokenizer } = parseStored(config, readChatConfig, await storedText(cache, config));
  const manifest = tensorCacheFile(source);
  const readShards = (text: string) => readTensorCache(parseJsonObject(text, TENSOR_CACHE_FILE));
  const shards = shardFiles(source, parseStored(manifest, readShards, await storedText(cache, manifest)));
  for (const file of [tokenizerFile(source, tokenizer), libraryFile(source), ...shards]) {
    const bytes = (await storedRecord(cache, file)).byteLength;
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

/** The file's record, present and of the type web-llm reads, or the reason it is not. */
async function storedRecord(cache: WebLlmCache, file: ModelFile) {
  let record;
  try {
    record = await readFile(cache, file);
  } catch (error) {
    throw new StoredModelCorruptError({
      code: "stored-file-unreadable",
      file: file.name,
      detail: String(error),
    });
  }
  if (record.state === "missing")
    throw new StoredModelCorruptError({ code: "stored-file-missing", file: file.name });
  if (record.state === "wrong-type") {
    throw new StoredModelCorruptError({ code: "stored-file-wrong-type", file: file.name });
  }
  return record;
}

async function storedText(cache: WebLlmCache, file: ModelFile): Promise<string> {
  return (await storedRecord(cache, file)).text();
}

function parseStored<T>(file: ModelFile, parse: (text: string) => T, text: string): T {
  try {
    return parse(text);
  } catch (error) {
    throw new StoredModelCorruptError({
      code: "stored-file-unparseable",
      file: file.name,
      problem: error instanceof ModelFileError ? error.reason : undefined,
      detail: String(error),
    });
  }
}
