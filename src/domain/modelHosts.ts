/**
 * Hosts the app may contact besides its own origin. Without a mirror: where web-llm's prebuilt
 * models keep their weights (Hugging Face, which redirects to its CDN hosts) and compiled
 * libraries. With an organisation's mirror (`VITE_MODEL_MIRROR` at build time): that mirror's
 * origin only, or nothing beyond the app's own origin for a same-origin mirror ("/models/").
 * The Content-Security-Policy is built from this, so it is the one place a destination is allowed.
 */
export const PUBLIC_MODEL_HOSTS: readonly string[] = [
  "https://huggingface.co",
  "https://*.huggingface.co",
  "https://*.hf.co",
  "https://raw.githubusercontent.com",
];

export function modelHosts(mirror: string | undefined): readonly string[] {
  if (!mirror) return PUBLIC_MODEL_HOSTS;
  if (isSameOriginPath(mirror)) return [];
  return [new URL(mirror).origin];
}

/**
 * A mirror is an absolute http(s) URL or a path on the app's own server ("/models/").
 * Returns the reason it is not usable, or undefined when it is.
 */
export function mirrorProblem(mirror: string): string | undefined {
  if (isSameOriginPath(mirror)) return undefined;
  let url: URL;
  try {
    url = new URL(mirror);
  } catch {
    return `"${mirror}" is neither an http(s) URL nor a path starting with "/".`;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return `"${mirror}" must use https (or http).`;
  if (url.search || url.hash) return `"${mirror}" must not have a query or fragment.`;
  // Every model file's URL would carry them, to a host that may log them; fetch refuses such URLs anyway.
  if (url.username || url.password)
    return `"${url.host}" must not be given a user name or password in the URL.`;
  return undefined;
}

function isSameOriginPath(mirror: string): boolean {
  return mirror.startsWith("/") && !mirror.startsWith("//");
}
