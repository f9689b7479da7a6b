/**
 * Validates a model the user adds by URL before it is saved: reads `mlc-chat-config.json` and
 * `tensor-cache.json`, checks that the tokenizer and the library answer, and returns what was found or
 * one precise reason the model is unusable (as data; the dialog words it). The rules are the MLC folder
 * rules the downloader and the import apply (domain/mlcModelFolder.ts), limits included, so a model that
 * passes here is one the downloader accepts; and the size shown is the whole download, every file
 * counted as the download counts it.
 */
import type {
  CheckedCustomModel,
  CustomModelCheck,
  CustomModelProblem,
  CustomModelRequest,
  CustomModelUrlField,
} from "../../domain/customModel";
import { customModelId } from "../../domain/customModel";
import {
  checkAnnouncedSize,
  CONFIG_FILE,
  ModelFileError,
  modelFileCount,
  modelTotalBytes,
  parseJsonObject,
  readChatConfig,
  readTensorCache,
  sizeLimit,
  TENSOR_CACHE_FILE,
  weightsBytes,
  type ModelFileRole,
} from "../../domain/mlcModelFolder";
import { destinationProblem } from "../../domain/modelHostAllowed";
import { modelFilesUrl, type ModelSource } from "../../domain/modelSource";
import { announcedLength, readBody } from "../../lib/readBody";
import { RequestRefusedError } from "../privacy/checkedFetch";

export interface CheckEnvironment {
  /** Rejects with a RequestRefusedError for a redirect off the model hosts (see createCheckedFetch). */
  fetch: (url: string) => Promise<Response>;
  /** The Content-Security-Policy's model hosts (`modelHosts`), fixed at build time. */
  allowedHosts: readonly string[];
  appOrigin: string;
  /** What the browser says about this site's storage (`navigator.storage.estimate()`). */
  estimateStorage(): Promise<{ usage?: number; quota?: number }>;
}

/** A reason the model cannot be used, carried out of the checks as data. */
class Unusable extends Error {
  constructor(readonly problem: CustomModelProblem) {
    super(problem.code);
  }
}

export async function checkCustomModel(
  request: CustomModelRequest,
  environment: CheckEnvironment,
): Promise<CustomModelCheck> {
  try {
    return { ok: true, summary: await summarise(request, environment) };
  } catch (error) {
    if (error instanceof Unusable) return { ok: false, problem: error.problem };
    if (error instanceof ModelFileError) return { ok: false, problem: error.reason };
    throw error;
  }
}

async function summarise(
  request: CustomModelRequest,
  environment: CheckEnvironment,
): Promise<CheckedCustomModel> {
  const name = request.name.trim();
  if (!name) throw new Unusable({ code: "name-missing" });
  const modelUrl = httpUrl(request.modelUrl, "modelUrl");
  const libraryUrl = httpUrl(request.libraryUrl, "libraryUrl");
  if (!libraryUrl.pathname.endsWith(".wasm")) {
    throw new Unusable({ code: "library-not-wasm", url: libraryUrl.href });
  }
  for (const url of [modelUrl, libraryUrl]) {
    const problem = destinationProblem(url, environment.allowedHosts, environment.appOrigin);
    if (problem === "host-not-allowed") throw new Unusable({ code: "host-not-allowed", host: url.host });
    if (problem) throw new Unusable({ code: "destination-refused", url: url.origin + url.pathname, problem });
  }
  const source: ModelSource = {
    modelId: customModelId(name),
    filesUrl: modelFilesUrl(modelUrl.href),
    libraryUrl: libraryUrl.href,
  };
  const inFolder = (file: string) => new URL(file, source.filesUrl).href;
  const config = await fetchWhole(inFolder(CONFIG_FILE), "config", environment);
  const facts = readChatConfig(decode(config));
  const manifest = await fetchWhole(inFolder(TENSOR_CACHE_FILE), "manifest", environment);
  const shards = readTensorCache(parseJsonObject(decode(manifest), TENSOR_CACHE_FILE));
  const tokenizerBytes = await measure(inFolder(facts.tokenizer), "tokenizer", environment);
  const libraryBytes = await measure(source.libraryUrl, "library", environment);
  const totalBytes = modelTotalBytes({
    config: config.byteLength,
    manifest: manifest.byteLength,
    tokenizer: tokenizerBytes,
    library: libraryBytes,
    shards,
  });
  await checkFits(totalBytes, environment);
  return {
    name,
    modelUrl: modelUrl.href,
    source,
    modelType: facts.modelType,
    quantization: facts.quantization,
    contextWindow: facts.contextWindow,
    weightsBytes: weightsBytes(shards),
    shardCount: shards.length,
    totalBytes,
    fileCount: modelFileCount(shards.length),
  };
}

