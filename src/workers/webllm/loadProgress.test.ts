import { describe, expect, it } from "vitest";
import { toLoadProgress } from "./loadProgress";

const MIB = 1024 * 1024;

function report(progress: number, text: string) {
  return { progress, timeElapsed: 3, text };
}

describe("toLoadProgress", () => {
  it("treats the start of the parameter fetch as the download phase at zero", () => {
    expect(toLoadProgress(report(0, "Start to fetch params"))).toEqual({
      phase: "download",
      fraction: 0,
      text: "Start to fetch params",
    });
  });

  it("reads the fetched MiB from the text and derives the total from the fraction", () => {
    const text =
      "Fetching param cache[5/20]: 100MB fetched. 25% completed, 3 secs elapsed. It can take a while when we first visit this page to populate the cache. Later refreshes will become faster.";
    expect(toLoadProgress(report(0.25, text))).toEqual({
      phase: "download",
      fraction: 0.25,
      bytesDone: 100 * MIB,
      bytesTotal: 400 * MIB,
      text,
    });
  });

  it("gives no total while nothing has been fetched", () => {
    const progress = toLoadProgress(
      report(0, "Fetching param cache[0/20]: 0MB fetched. 0% completed, 0 secs elapsed."),
    );
    expect(progress.bytesDone).toBe(0);
    expect(progress).not.toHaveProperty("bytesTotal");
  });

  it("joins the weight upload and shader compilation into one gpu phase that never goes back", () => {
    const upload = toLoadProgress(
      report(1, "Loading model from cache[20/20]: 400MB loaded. 100% completed, 9 secs elapsed."),
    );
    const shadersStart = toLoadProgress(
      report(0.1, "Loading GPU shader modules[10/100]: 10% completed, 10 secs elapsed."),
    );
    const shadersEnd = toLoadProgress(
      report(1, "Loading GPU shader modules[100/100]: 100% completed, 12 secs elapsed."),
    );
    const finished = toLoadProgress(report(1, "Finish loading on WebGPU - google"));

    expect([upload, shadersStart, shadersEnd, finished].map((p) => p.phase)).toEqual([
      "gpu",
      "gpu",
      "gpu",
      "gpu",
    ]);
    expect(upload.fraction).toBeCloseTo(0.8);
    expect(shadersStart.fraction).toBeCloseTo(0.82);
    expect(shadersEnd.fraction).toBeCloseTo(1);
    expect(finished.fraction).toBe(1);
    expect(upload).not.toHaveProperty("bytesDone");
  });
});
