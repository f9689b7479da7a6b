import { destinationProblem } from "../../domain/modelHostAllowed";
import { ReasonedError } from "../../domain/modelProblems";
import type { RedirectRecord, RequestRefusal } from "../../domain/networkRequest";
import type { PolicyRefusals } from "./policyRefusals";

/** A request the app would not send, or a redirect it would not follow; the reason says which. */
export class RequestRefusedError extends ReasonedError<RequestRefusal> {
  override name = "RequestRefusedError";
}

export interface CheckedFetchOptions {
  send: typeof fetch;
  /** The model hosts (`modelHosts`), as the Content-Security-Policy names them. */
  allowedHosts: readonly string[];
  appOrigin: string;
  /** What relative URLs are resolved against (a worker started from a blob: URL cannot use its own address). */
  baseUrl: string;
  refusals: PolicyRefusals;
  /** Told of every request sent (or tried) to another origin: bytes announced, and where a redirect led. */
  onSent?(url: string, bytes: number | undefined, redirect: RedirectRecord | undefined): void;
}

/**
 * `fetch`, for code that must reach only the app's origin and the model hosts, checked at every hop.
 *
 * What stops a redirect before anything is sent to another host is the browser: the page's
 * Content-Security-Policy (which the engine worker inherits, see workerUnderPagePolicy.ts) refuses a hop
 * outside `connect-src`, and a same-origin request sent with `mode: "same-origin"` cannot be redirected
 * to another origin at all. Script cannot follow redirects itself: `redirect: "manual"` gives an opaque
 * response without its Location. So this asks the browser for those guarantees, turns its bare "Failed
 * to fetch" into a named refusal when the policy was the cause, and, should a browser have followed a
 * redirect anyway, checks where the answer came from before anyone reads it.
 */
export function createCheckedFetch(options: CheckedFetchOptions): typeof fetch {
  const { send, allowedHosts, appOrigin, baseUrl, refusals, onSent = () => {} } = options;
  const problemOf = (url: URL) => destinationProblem(url, allowedHosts, appOrigin);

  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), baseUrl);
    const problem = problemOf(url);
    if (problem) {
      throw new RequestRefusedError({ code: "destination-refused", url: withoutCredentials(url), problem });
    }
    const sameOrigin = url.origin === appOrigin;
    const note = sameOrigin ? () => {} : onSent; // the service worker logs the app's own requests
    const request = new Request(
      input instanceof Request ? input : url.href,
      sameOrigin
        ? { ...init, mode: "same-origin" }
        : // No cookies, and no referrer telling a model host where the app is hosted.
          { ...init, credentials: "omit", referrerPolicy: "no-referrer" },
    );

    let response: Response;
    try {
      response = await send(request);
    } catch (error) {
      if (!(error instanceof TypeError) || !(await refusals.refused(url.href))) {
        note(url.href, undefined, undefined); // it was sent, or tried to be, even if nothing came back
        throw error;
      }
      note(url.href, undefined, { to: undefined, refused: true });
      throw new RequestRefusedError({ code: "redirect-refused", url: url.href, to: undefined });
    }

    const finalUrl = new URL(response.url || url.href);
    if (!response.redirected || finalUrl.href === url.href) {
      note(url.href, announcedBytes(response), undefined);
      return response;
    }
    if (problemOf(finalUrl) || (sameOrigin && finalUrl.origin !== appOrigin)) {
      // No policy stopped it, so the other host was contacted; what it answered is never read.
      void response.body?.cancel().catch(() => {});
      const to = withoutCredentials(finalUrl);
      onSent(url.href, undefined, { to, refused: true });
      throw new RequestRefusedError({ code: "redirect-refused", url: url.href, to });
    }
    note(url.href, announcedBytes(response), { to: finalUrl.href, refused: false });
    return response;
  };
}

function announcedBytes(response: Response): number | undefined {
  const declared = Number(response.headers.get("content-length"));
  return declared > 0 ? declared : undefined;
}

function withoutCredentials(url: URL): string {
  const copy = new URL(url.href);
  copy.username = "";
  copy.password = "";
  return copy.href;
}
