/** Link schemes a reply may point at. Everything else (javascript:, data:, vbscript:, relative paths…) is inert text. */
const ALLOWED_PROTOCOLS: ReadonlySet<string> = new Set(["http:", "https:", "mailto:"]);

/**
 * Returns the normalised href if the link may be clickable, otherwise null.
 *
 * Parsing with `URL` (no base) rather than a regex means the browser's own rules decide the scheme, so tricks like
 * `java\tscript:` or leading control characters cannot slip past; relative URLs fail to parse and are rejected.
 * The returned value is the parsed href, so what was checked is exactly what gets rendered.
 */
export function safeLinkHref(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  return ALLOWED_PROTOCOLS.has(url.protocol) ? url.href : null;
}
