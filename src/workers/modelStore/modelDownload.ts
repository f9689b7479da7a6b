/**
 * Sigilo's own model downloader. It fetches a model's files one by one into web-llm's cache
 * (where and as what: webllm/webLlmFiles.ts), so an interrupted download (dropped connection, closed
 * tab, reload) resumes from the files already stored, at most one file being fetched again. Every file
 * is checked before it is stored: the config and manifest against the MLC folder rules
 * (domain/mlcModelFolder.ts), weight shards against tensor-cache.json, other files against
 * Content-Length, and none may pass its size limit (a host that omits or lies about Content-Length is
 * cut off once the limit is passed); an incomplete file is never kept. Network failures are retried
 * with backoff, and while the browser is offline the download waits for it to come back. Progress
 * counts the bytes actually read from the response streams, out of every file of the model.
 */
import { NotEnoughStorageError, StoredModelCorruptError } from "../../domain/engineError";
import { isImportedSource } from "../../domain/importedModel";
import type { DownloadProgress } from "../../domain/generation";
import {
  checkAnnouncedSize,
  ModelFileError,
  parseJsonObject,
  readChatConfig,
  readTensorCache,
  sizeLimit,
  TENSOR_CACHE_FILE,
} from "../../domain/mlcModelFolder";
import type { DownloadNotice } from "../../domain/modelProblems";
import type { ModelSource } from "../../domain/modelSource";
import { announcedLength, readBody } from "../../lib/readBody";
import type { WebLlmCache } from "../webllm/webLlmCache";
import {
  configFile,
  libraryFile,
  readFile,
  shardFiles,
  storeFile,
  tensorCacheFile,
  tokenizerFile,
  type ModelFile,
} from "../webllm/webLlmFiles";
import { incompleteFileError, isQuotaError, isRetryable, retryReason } from "./downloadErrors";
import { httpStatusError } from "./downloadErrors";
import { createModelStore } from "./modelStore";
import { shortfallAfterQuotaError, spaceShortfall, type StorageEstimator } from "./storageSpace";

export interface RetryPolicy {
  /** Attempts per file while online, the first included. */
  attempts: number;
  /** Wait before the second attempt; each later wait doubles. */
  firstDelayMs: number;
}

/** About 15 s of waiting (1 + 2 + 4 + 8 s) before the failure is shown with Retry; coming back online retries at once. */
export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, firstDelayMs: 1000 };

export interface DownloadEnvironment extends StorageEstimator {
  cache: WebLlmCache;
  /** Rejects when `signal` aborts (the response body too). */
  fetch(url: string, signal?: AbortSignal): Promise<Response>;
  isOnline(): boolean;
  /** Resolves after `ms`, or sooner when the browser reports it is back online or `signal` aborts. */
  waitBeforeRetry(ms: number, signal?: AbortSignal): Promise<void>;
  /** Resolves when the browser is back online, or when `signal` aborts. */
  waitUntilOnline(signal?: AbortSignal): Promise<void>;
  now(): number;
  retry: RetryPolicy;
}

/** Progress reports at most this often while bytes stream in (and always between files). */
const REPORT_INTERVAL_MS = 100;

/** Aborting `signal` stops the download at once (throwing its reason); a file is stored only whole. */
export async function downloadModel(
  source: ModelSource,
  env: DownloadEnvironment,
  onProgress: (progress: DownloadProgress) => void,
  signal: AbortSignal = new AbortController().signal,
): Promise<void> {
  if (isImportedSource(source)) return checkImportedModelStored(source, env.cache);
  const progress = createProgress(env, onProgress);

  const config = configFile(source);
  const { tokenizer } = readChatConfig(await storedOrFetched(config, env, progress, signal, readChatConfig));
  const manifest = tensorCacheFile(source);
  const readShards = (text: string) => readTensorCache(parseJsonObject(text, TENSOR_CACHE_FILE));
  const shards = shardFiles(
    source,
    readShards(await storedOrFetched(manifest, env, progress, signal, readShards)),
  );
  // The small files first, so the total is known before the long part begins.
  const files = [config, manifest, tokenizerFile(source, tokenizer), libraryFile(source), ...shards];
  const stored = await Promise.all(files.map((file) => env.cache.has(file.database, file.url)));
  const missing = files.filter((_, index) => !stored[index]);

  progress.setTotals(files.length, missing.length);
  for (const [index, file] of files.entries()) {
    if (stored[index]) progress.addKnownFile(file.expectedBytes ?? (await storedSize(env.cache, file)), true);
  }
  for (const file of missing) if (file.expectedBytes !== undefined) progress.addKnownFile(file.expectedBytes);

  await checkSpace(remainingBytes(missing), env);
  for (const [index, file] of missing.entries()) {
    progress.startFile(file);
    const data = await fetchVerified(file, env, progress, signal);
    await store(file, data, env, remainingBytes(missing.slice(index)));
    progress.finishFile(data.byteLength);
  }
}