function httpUrl(text: string, field: CustomModelUrlField): URL {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new Unusable({ code: "url-invalid", field, text: text.trim() });
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new Unusable({ code: "url-not-http", field });
  return url;
}

/** The file's response, or why the host would not give it. */
async function answer(url: string, role: ModelFileRole, environment: CheckEnvironment): Promise<Response> {
  const file = fileName(url);
  let response: Response;
  try {
    response = await environment.fetch(url);
  } catch (error) {
    if (error instanceof RequestRefusedError) throw new Unusable(error.reason);
    throw new Unusable(
      role === "library"
        ? { code: "library-unreachable", host: new URL(url).host }
        : { code: "host-unreachable", host: new URL(url).host, file },
    );
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new Unusable(
      role === "library"
        ? { code: "library-http-error", url, status: response.status }
        : { code: "file-not-found", file, url, status: response.status },
    );
  }
  return response;
}

/** A whole small file, never more of it than its limit allows. */
async function fetchWhole(
  url: string,
  role: ModelFileRole,
  environment: CheckEnvironment,
): Promise<Uint8Array> {
  const response = await answer(url, role, environment);
  const announced = announcedLength(response);
  if (announced !== undefined) await refuseOversized(response, url, role, announced);
  return readWithinLimit(response, url, role);
}

/**
 * A file's size as the download will count it: the host's Content-Length when it sent an uncompressed
 * one (the body is then left unread), else the bytes read, within the file's limit.
 */
async function measure(url: string, role: ModelFileRole, environment: CheckEnvironment): Promise<number> {
  const response = await answer(url, role, environment);
  const announced = announcedLength(response);
  if (announced === undefined) return (await readWithinLimit(response, url, role)).byteLength;
  await refuseOversized(response, url, role, announced);
  await response.body?.cancel();
  return announced;
}

async function refuseOversized(response: Response, url: string, role: ModelFileRole, announced: number) {
  try {
    checkAnnouncedSize(role, fileName(url), announced);
  } catch (error) {
    await response.body?.cancel();
    throw error;
  }
}

/** The body, unless the host sends more than the file's limit: reading then stops, and the file is refused. */
async function readWithinLimit(response: Response, url: string, role: ModelFileRole): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const limitBytes = sizeLimit(role);
  const read = await readBody(response.body, limitBytes);
  if (!read.complete) throw new ModelFileError({ code: "file-too-large", file: fileName(url), limitBytes });
  return read.bytes;
}

/** A model larger than all the storage the browser would ever give this site can never be downloaded. */
async function checkFits(totalBytes: number, environment: CheckEnvironment): Promise<void> {
  const { quota } = await environment.estimateStorage().catch(() => ({ quota: undefined }));
  if (quota !== undefined && totalBytes > quota) {
    throw new Unusable({ code: "larger-than-storage", neededBytes: totalBytes, quotaBytes: quota });
  }
}

function fileName(url: string): string {
  return new URL(url).pathname.split("/").pop() || url;
}

function decode(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}
