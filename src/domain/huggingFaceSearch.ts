/**
 * Searching Hugging Face for MLC-format models Sigilo can run: the one request a search sends (the words
 * typed in the search box, and fixed filters), reading the hub's answer as the untrusted JSON it is, and
 * deciding from each model's `mlc-chat-config.json` which known library runs it. Pure: no I/O.
 */
import { ModelFileError, readChatConfig } from "./mlcModelFolder";
import { matchLibrary, type ConfigShape, type KnownLibrary, type LibraryMatch } from "./modelArchitecture";
import { MODEL_SEARCH_ORIGIN as HUGGING_FACE_ORIGIN, MODEL_SEARCH_PATH } from "./networkRequest";
/** Longer queries are cut: a search box is for a few words, never for pasted text. */
export const MAX_QUERY_LENGTH = 100;
/** Results asked for, and the most read from an answer, whatever it holds. */
export const MAX_RESULTS = 20;

/** The search words as sent: trimmed, inner whitespace collapsed, cut to MAX_QUERY_LENGTH; "" sends nothing. */
export function normaliseQuery(text: string): string {
  return text.replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH).trim();
}

/**
 * The search request: the words, MLC models only (the `mlc-llm` library tag that mlc-llm's converter writes
 * in every model card), most downloaded first. Nothing else of the user's is in it.
 */
export function modelSearchUrl(query: string): string {
  const url = new URL(MODEL_SEARCH_PATH, HUGGING_FACE_ORIGIN);
  url.search = new URLSearchParams({
    search: normaliseQuery(query),
    filter: "mlc-llm",
    sort: "downloads",
    direction: "-1",
    limit: String(MAX_RESULTS),
  }).toString();
  return url.href;
}

/** One repository the hub listed. */
export interface HubModel {
  /** "owner/name". */
  id: string;
  author: string;
  name: string;
  /** Downloads in the last month, as the hub counts them; undefined when it did not say. */
  downloads: number | undefined;
}

/** A repository id as the hub writes them: owner and name of letters, digits, ".", "_" and "-". */
const REPOSITORY_ID = /^[A-Za-z0-9][\w.-]{0,95}\/[\w.-]{1,96}$/;

/**
 * The models in the hub's answer, or undefined when it is not a list. Entries that are not plausible
 * models (no valid id, odd types) are left out; the rest are kept once each, at most MAX_RESULTS.
 */
export function readSearchAnswer(value: unknown): HubModel[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const models: HubModel[] = [];
  for (const entry of value) {
    const model = readHubModel(entry);
    if (model && !models.some((known) => known.id === model.id)) models.push(model);
    if (models.length === MAX_RESULTS) break;
  }
  return models;
}

function readHubModel(entry: unknown): HubModel | undefined {
  if (!isObject(entry)) return undefined;
  const id = entry.id ?? entry.modelId;
  if (typeof id !== "string" || !REPOSITORY_ID.test(id) || id.includes("..")) return undefined;
  const [owner, name] = id.split("/") as [string, string];
  const author = typeof entry.author === "string" && entry.author.trim() ? entry.author.trim() : owner;
  return {
    id,
    author: author.slice(0, 96),
    name,
    downloads: count(entry.downloads),
  };
}

function count(value: unknown): number | undefined {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

/** The repository's page, which is also the model URL "Add a model" takes. */
export function repositoryUrl(model: Pick<HubModel, "id">): string {
  return `${HUGGING_FACE_ORIGIN}/${model.id}`;
}

/** Where the hub serves a repository's `mlc-chat-config.json`. */
export function chatConfigUrl(model: Pick<HubModel, "id">): string {
  return `${repositoryUrl(model)}/resolve/main/mlc-chat-config.json`;
}

/** What a model's config said: a library that runs it, or why none does. */
export type ConfigVerdict =
  | { ok: true; library: KnownLibrary; modelType: string; quantization: string; contextWindow: number }
  | { ok: false; problem: SearchResultProblem };

export type SearchResultProblem =
  /** The repository has no `mlc-chat-config.json` (or the hub would not give it). */
  | { code: "config-missing"; status?: number }
  /** The config could not be read: not JSON, or without a field Sigilo needs. */
  | { code: "config-unreadable" }
  | Extract<LibraryMatch, { ok: false }>;

/** Decides from the config's text whether a known library runs the model. */
export function judgeChatConfig(text: string): ConfigVerdict {
  let facts;
  try {
    facts = readChatConfig(text);
  } catch (error) {
    if (error instanceof ModelFileError) return { ok: false, problem: { code: "config-unreadable" } };
    throw error;
  }
  // readChatConfig parsed it as an object already.
  const config = JSON.parse(text) as Record<string, unknown>;
  const match = matchLibrary(configShape(facts.modelType, facts.quantization, config));
  if (!match.ok) return { ok: false, problem: match };
  const { modelType, quantization, contextWindow } = facts;
  return { ok: true, library: match.library, modelType, quantization, contextWindow };
}

/** The dimensions in `model_config`, where MLC writes them under the model's own (Hugging Face) names. */
function configShape(modelType: string, quantization: string, config: Record<string, unknown>): ConfigShape {
  const dims = isObject(config.model_config) ? config.model_config : {};
  return {
    modelType,
    quantization,
    hiddenSize: dimension(dims.hidden_size),
    layers: dimension(dims.num_hidden_layers),
    attentionHeads: dimension(dims.num_attention_heads),
    // A model without grouped-query attention has as many key/value heads as attention heads.
    kvHeads: dimension(dims.num_key_value_heads) ?? dimension(dims.num_attention_heads),
    headDim: dimension(dims.head_dim),
    intermediateSize: dimension(dims.intermediate_size),
    vocabSize: dimension(dims.vocab_size),
  };
}

function dimension(value: unknown): number | undefined {
  return typeof value === "number" && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** One listed model and what its config said. */
export interface ModelSearchResult {
  model: HubModel;
  verdict: ConfigVerdict;
}

export type ModelSearchOutcome =
  { ok: true; query: string; results: ModelSearchResult[] } | { ok: false; problem: ModelSearchProblem };

/** Why a search gave no list; the UI words each. */
export type ModelSearchProblem =
  /** This build may not contact Hugging Face (it uses an organisation's mirror). */
  | { code: "unavailable" }
  /** The browser says it is offline: nothing was sent. */
  | { code: "offline" }
  /** The request failed on the way (network down, blocked, DNS). */
  | { code: "unreachable" }
  /** The hub answered 429: too many searches for now. */
  | { code: "rate-limited"; retryAfterSeconds: number | undefined }
  | { code: "http-error"; status: number }
  /** The answer was not the list of models the hub sends (not JSON, not a list, or too large). */
  | { code: "malformed" };

/** A Retry-After header's seconds (the hub sends a number); undefined when absent or a date. */
export function retryAfterSeconds(header: string | null): number | undefined {
  if (header === null || !/^\d{1,6}$/.test(header.trim())) return undefined;
  return Number(header.trim());
}
