import { describe, expect, it } from "vitest";
import { addSample, bytesPerSecond, secondsLeft } from "./downloadRate";

describe("download rate", () => {
  it("computes speed over the window and time left", () => {
    let samples = addSample([], { atMs: 0, bytes: 0 });
    samples = addSample(samples, { atMs: 1000, bytes: 10_000_000 });
    const rate = bytesPerSecond(samples);
    expect(rate).toBe(10_000_000);
    expect(secondsLeft(10_000_000, 50_000_000, rate)).toBe(4);
  });
  it("forgets samples older than the window", () => {
    let samples = addSample([], { atMs: 0, bytes: 0 });
    samples = addSample(samples, { atMs: 10_000, bytes: 1_000 });
    samples = addSample(samples, { atMs: 11_000, bytes: 3_000 });
    expect(bytesPerSecond(samples)).toBe(2_000);
  });
  it("gives no estimate before there is enough data", () => {
    expect(bytesPerSecond(addSample([], { atMs: 0, bytes: 0 }))).toBeUndefined();
    expect(secondsLeft(0, 100, undefined)).toBeUndefined();
  });
});
