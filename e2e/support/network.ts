/** Names the test server answers to: the baseURL's host, reached by name or loopback address. */
const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "[::1]"];

/** Schemes that reach a network. data:, blob:, about: and chrome-extension: URLs never leave the browser. */
const NETWORK_SCHEMES = new Set(["http:", "https:", "ws:", "wss:"]);

/**
 * Whether `url` goes anywhere but the local test server at `localHost` ("localhost:4173") or one of the
 * `allowedHosts` (matched against "host" or "host:port"). Unparseable URLs count as foreign.
 */
export function isForeign(
  url: string | URL,
  localHost: string,
  allowedHosts: readonly string[] = [],
): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (!NETWORK_SCHEMES.has(parsed.protocol)) return false;
  const local = new URL(`http://${localHost}`);
  const isLocal = LOOPBACK_NAMES.includes(parsed.hostname) && parsed.port === local.port;
  if (isLocal || parsed.host === local.host) return false;
  return !allowedHosts.includes(parsed.hostname) && !allowedHosts.includes(parsed.host);
}

/** The URLs in `urls` that went to a foreign host, each once, in order of first appearance. */
export function foreignRequests(
  urls: readonly string[],
  localHost: string,
  allowedHosts: readonly string[] = [],
): string[] {
  return [...new Set(urls.filter((url) => isForeign(url, localHost, allowedHosts)))];
}
