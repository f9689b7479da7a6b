/**
 * What a new app version with a new web-llm runtime means for the models already stored. A model library
 * (.wasm) is compiled for one runtime, named by the `v0_2_NN` folder of its URL, and does not load on
 * another; so before the new version takes over, every stored model needs a library for its runtime:
 * - a catalog model: the same file under the new version's folder, fetched ahead (the new version's
 *   catalog names exactly that URL, and web-llm keys the library by it);
 * - a model added by URL whose library names another runtime folder: only its owner knows where a library
 *   for the new runtime lives (guessing a URL on someone else's host could fetch the wrong file, or one that
 *   is not there), so the update note names it and says it needs a new library URL;
 * - an imported model: its library came from the user's files, built for the runtime in use; it must be
 *   imported again with a library built for the new runtime.
 * After the switch, the libraries of older runtimes that no known model names are deleted.
 * Pure functions, no I/O.
 */
import { compareLibraryVersions, isLibraryVersion } from "./libraryVersion";

export type UpgradedModelKind = "catalog" | "custom" | "imported";

/** A model with files stored on this device, as the running version knows it. */
export interface StoredModelLibrary {
  modelId: string;
  name: string;
  kind: UpgradedModelKind;
  libraryUrl: string;
}

/** One library in web-llm's cache, with its stored size. */
export interface StoredLibrary {
  url: string;
  bytes: number;
}

/** A library the new version needs, to fetch before it takes over. */
export interface LibraryFetch {
  url: string;
  /** Size of the library it replaces: the new one is not measured until it is fetched. */
  estimatedBytes: number;
  modelIds: string[];
}

export interface LibraryUpgradePlan {
  /** The new version's library folder ("v0_2_87"). */
  libraryVersion: string;
  fetch: LibraryFetch[];
  estimatedBytes: number;
  /** Models added by URL whose library is built for another runtime: they need a new library URL. */
  needLibraryUrl: ModelName[];
  /** Models imported from files: they must be imported again with a library for the new runtime. */
  needReimport: ModelName[];
}

export interface ModelName {
  modelId: string;
  name: string;
}

/** The runtime folder a library URL names ("v0_2_86"), or undefined when it names none (a mirror, a custom host). */
export function libraryVersionOf(url: string): string | undefined {
  return pathSegments(url)?.find(isLibraryVersion);
}

/** The same library path under another runtime folder; the URL unchanged when it names no folder. */
export function withLibraryVersion(url: string, libraryVersion: string): string {
  const parsed = new URL(url);
  parsed.pathname = parsed.pathname
    .split("/")
    .map((segment) => (isLibraryVersion(segment) ? libraryVersion : segment))
    .join("/");
  return parsed.href;
}

/**
 * What switching from `currentVersion` to `nextVersion` needs. `models` are the models with files stored;
 * `storedLibraries` is everything in web-llm's library cache. A catalog model whose library is not stored
 * needs nothing ahead: it is not usable offline now, and its next load downloads what is missing.
 */
export function planLibraryUpgrade(
  models: readonly StoredModelLibrary[],
  storedLibraries: readonly StoredLibrary[],
  currentVersion: string,
  nextVersion: string,
): LibraryUpgradePlan {
  const plan: LibraryUpgradePlan = {
    libraryVersion: nextVersion,
    fetch: [],
    estimatedBytes: 0,
    needLibraryUrl: [],
    needReimport: [],
  };
  if (nextVersion === currentVersion) return plan;
  const storedBytes = new Map(storedLibraries.map((library) => [library.url, library.bytes]));
  const fetches = new Map<string, LibraryFetch>();
  for (const model of models) {
    const named = { modelId: model.modelId, name: model.name };
    const version = libraryVersionOf(model.libraryUrl);
    if (model.kind === "imported") {
      plan.needReimport.push(named);
      continue;
    }
    if (version === undefined || version === nextVersion) continue;
    if (model.kind === "custom") {
      plan.needLibraryUrl.push(named);
      continue;
    }
    const oldBytes = storedBytes.get(model.libraryUrl);
    const url = withLibraryVersion(model.libraryUrl, nextVersion);
    if (oldBytes === undefined || storedBytes.has(url)) continue;
    const fetch = fetches.get(url);
    if (fetch) fetch.modelIds.push(model.modelId);
    else fetches.set(url, { url, estimatedBytes: oldBytes, modelIds: [model.modelId] });
  }
  plan.fetch = [...fetches.values()];
  plan.estimatedBytes = plan.fetch.reduce((sum, fetch) => sum + fetch.estimatedBytes, 0);
  return plan;
}

/** Nothing to fetch and nothing to tell: the update is a plain one. */
export function isEmptyPlan(plan: LibraryUpgradePlan): boolean {
  return plan.fetch.length === 0 && plan.needLibraryUrl.length === 0 && plan.needReimport.length === 0;
}

/**
 * The stored libraries the running version may delete: those built for an older runtime (their URL names
 * an older version folder) that no model the app knows still names. A newer runtime's library is kept: a
 * tab still on this version may have fetched it for an update another tab is about to take. A library
 * whose URL names no runtime is never deleted here: nothing says it is old.
 */
export function librariesToDelete(
  storedLibraryUrls: readonly string[],
  knownLibraryUrls: readonly string[],
  currentVersion: string,
): string[] {
  const known = new Set(knownLibraryUrls);
  return storedLibraryUrls.filter((url) => {
    const version = libraryVersionOf(url);
    return version !== undefined && compareLibraryVersions(version, currentVersion) < 0 && !known.has(url);
  });
}

function pathSegments(url: string): string[] | undefined {
  try {
    return new URL(url).pathname.split("/");
  } catch {
    return undefined;
  }
}
