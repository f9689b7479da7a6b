import { describe, expect, it } from "vitest";
import type { LoadProgress } from "../../../domain/generation";
import { isDownloading, shownStep, startLoading, withProgress } from "./loadState";

const download: LoadProgress = { phase: "download", fraction: 0.5, bytesDone: 50, bytesTotal: 100, text: "" };
const weights: LoadProgress = { phase: "gpu", step: "weights", fraction: 0, text: "" };
const programs: LoadProgress = { phase: "gpu", step: "programs", fraction: 0.2, text: "" };

describe("load state", () => {
  it("says a stored model loads into GPU memory from the start, and a missing one downloads", () => {
    expect(shownStep(startLoading("m", true, 0))).toBe("weights");
    expect(isDownloading(startLoading("m", true, 0))).toBe(false);
    expect(shownStep(startLoading("m", false, 0))).toBe("starting");
    expect(isDownloading(startLoading("m", false, 0))).toBe(true);
  });

  it("starts the clock of a step when the step changes, not with every report", () => {
    let load = startLoading("m", false, 0);
    load = withProgress(load, download, 100);
    expect(load.stepStartedAt).toBe(100);
    load = withProgress(load, { ...download, bytesDone: 80 }, 200);
    expect(load.stepStartedAt).toBe(100);
    load = withProgress(load, weights, 300);
    load = withProgress(load, programs, 900);
    load = withProgress(load, { ...programs, fraction: 0.6 }, 5_000);
    expect(load.stepStartedAt).toBe(900);
    expect(shownStep(load)).toBe("programs");
  });

  it("samples download bytes for the speed, and nothing once on the GPU", () => {
    let load = startLoading("m", false, 0);
    load = withProgress(load, download, 100);
    load = withProgress(load, { ...download, bytesDone: 80 }, 1_100);
    load = withProgress(load, weights, 1_200);
    expect(load.samples).toEqual([
      { atMs: 100, bytes: 50 },
      { atMs: 1_100, bytes: 80 },
    ]);
  });
});
