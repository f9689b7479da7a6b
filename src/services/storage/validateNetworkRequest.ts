import type { NetworkRequestRecord, RequestPurpose, RequestSource } from "../../domain/networkRequest";

const PURPOSES: readonly RequestPurpose[] = ["app file", "model file", "model library", "other"];
const SOURCES: readonly RequestSource[] = ["page", "engine", "service worker"];

/** A record read back from the network log is checked before it is shown. */
export function isNetworkRequestRecord(value: unknown): value is NetworkRequestRecord {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.at === "number" &&
    typeof record.url === "string" &&
    (record.bytes === undefined || typeof record.bytes === "number") &&
    PURPOSES.includes(record.purpose as RequestPurpose) &&
    SOURCES.includes(record.source as RequestSource)
  );
}
