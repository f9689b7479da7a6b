/**
 * Whether the page's Content-Security-Policy lets it fetch `url`: the app's own origin, or a
 * host in `allowedHosts` (entries as `modelHosts` writes them, "https://host" or
 * "https://*.domain"). A custom model elsewhere would be blocked by the browser with an
 * opaque network error, so the app checks first and explains.
 */
export function isModelHostAllowed(url: URL, allowedHosts: readonly string[], appOrigin: string): boolean {
  if (url.origin === appOrigin) return true;
  return allowedHosts.some((entry) => {
    const allowed = new URL(entry.replace("*.", "wildcard."));
    if (allowed.protocol !== url.protocol || allowed.port !== url.port) return false;
    if (!entry.includes("*.")) return allowed.hostname === url.hostname;
    return url.hostname.endsWith(allowed.hostname.slice("wildcard".length));
  });
}

/**
 * Why the app must not send a request to `url`, or undefined when it may: only http(s) reaches a
 * model host (data:, blob: and the like would let a crafted model folder swap in content that never
 * came from one), a URL carrying a user name or password would hand credentials to whoever answers,
 * and the host must be the app's own or one of `allowedHosts`.
 */
export type DestinationProblem = "not-http" | "credentials" | "host-not-allowed";

export function destinationProblem(
  url: URL,
  allowedHosts: readonly string[],
  appOrigin: string,
): DestinationProblem | undefined {
  if (url.protocol !== "https:" && url.protocol !== "http:") return "not-http";
  if (url.username !== "" || url.password !== "") return "credentials";
  if (!isModelHostAllowed(url, allowedHosts, appOrigin)) return "host-not-allowed";
  return undefined;
}