/**
 * The text of the config or the manifest: the stored copy when web-llm can read it, else fetched,
 * checked against the rules (`check` throws) and stored. Both come before the totals are known.
 */
async function storedOrFetched(
  file: ModelFile,
  env: DownloadEnvironment,
  progress: Progress,
  signal: AbortSignal,
  check: (text: string) => unknown,
): Promise<string> {
  const stored = await readFile(env.cache, file);
  if (stored.state === "stored") return stored.text();
  const data = await fetchVerified(file, env, progress, signal);
  const text = new TextDecoder().decode(data);
  check(text);
  await store(file, data, env, 0);
  return text;
}

/**
 * A model imported from files has nowhere to be downloaded from (its URLs are synthetic, see
 * domain/importedModel.ts): every file must already be stored, which is checked from the keys alone.
 */
async function checkImportedModelStored(source: ModelSource, cache: WebLlmCache): Promise<void> {
  const stored = await createModelStore(cache).inspect(source);
  if (stored?.complete) return;
  throw new StoredModelCorruptError({
    code: "imported-files-missing",
    filesStored: stored?.filesStored ?? 0,
    filesTotal: stored?.filesTotal,
  });
}

/** Fetches one file until it arrives whole, retrying what can be retried. */
async function fetchVerified(
  file: ModelFile,
  env: DownloadEnvironment,
  progress: Progress,
  signal: AbortSignal,
): Promise<ArrayBuffer> {
  let failures = 0;
  for (;;) {
    signal.throwIfAborted();
    try {
      return await fetchOnce(file, env, progress, signal);
    } catch (error) {
      progress.streamed(0, true);
      // A cancel is never retried, whatever error the aborted fetch surfaced as.
      signal.throwIfAborted();
      if (!isRetryable(error)) throw error;
      if (!env.isOnline()) {
        progress.notice({ code: "offline", filesKept: progress.filesKept() });
        await env.waitUntilOnline(signal);
        continue;
      }
      failures++;
      if (failures >= env.retry.attempts) throw error;
      const delayMs = env.retry.firstDelayMs * 2 ** (failures - 1);
      progress.notice({
        code: "retrying",
        cause: retryReason(error),
        delaySeconds: Math.max(1, Math.round(delayMs / 1000)),
        attempt: failures + 1,
        attempts: env.retry.attempts,
        filesKept: progress.filesKept(),
      });
      await env.waitBeforeRetry(delayMs, signal);
    }
  }
}

async function fetchOnce(
  file: ModelFile,
  env: DownloadEnvironment,
  progress: Progress,
  signal: AbortSignal,
): Promise<ArrayBuffer> {
  const response = await env.fetch(file.url, signal);
  if (!response.ok) throw httpStatusError(response.status, file.name);
  progress.notice(undefined);
  const announced = announcedLength(response);
  if (announced !== undefined) checkAnnouncedSize(file.role, file.name, announced);
  const expected = file.expectedBytes ?? announced;
  if (file.expectedBytes === undefined && expected !== undefined) progress.announce(file.url, expected);
  if (!response.body) throw new TypeError(`No response body for ${file.name}`);

  // Never more than the file's limit, whatever the host announced (or did not).
  const limitBytes = sizeLimit(file.role);
  const read = await readBody(response.body, Math.min(limitBytes, expected ?? limitBytes), (received) =>
    progress.streamed(received),
  );
  if (!read.complete) {
    // An announced size is within the limit (checked above), so passing it means a body longer than announced.
    if (expected !== undefined) throw incompleteFileError(file.name, read.receivedBytes, expected);
    throw new ModelFileError({ code: "file-too-large", file: file.name, limitBytes });
  }
  if (expected !== undefined && read.bytes.byteLength !== expected)
    throw incompleteFileError(file.name, read.bytes.byteLength, expected);
  return read.bytes.buffer as ArrayBuffer;
}

