/** The small part of Storage the start-up hints use (a fake in unit tests). */
export type HintStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** The page's localStorage; reading the property itself throws where the browser blocks storage. */
export function pageStorage(): HintStorage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
