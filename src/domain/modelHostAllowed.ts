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
