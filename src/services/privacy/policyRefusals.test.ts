import { describe, expect, it } from "vitest";
import { watchPolicyRefusals } from "./policyRefusals";

const URL_A = "https://huggingface.co/m/resolve/main/params_shard_1.bin";

function violation(blockedURI: string): Event {
  return Object.assign(new Event("securitypolicyviolation"), { blockedURI });
}

describe("watchPolicyRefusals", () => {
  it("answers true for a URL the policy refused, reported before or after the failure is looked at", async () => {
    const scope = new EventTarget();
    const refusals = watchPolicyRefusals(scope, 10_000);
    scope.dispatchEvent(violation(URL_A));
    expect(await refusals.refused(URL_A)).toBe(true);

    const pending = refusals.refused(`${URL_A}#x`);
    scope.dispatchEvent(violation(URL_A));
    expect(await pending).toBe(true);
  });

  it("answers false once the report does not come, and uses each report once", async () => {
    const scope = new EventTarget();
    const refusals = watchPolicyRefusals(scope, 5);
    scope.dispatchEvent(violation("https://huggingface.co/other"));
    expect(await refusals.refused(URL_A)).toBe(false);
    scope.dispatchEvent(violation(URL_A));
    expect(await refusals.refused(URL_A)).toBe(true);
    expect(await refusals.refused(URL_A)).toBe(false);
  });
});
