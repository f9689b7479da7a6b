import {
  PURPOSE_CARRIES_USER_TEXT,
  type NetworkRequestRecord,
  type RedirectRecord,
  type RequestPurpose,
  type RequestSource,
} from "../../domain/networkRequest";
import { isMoment } from "../../domain/moment";

/** Every purpose there is (the record every purpose must answer in), so a new one is never dropped on reading. */
const PURPOSES = Object.keys(PURPOSE_CARRIES_USER_TEXT) as RequestPurpose[];
const SOURCES: readonly RequestSource[] = ["page", "engine", "service worker"];

/** A record read back from the network log is checked before it is shown. */
export function isNetworkRequestRecord(value: unknown): value is NetworkRequestRecord {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    isMoment(record.at) &&
    isUrl(record.url) &&
    (record.bytes === undefined || typeof record.bytes === "number") &&
    PURPOSES.includes(record.purpose as RequestPurpose) &&
    SOURCES.includes(record.source as RequestSource) &&
    (record.redirect === undefined || isRedirectRecord(record.redirect))
  );
}

function isRedirectRecord(value: unknown): value is RedirectRecord {
  if (typeof value !== "object" || value === null) return false;
  const redirect = value as Record<string, unknown>;
  if (redirect.refused === false) return isUrl(redirect.to);
  return redirect.refused === true && (redirect.to === undefined || isUrl(redirect.to));
}

/** The panel parses every URL it shows, so one that does not parse would break it. */
function isUrl(value: unknown): value is string {
  return typeof value === "string" && URL.canParse(value);
}
