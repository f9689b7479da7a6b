/**
 * The page's Content-Security-Policy: everything from our own origin, WebAssembly allowed
 * (web-llm compiles model libraries), network only to our origin and the model hosts, and
 * no plugins, base rewriting or form posts. Images from remote hosts are never loaded.
 */
export function contentSecurityPolicy(modelHosts: readonly string[]): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'wasm-unsafe-eval'"],
    // The engine worker and the service worker are our own scripts; the web app manifest is our own file.
    // The engine worker starts from a one-line blob: that imports its script, so the page's policy governs
    // it (services/privacy/workerUnderPagePolicy.ts); only the page's own scripts can make such a blob.
    "worker-src": ["'self'", "blob:"],
    "manifest-src": ["'self'"],
    "connect-src": ["'self'", ...modelHosts],
    "img-src": ["'self'", "data:", "blob:"],
    "style-src": ["'self'"],
    "font-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}
