import { PURPOSE_CARRIES_USER_TEXT, type NetworkRequestRecord, type RequestPurpose } from "./networkRequest";

/** Requests of one host or one purpose, and the bytes they brought back. */
export interface RequestGroup<Key extends string> {
  key: Key;
  requests: number;
  /** Bytes received by the requests whose size is known. */
  bytes: number;
}

export interface RequestSummary {
  requests: number;
  bytes: number;
  /** Requests whose purpose can carry something the user wrote (see PURPOSE_CARRIES_USER_TEXT). */
  carryingUserText: number;
  /** Of those, the model searches: they sent the words typed in the model search box, and only those. */
  modelSearches: number;
  /** Most bytes first (then most requests, then by name), so the heaviest traffic leads. */
  byHost: RequestGroup<string>[];
  byPurpose: RequestGroup<RequestPurpose>[];
}

/** The request log summed up for a glance: totals, by host, by purpose, and what carried the user's words. */
export function summariseRequests(requests: readonly NetworkRequestRecord[]): RequestSummary {
  const byHost = new Map<string, RequestGroup<string>>();
  const byPurpose = new Map<RequestPurpose, RequestGroup<RequestPurpose>>();
  let bytes = 0;
  let carryingUserText = 0;
  let modelSearches = 0;
  for (const request of requests) {
    const size = request.bytes ?? 0;
    bytes += size;
    if (PURPOSE_CARRIES_USER_TEXT[request.purpose]) carryingUserText += 1;
    if (request.purpose === "model search") modelSearches += 1;
    add(byHost, hostOf(request.url), size);
    add(byPurpose, request.purpose, size);
  }
  return {
    requests: requests.length,
    bytes,
    carryingUserText,
    modelSearches,
    byHost: sorted(byHost),
    byPurpose: sorted(byPurpose),
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function add<Key extends string>(groups: Map<Key, RequestGroup<Key>>, key: Key, bytes: number) {
  const group = groups.get(key) ?? { key, requests: 0, bytes: 0 };
  group.requests += 1;
  group.bytes += bytes;
  groups.set(key, group);
}

function sorted<Key extends string>(groups: Map<Key, RequestGroup<Key>>): RequestGroup<Key>[] {
  return [...groups.values()].sort(
    (a, b) => b.bytes - a.bytes || b.requests - a.requests || a.key.localeCompare(b.key),
  );
}
