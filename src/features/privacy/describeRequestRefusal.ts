import type { RequestRefusal } from "../../domain/networkRequest";
import type { Messages } from "../../i18n/messages/en";

/** A refused request or redirect in words, naming the file and hosts (never a user name or password). */
export function describeRequestRefusal(t: Messages, refusal: RequestRefusal): string {
  const words = t.requestRefusals;
  const url = new URL(refusal.url);
  const file = fileName(url);
  if (refusal.code === "redirect-refused") {
    return refusal.to === undefined
      ? words.redirectRefused(file, url.host)
      : words.redirectDiscarded(file, url.host, new URL(refusal.to).host);
  }
  switch (refusal.problem) {
    case "not-http":
      return words.notHttp(file);
    case "credentials":
      return words.credentials(file, url.host);
    case "host-not-allowed":
      return words.hostNotAllowed(file, url.host);
  }
}

/** The last segment of the path ("params_shard_3.bin"), or the path itself when it ends in "/". */
function fileName(url: URL): string {
  return url.pathname.split("/").pop() || url.pathname;
}
