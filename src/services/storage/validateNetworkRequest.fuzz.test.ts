import fc from "fast-check";
import { describe, it } from "vitest";
import { fuzzParameters } from "../../test/fuzz";
import { isNetworkRequestRecord } from "./validateNetworkRequest";

const maybeUrl = fc.oneof(fc.webUrl(), fc.string(), fc.constant(undefined), fc.integer());
const record = fc.record(
  {
    at: fc.oneof(fc.integer(), fc.string()),
    url: maybeUrl,
    bytes: fc.oneof(fc.constant(undefined), fc.nat(), fc.string()),
    purpose: fc.constantFrom("app file", "model file", "model library", "other", "exfiltration"),
    source: fc.constantFrom("page", "engine", "service worker", "nobody"),
    redirect: fc.oneof(
      fc.constant(undefined),
      fc.record({ to: maybeUrl, refused: fc.oneof(fc.boolean(), fc.string()) }, { requiredKeys: [] }),
      fc.anything(),
    ),
  },
  { requiredKeys: [] },
);

describe("isNetworkRequestRecord (fuzz)", () => {
  it("accepts only records the Privacy panel can show: every URL in them parses", () => {
    fc.assert(
      fc.property(fc.oneof(record, fc.anything()), (value) => {
        if (!isNetworkRequestRecord(value)) return;
        new URL(value.url);
        if (value.redirect?.to !== undefined) new URL(value.redirect.to);
      }),
      fuzzParameters(),
    );
  });
});
