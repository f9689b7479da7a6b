/**
 * Asks Hugging Face for MLC models matching the words typed in the model search box, then reads each
 * listed model's `mlc-chat-config.json` to see which known library runs it. The search request carries
 * those words and fixed filters only; the config requests are plain model-file reads, the same a download
 * makes. Every failure comes back as data for the UI to word; nothing here throws for a bad answer.
 */
import {
  chatConfigUrl,
  judgeChatConfig,
  modelSearchUrl,
  normaliseQuery,
  readSearchAnswer,
  retryAfterSeconds,
  type ConfigVerdict,
  type HubModel,
  type ModelSearchOutcome,
} from "../../domain/huggingFaceSearch";
import { MODEL_FILE_LIMITS } from "../../domain/mlcModelFolder";
import { isModelHostAllowed } from "../../domain/modelHostAllowed";
import { readBody } from "../../lib/readBody";

export interface SearchEnvironment {
  /** Rejects for a redirect off the model hosts, as the add-a-model check does (see createCheckedFetch). */
  fetch(url: string): Promise<Response>;
  /** The Content-Security-Policy's model hosts; a build for a mirror may not reach Hugging Face. */
  allowedHosts: readonly string[];
  appOrigin: string;
  /** `navigator.onLine`: false means certainly offline, so nothing is sent. */
  online(): boolean;
}

/** The hub's list of 20 models is a few KB; anything near this is not that list. */
const MAX_ANSWER_BYTES = 1024 * 1024;
/** Configs read at once: enough to be quick, few enough not to flood the hub (it rate-limits). */
const CONFIG_READS_AT_ONCE = 4;

export async function searchHuggingFace(
  text: string,
  environment: SearchEnvironment,
): Promise<ModelSearchOutcome> {
  const query = normaliseQuery(text);
  const url = modelSearchUrl(query);
  if (!isModelHostAllowed(new URL(url), environment.allowedHosts, environment.appOrigin)) {
    return { ok: false, problem: { code: "unavailable" } };
  }
  if (!environment.online()) return { ok: false, problem: { code: "offline" } };
  let response: Response;
  try {
    response = await environment.fetch(url);
  } catch {
    return { ok: false, problem: { code: environment.online() ? "unreachable" : "offline" } };
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    if (response.status === 429) {
      const seconds = retryAfterSeconds(response.headers.get("retry-after"));
      return { ok: false, problem: { code: "rate-limited", retryAfterSeconds: seconds } };
    }
    return { ok: false, problem: { code: "http-error", status: response.status } };
  }
  const models = readSearchAnswer(await readJson(response, MAX_ANSWER_BYTES));
  if (!models) return { ok: false, problem: { code: "malformed" } };
  const verdicts = await mapAtMost(CONFIG_READS_AT_ONCE, models, (model) => judgeModel(model, environment));
  return { ok: true, query, results: models.map((model, index) => ({ model, verdict: verdicts[index]! })) };
}

/** What the model's config says, or why it could not be read. */
async function judgeModel(model: HubModel, environment: SearchEnvironment): Promise<ConfigVerdict> {
  let response: Response;
  try {
    response = await environment.fetch(chatConfigUrl(model));
  } catch {
    return { ok: false, problem: { code: "config-missing" } };
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    return { ok: false, problem: { code: "config-missing", status: response.status } };
  }
  const text = await readText(response, MODEL_FILE_LIMITS.configBytes);
  return text === undefined ? { ok: false, problem: { code: "config-unreadable" } } : judgeChatConfig(text);
}

/** The parsed body, or undefined when it is too large, cut off or not JSON. */
async function readJson(response: Response, maxBytes: number): Promise<unknown> {
  const text = await readText(response, maxBytes);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

async function readText(response: Response, maxBytes: number): Promise<string | undefined> {
  if (!response.body) return "";
  try {
    const read = await readBody(response.body, maxBytes);
    return read.complete ? new TextDecoder().decode(read.bytes) : undefined;
  } catch {
    return undefined;
  }
}

/** `map` over `items` with at most `limit` calls running at once, results in the items' order. */
async function mapAtMost<Item, Result>(
  limit: number,
  items: readonly Item[],
  map: (item: Item) => Promise<Result>,
): Promise<Result[]> {
  const results: Result[] = new Array<Result>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await map(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