async function store(file: ModelFile, data: ArrayBuffer, env: DownloadEnvironment, stillNeeded: number) {
  try {
    await storeFile(env.cache, file, data);
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    const neededBytes = Math.max(stillNeeded, data.byteLength);
    throw new NotEnoughStorageError(await shortfallAfterQuotaError(neededBytes, env));
  }
}

/** Refuses to start when the browser's own estimate says the rest cannot fit; nothing stored is touched. */
async function checkSpace(neededBytes: number, env: DownloadEnvironment): Promise<void> {
  const shortfall = await spaceShortfall(neededBytes, env);
  if (shortfall) throw new NotEnoughStorageError(shortfall);
}

function remainingBytes(files: readonly ModelFile[]): number {
  return files.reduce((sum, file) => sum + (file.expectedBytes ?? 0), 0);
}

async function storedSize(cache: WebLlmCache, file: ModelFile): Promise<number> {
  const record = await readFile(cache, file);
  return record.state === "stored" ? record.byteLength : 0;
}

type Progress = ReturnType<typeof createProgress>;

/** Byte-accurate progress over the whole model: stored files, plus the bytes of the file streaming in. */
function createProgress(env: DownloadEnvironment, onProgress: (progress: DownloadProgress) => void) {
  let bytesTotal = 0;
  let bytesStored = 0;
  let inFlight = 0;
  let filesTotal = 0;
  let filesStored = 0;
  let currentName = "";
  let notice: DownloadNotice | undefined;
  let lastReportAt = -Infinity;
  const announced = new Set<string>();

  function report(text: string, force = false): void {
    const now = env.now();
    if (!force && now - lastReportAt < REPORT_INTERVAL_MS) return;
    lastReportAt = now;
    const bytesDone = bytesStored + inFlight;
    const fraction = bytesTotal > 0 ? Math.min(1, bytesDone / bytesTotal) : 0;
    onProgress({
      phase: "download",
      fraction,
      ...(bytesTotal > 0 ? { bytesDone, bytesTotal } : {}),
      text,
      ...(notice ? { notice } : {}),
    });
  }

  const fileText = () => `Downloading ${currentName} (file ${filesStored + 1} of ${filesTotal})`;

  return {
    report,
    setTotals(total: number, missing: number) {
      filesTotal = total;
      filesStored = total - missing;
    },
    addKnownFile(bytes: number, alreadyStored = false) {
      bytesTotal += bytes;
      if (alreadyStored) bytesStored += bytes;
    },
    /** A file whose size was learnt from its Content-Length (counted once, however often it is retried). */
    announce(url: string, bytes: number) {
      // The config and tensor-cache.json come before the totals; they join them once stored.
      if (filesTotal === 0 || announced.has(url)) return;
      announced.add(url);
      bytesTotal += bytes;
    },
    startFile(file: ModelFile) {
      currentName = file.name;
      inFlight = 0;
      report(fileText(), true);
    },
    streamed(bytes: number, force = false) {
      inFlight = bytes;
      report(currentName ? fileText() : "Downloading", force);
    },
    finishFile(bytes: number) {
      inFlight = 0;
      bytesStored += bytes;
      filesStored++;
      report(fileText(), true);
    },
    notice(next: DownloadNotice | undefined) {
      if (JSON.stringify(next) === JSON.stringify(notice)) return;
      notice = next;
      report(currentName ? fileText() : "Downloading", true);
    },
    filesKept: () => filesStored,
  };
}
