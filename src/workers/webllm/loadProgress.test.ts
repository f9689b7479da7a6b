import type { InitProgressReport } from "@mlc-ai/web-llm";
import { describe, expect, it } from "vitest";
import { replayWebLlmLoad } from "../fixture/webLlmReports";
import { GPU_LOAD_STARTED, toLoadProgress } from "./loadProgress";

const MIB = 1024 * 1024;

function report(progress: number, text: string): InitProgressReport {
  return { progress, timeElapsed: 3, text };
}

/** web-llm 0.2.86's reports for a cached model of 3 shards and 25 shaders, on a clock the test moves. */
async function replayedReports(): Promise<InitProgressReport[]> {
  let now = 0;
  const reports: InitProgressReport[] = [];
  await replayWebLlmLoad(
    { shardBytes: [10 * MIB, 10 * MIB, 5 * MIB], shaderModules: 25, gpuLabel: "WebGPU - SwiftShader" },
    {
      weightsMs: 3000,
      programsMs: 23000,
      now: () => now,
      sleep: async (ms) => void (now += ms),
    },
    (webLlmReport) => reports.push(webLlmReport),
  );
  return reports;
}

describe("toLoadProgress", () => {
  it("reads web-llm's reports for a cached model as GPU steps only, never as a download", async () => {
    const reports = await replayedReports();
    expect(reports.map((each) => each.text.replace(/\d+ secs/, "T secs"))).toEqual([
      "Start to fetch params",
      "Loading model from cache[1/3]: 10MB loaded. 40% completed, T secs elapsed.",
      "Loading model from cache[2/3]: 20MB loaded. 80% completed, T secs elapsed.",
      "Loading model from cache[3/3]: 25MB loaded. 100% completed, T secs elapsed.",
      // At most one report a second while 25 shaders compile in 23 s, and the last one always.
      ...[2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 25].map(
        (done) =>
          `Loading GPU shader modules[${done}/25]: ${Math.floor((done * 100) / 25)}% completed, T secs elapsed.`,
      ),
      "Finish loading on WebGPU - SwiftShader",
    ]);

    const progress = reports.map(toLoadProgress);
    expect(progress.map((each) => each && `${each.phase}/${"step" in each ? each.step : ""}`)).toEqual([
      "gpu/weights",
      "gpu/weights",
      "gpu/weights",
      ...reports.slice(3).map(() => "gpu/programs"),
    ]);
    expect(progress[0]).toEqual({ ...GPU_LOAD_STARTED, text: "Start to fetch params" });
    expect(progress.slice(0, 3).map((each) => each?.fraction)).toEqual([0, 0.4, 0.8]);
    // The last shard uploaded starts the GPU programs, which web-llm reports only a second or more later.
    const programs = progress.slice(3).map((each) => each?.fraction ?? -1);
    expect(programs[0]).toBe(0);
    expect(programs.at(-1)).toBe(1);
    expect(programs).toEqual([...programs].sort((a, b) => a - b));
  });

  it("reads the fetched MiB of a shard web-llm downloads itself, and the total from the fraction", () => {
    const text =
      "Fetching param cache[5/20]: 100MB fetched. 25% completed, 3 secs elapsed. It can take a while when we first visit this page to populate the cache. Later refreshes will become faster.";
    expect(toLoadProgress(report(0.25, text))).toEqual({
      phase: "download",
      fraction: 0.25,
      bytesDone: 100 * MIB,
      bytesTotal: 400 * MIB,
      text,
    });
    const nothingYet = toLoadProgress(report(0, "Fetching param cache[0/20]: 0MB fetched. 0% completed."));
    expect(nothingYet).toMatchObject({ phase: "download", bytesDone: 0 });
    expect(nothingYet).not.toHaveProperty("bytesTotal");
  });

  it("ignores a report web-llm 0.2.86 never sends, rather than guess what it means", () => {
    expect(toLoadProgress(report(0.5, "Compiling kernels"))).toBeUndefined();
  });
});
