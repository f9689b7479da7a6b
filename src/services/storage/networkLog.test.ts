import { describe, expect, it } from "vitest";
import type { NetworkRequestRecord } from "../../domain/networkRequest";
import { networkLog, NETWORK_LOG_DB_NAME } from "./networkLog";
import { eraseAllDatabases } from "./eraseDatabases";

const record = (path: string, at: number): NetworkRequestRecord => ({
  at,
  url: `https://sigilo.example${path}`,
  bytes: 10,
  purpose: "app file",
  source: "page",
});

describe("networkLog", () => {
  it("appends in order, lists, skips unreadable records and clears", async () => {
    await networkLog.clear();
    await networkLog.append([record("/a", 1), record("/b", 2)]);
    await networkLog.append([]);
    await networkLog.append([record("/c", 3)]);
    // A record damaged by hand (or an older format) is skipped, not shown half-read.
    await networkLog.append([
      { ...record("/bad", 4), purpose: "exfiltration" } as unknown as NetworkRequestRecord,
    ]);
    expect((await networkLog.list()).map((entry) => entry.url)).toEqual([
      "https://sigilo.example/a",
      "https://sigilo.example/b",
      "https://sigilo.example/c",
    ]);
    await networkLog.clear();
    expect(await networkLog.list()).toEqual([]);
  });

  it("keeps where redirects led, and skips a record whose redirect or URL would not parse", async () => {
    await networkLog.clear();
    const followed = { ...record("/a", 1), redirect: { to: "https://cdn-lfs.hf.co/x", refused: false } };
    const stopped = { ...record("/b", 2), redirect: { to: undefined, refused: true } };
    const discarded = { ...record("/c", 3), redirect: { to: "http://evil.example/x", refused: true } };
    await networkLog.append([followed, stopped, discarded] as NetworkRequestRecord[]);
    await networkLog.append([
      { ...record("/d", 4), redirect: { to: "not a url", refused: false } },
      { ...record("/e", 5), redirect: { refused: false } },
      { ...record("/f", 6), url: "not a url" },
    ] as unknown as NetworkRequestRecord[]);
    expect(await networkLog.list()).toEqual([followed, stopped, discarded]);
    await networkLog.clear();
  });

  it("holds no connection open, so erasing every database is never blocked by it", async () => {
    await networkLog.append([record("/a", 1)]);
    const erased = await eraseAllDatabases();
    expect(erased).toContain(NETWORK_LOG_DB_NAME);
    expect(await indexedDB.databases()).toEqual([]);
    expect(await networkLog.list()).toEqual([]);
  });
});
