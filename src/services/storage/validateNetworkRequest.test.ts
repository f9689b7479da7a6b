import { describe, expect, it } from "vitest";
import { PURPOSE_CARRIES_USER_TEXT, type RequestPurpose } from "../../domain/networkRequest";
import { isNetworkRequestRecord } from "./validateNetworkRequest";

describe("isNetworkRequestRecord", () => {
  it("reads back a record of every purpose, model searches included", () => {
    for (const purpose of Object.keys(PURPOSE_CARRIES_USER_TEXT) as RequestPurpose[]) {
      const record = {
        at: 1,
        url: "https://huggingface.co/api/models?search=x",
        bytes: 10,
        purpose,
        source: "page",
      };
      expect(isNetworkRequestRecord(record), purpose).toBe(true);
    }
  });

  it("refuses a purpose it does not know", () => {
    const record = { at: 1, url: "https://example.test/", bytes: 10, purpose: "telemetry", source: "page" };
    expect(isNetworkRequestRecord(record)).toBe(false);
  });
});
