/**
 * How long to wait for the browser's report after a fetch failed. The report travels apart from the
 * failure and arrives just after it (about a millisecond in Chromium), so this is ample, and it only
 * delays failures, which the downloader then waits seconds to retry anyway.
 */
const REPORT_GRACE_MS = 400;

export interface PolicyRefusals {
  /**
   * Whether the Content-Security-Policy refused `url`, or a redirect from it (the browser names the
   * address that was asked for, never where the redirect led). Call it once a fetch of `url` failed.
   */
  refused(url: string): Promise<boolean>;
}

/**
 * Listens to `securitypolicyviolation` in a page or worker. The policy is what stops a redirect to a
 * host outside the model hosts before anything is sent there; a fetch it stops only rejects with a
 * bare "Failed to fetch", and this tells that apart from a dropped connection.
 */
export function watchPolicyRefusals(
  scope: EventTarget = globalThis,
  graceMs = REPORT_GRACE_MS,
): PolicyRefusals {
  const reported = new Set<string>();
  const waiting = new Map<string, () => void>();
  scope.addEventListener("securitypolicyviolation", (event) => {
    const url = withoutFragment((event as SecurityPolicyViolationEvent).blockedURI);
    const waiter = waiting.get(url);
    if (waiter) waiter();
    else reported.add(url);
  });

  return {
    refused(url) {
      const key = withoutFragment(url);
      // Each report answers one failure: a later failure of the same URL may be a dropped connection.
      if (reported.delete(key)) return Promise.resolve(true);
      return new Promise((resolve) => {
        const settle = (refused: boolean) => {
          clearTimeout(timer);
          waiting.delete(key);
          resolve(refused);
        };
        const timer = setTimeout(() => settle(false), graceMs);
        waiting.set(key, () => settle(true));
      });
    },
  };
}

function withoutFragment(url: string): string {
  const hash = url.indexOf("#");
  return hash === -1 ? url : url.slice(0, hash);
}
