/**
 * Starts a module worker that the page's Content-Security-Policy governs.
 *
 * A worker loaded from its own URL takes its policy from that script's response headers alone: served
 * by a static host that sends none, it may connect anywhere, whatever the page's <meta> policy says —
 * and so follow a model host's redirect to any other host. A worker started from a blob: URL inherits
 * its creator's policy instead (HTML, "run a worker": a worker whose URL is local takes a clone of its
 * owner's policy container), so the browser holds every request it sends, and every redirect hop, to
 * the page's `connect-src`, refusing a hop elsewhere before anything is sent there. The blob holds one
 * line, importing the real script by its absolute URL (so the script keeps its URL, and its own imports
 * resolve as before); the policy's `worker-src` allows `blob:` for it.
 */
export function startWorkerUnderPagePolicy(scriptUrl: string, options: WorkerOptions = {}): Worker {
  const script = new URL(scriptUrl, location.href).href;
  const bootstrap = URL.createObjectURL(
    new Blob([`import ${JSON.stringify(script)};\n`], { type: "text/javascript" }),
  );
  try {
    return new Worker(bootstrap, { ...options, type: "module" });
  } finally {
    // The worker resolved the blob when it was constructed; the URL is not needed after that.
    URL.revokeObjectURL(bootstrap);
  }
}
