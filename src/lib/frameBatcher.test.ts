import { describe, expect, it } from "vitest";
import { createFrameBatcher } from "./frameBatcher";

describe("createFrameBatcher", () => {
  it("delivers everything pushed within a frame in one call", () => {
    const frames: Array<() => void> = [];
    const delivered: string[][] = [];
    const batcher = createFrameBatcher<string>(
      (values) => delivered.push(values),
      (callback) => frames.push(callback),
      () => {},
    );
    batcher.push("a");
    batcher.push("b");
    batcher.push("c");
    expect(frames).toHaveLength(1);
    frames[0]!();
    expect(delivered).toEqual([["a", "b", "c"]]);
  });
  it("flush delivers at once and cancel drops what is pending", () => {
    const delivered: string[][] = [];
    const batcher = createFrameBatcher<string>(
      (values) => delivered.push(values),
      () => 1,
      () => {},
    );
    batcher.push("a");
    batcher.flush();
    batcher.push("b");
    batcher.cancel();
    batcher.flush();
    expect(delivered).toEqual([["a"]]);
  });
});
