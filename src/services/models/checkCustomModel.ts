/**
 * Validates a model the user adds by URL before it is saved: fetches `mlc-chat-config.json` and
 * `tensor-cache.json`, checks the library answers, and returns what was found or one precise
 * reason the model is unusable (as data; the dialog words it). The parsing is the downloader's own (`parseChatConfig`,
 * `parseTensorCache`), so a model that passes here is one the downloader accepts.
 */
import type {
  CustomModelCheck,
  CustomModelProblem,
  CustomModelRequest,
  CustomModelSummary,
  CustomModelUrlField,
} from "../../domain/customModel";
import { customModelId } from "../../domain/customModel";
import { destinationProblem } from "../../domain/modelHostAllowed";
import { modelFilesUrl, type ModelSource } from "../../domain/modelSource";
import {
  CONFIG_FILE,
  ModelFormatError,
  TENSOR_CACHE_FILE,
  parseChatConfig,
  parseJsonObject,
  parseTensorCache,
} from "../../workers/modelStore/modelFiles";
import { RequestRefusedError } from "../privacy/checkedFetch";

export interface CheckEnvironment {
  /** Rejects with a RequestRefusedError for a redirect off the model hosts (see createCheckedFetch). */
  fetch: (url: string) => Promise<Response>;
  /** The Content-Security-Policy's model hosts (`modelHosts`), fixed at build time. */
  allowedHosts: readonly string[];
  appOrigin: string;
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
    if (error instanceof Unusable || error instanceof ModelFormatError)
      return { ok: false, problem: error instanceof Unusable ? error.problem : error.reason };
    throw error;
  }
}

async function summarise(
  request: CustomModelRequest,
  environment: CheckEnvironment,
): Promise<CustomModelSummary> {
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
  const config = parseChatConfig(
    await fetchText(new URL(CONFIG_FILE, source.filesUrl).href, environment),
  ).config;
  const modelType = stringField(config, "model_type");
  const quantization = stringField(config, "quantization");
  const contextWindowSize = contextWindow(config);
  const manifestText = await fetchText(new URL(TENSOR_CACHE_FILE, source.filesUrl).href, environment);
  const shards = parseTensorCache(parseJsonObject(manifestText, TENSOR_CACHE_FILE));
  const unsupported = (JSON.parse(manifestText) as { records: { format?: unknown }[] }).records.find(
    (record) => record.format !== undefined && record.format !== "raw-shard",
  );
  if (unsupported) {
    throw new Unusable({
      code: "unsupported-shard-format",
      file: TENSOR_CACHE_FILE,
      format: String(unsupported.format),
    });
  }
  await checkLibrary(source.libraryUrl, environment);
  return {
    name,
    modelUrl: modelUrl.href,
    source,
    modelType,
    quantization,
    contextWindow: contextWindowSize,
    weightsBytes: shards.reduce((sum, shard) => sum + shard.nbytes, 0),
    shardCount: shards.length,
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

async function fetchText(url: string, environment: CheckEnvironment): Promise<string> {
  const file = new URL(url).pathname.split("/").pop() ?? url;
  let response: Response;
  try {
    response = await environment.fetch(url);
  } catch (error) {
    if (error instanceof RequestRefusedError) throw new Unusable(error.reason);
    throw new Unusable({ code: "host-unreachable", host: new URL(url).host, file });
  }
  if (!response.ok) throw new Unusable({ code: "file-not-found", file, url, status: response.status });
  return response.text();
}

async function checkLibrary(url: string, environment: CheckEnvironment): Promise<void> {
  let response: Response;
  try {
    response = await environment.fetch(url);
  } catch (error) {
    if (error instanceof RequestRefusedError) throw new Unusable(error.reason);
    throw new Unusable({ code: "library-unreachable", host: new URL(url).host });
  }
  // Only whether it answers matters here; the download stores it later.
  await response.body?.cancel();
  if (!response.ok) throw new Unusable({ code: "library-http-error", url, status: response.status });
}

function stringField(config: Record<string, unknown>, field: string): string {
  const value = config[field];
  if (typeof value !== "string" || value === "")
    throw new Unusable({ code: "missing-field", file: CONFIG_FILE, field });
  return value;
}

/** MLC writes `context_window_size`; older configs keep it under `model_config`. */
function contextWindow(config: Record<string, unknown>): number {
  const nested = config.model_config as Record<string, unknown> | undefined;
  const value = config.context_window_size ?? nested?.context_window_size;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value <= 0) {
    throw new Unusable({ code: "invalid-context-window", file: CONFIG_FILE });
  }
  return value;
}
