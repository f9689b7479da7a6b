import type { StorageShortfall } from "../../domain/engineError";

/** What the browser says about this origin's storage (`navigator.storage.estimate()`). */
export interface StorageEstimator {
  estimateStorage(): Promise<{ usage?: number; quota?: number }>;
}

/**
 * Before writing: how much is missing when the browser's own estimate says `neededBytes` cannot fit, or
 * undefined when they fit or the browser does not say (the writes then find out).
 */
export async function spaceShortfall(
  neededBytes: number,
  env: StorageEstimator,
): Promise<StorageShortfall | undefined> {
  const { usage, quota } = await env.estimateStorage().catch(() => ({ usage: undefined, quota: undefined }));
  if (usage === undefined || quota === undefined) return undefined;
  const freeBytes = Math.max(0, quota - usage);
  return neededBytes > freeBytes ? { neededBytes, freeBytes } : undefined;
}

/** After a write failed for lack of space: the figures for the message, free space 0 when unknown. */
export async function shortfallAfterQuotaError(
  neededBytes: number,
  env: StorageEstimator,
): Promise<StorageShortfall> {
  const { usage = 0, quota = 0 } = await env
    .estimateStorage()
    .catch((): { usage?: number; quota?: number } => ({}));
  return { neededBytes, freeBytes: Math.max(0, quota - usage) };
}
