/**
 * Which web-llm runtime this build's model libraries are compiled for: the `v0_2_NN` folder of every
 * catalog library URL. A library from another folder does not load on this runtime (see libraryUpgrade.ts).
 */

/** The folder of web-llm 0.2.86's libraries; `modelCatalog.test.ts` checks it against web-llm's records. */
export const WEB_LLM_LIBRARY_VERSION = "v0_2_86";

/**
 * Set only by a fixture build made to play a newer release (vite.config.ts, `SIGILO_FIXTURE_LIBRARY_VERSION`),
 * so the update path can be tested with two builds; every real build uses web-llm's own folder.
 */
declare const __MODEL_LIBRARY_VERSION__: string | undefined;

export const MODEL_LIBRARY_VERSION: string =
  typeof __MODEL_LIBRARY_VERSION__ === "string" ? __MODEL_LIBRARY_VERSION__ : WEB_LLM_LIBRARY_VERSION;

const VERSION_FOLDER = /^v\d+_\d+_\d+$/;

export function isLibraryVersion(value: unknown): value is string {
  return typeof value === "string" && VERSION_FOLDER.test(value);
}

/** "v0_2_87" → "0.2.87", as people know web-llm's releases. */
export function runtimeVersionName(libraryVersion: string): string {
  return libraryVersion.slice(1).replaceAll("_", ".");
}

/** Orders runtime folders by release: negative when `a` is older than `b`. */
export function compareLibraryVersions(a: string, b: string): number {
  const parts = (version: string) => version.slice(1).split("_").map(Number);
  const [left, right] = [parts(a), parts(b)];
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
