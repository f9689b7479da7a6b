import { describe, expect, it } from "vitest";
import type { NetworkRequestRecord, RequestPurpose } from "./networkRequest";
import { summariseRequests } from "./requestSummary";

const request = (url: string, purpose: RequestPurpose, bytes: number | undefined): NetworkRequestRecord => ({
  at: 0,
  url,
  bytes,
  purpose,
  source: "page",
});

describe("summariseRequests", () => {
  const log = [
    request("https://app.example/index.html", "app file", 1_000),
    request("https://app.example/assets/app.js", "app file", 200_000),
    request("https://huggingface.co/mlc-ai/Qwen/resolve/main/mlc-chat-config.json", "model file", 2_000),
    request("https://cdn-lfs.hf.co/shard-0.bin", "model file", 30_000_000),
    request("https://raw.githubusercontent.com/mlc-ai/lib.wasm", "model library", undefined),
  ];

  it("totals requests and the bytes of those whose size is known", () => {
    const summary = summariseRequests(log);
    expect(summary.requests).toBe(5);
    expect(summary.bytes).toBe(30_203_000);
  });

  it("groups by host and by purpose, heaviest first", () => {
    const summary = summariseRequests(log);
    expect(summary.byHost).toEqual([
      { key: "cdn-lfs.hf.co", requests: 1, bytes: 30_000_000 },
      { key: "app.example", requests: 2, bytes: 201_000 },
      { key: "huggingface.co", requests: 1, bytes: 2_000 },
      { key: "raw.githubusercontent.com", requests: 1, bytes: 0 },
    ]);
    expect(summary.byPurpose).toEqual([
      { key: "model file", requests: 2, bytes: 30_002_000 },
      { key: "app file", requests: 2, bytes: 201_000 },
      { key: "model library", requests: 1, bytes: 0 },
    ]);
  });

  it("counts no request that carried the user's words when only files were fetched", () => {
    expect(summariseRequests(log).carryingUserText).toBe(0);
  });

  it("counts a model search, which sends the words typed in its box, as carrying the user's words", () => {
    const withSearch = [
      ...log,
      request("https://huggingface.co/api/models?search=qwen%20legal", "model search", 4_000),
      request("https://huggingface.co/api/models?search=contracts", "model search", 3_000),
    ];
    const summary = summariseRequests(withSearch);
    expect(summary.carryingUserText).toBe(2);
    expect(summary.modelSearches).toBe(2);
    expect(summary.byPurpose.find((group) => group.key === "model search")).toEqual({
      key: "model search",
      requests: 2,
      bytes: 7_000,
    });
  });

  it("sums up an empty log as nothing", () => {
    expect(summariseRequests([])).toEqual({
      requests: 0,
      bytes: 0,
      carryingUserText: 0,
      modelSearches: 0,
      byHost: [],
      byPurpose: [],
    });
  });
});
