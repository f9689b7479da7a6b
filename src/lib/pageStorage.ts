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

/**
 * Writes a start-up hint, or removes it (`null`). Storage refused or full only means the next start goes
 * without it, so nothing is thrown.
 */
export function writeHint(key: string, value: string | null, storage: HintStorage | undefined): void {
  try {
    if (value === null) storage?.removeItem(key);
    else storage?.setItem(key, value);
  } catch {
    // As above.
  }
}
