import { describe, expect, it, vi } from "vitest";
import type { NetworkRequestRecord } from "../../domain/networkRequest";
import { createRequestRecorder } from "./requestRecorder";

describe("createRequestRecorder", () => {
  it("writes what was recorded in one batch, described, and flush waits for the write", async () => {
    const batches: NetworkRequestRecord[][] = [];
    const recorder = createRequestRecorder("engine", {
      append: async (records) => void batches.push([...records]),
      list: async () => [],
      clear: async () => {},
    });
    recorder.record(`${location.origin}/assets/app.js`, 1200);
    recorder.record("https://huggingface.co/m/resolve/main/tokenizer.json", undefined);
    await recorder.flush();
    expect(batches).toHaveLength(1);
    expect(batches[0]).toMatchObject([
      { purpose: "app file", bytes: 1200, source: "engine" },
      { purpose: "model file", bytes: undefined, source: "engine" },
    ]);
  });

  it("keeps recording after a failed write", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    let calls = 0;
    const recorder = createRequestRecorder("page", {
      append: async () => {
        if (++calls === 1) throw new Error("disk full");
      },
      list: async () => [],
      clear: async () => {},
    });
    recorder.record(`${location.origin}/a`, 1);
    await recorder.flush();
    recorder.record(`${location.origin}/b`, 1);
    await recorder.flush();
    expect(calls).toBe(2);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});
