/** Cache Storage where the service worker keeps model libraries served from the app's own origin. */
export const MODEL_LIBRARY_CACHE = "sigilo-model-libraries";

/** Workbox's precache of the app's own files: kept by "Erase everything", so the app still opens offline. */
export function isAppShellCache(name: string): boolean {
  return name.startsWith("workbox-precache");
}
