import { describe, expect, it, vi } from "vitest";
import type { LoadProgress } from "../../domain/generation";
import { catalogSources } from "./modelSources";
import { failureOf, fakeWorkers, manualClock, passSilentSeconds } from "./testing/fakeWorker";
import { createWorkerConnection } from "./workerConnection";
import type { SilenceLimit } from "./workerWatch";

const source = catalogSources(undefined).all()[0]!;
const limits = { checkEveryMs: 1_000, unresponsiveMs: 10_000, cancelGraceMs: 5_000 };

function setup() {
  const workers = fakeWorkers();
  const time = manualClock();
  const onStopped = vi.fn();
  const onWorkerEvent = vi.fn();
  const connection = createWorkerConnection(workers.create, {
    limits,
    clock: time.clock,
    onStopped,
    onWorkerEvent,
  });
  return { connection, workers, time, onStopped, onWorkerEvent };
}

const progress: LoadProgress = { phase: "download", fraction: 0.5, text: "Downloading" };
const silence: SilenceLimit<LoadProgress> = {
  limitMs: 20_000,
  paused: (last) => last?.phase === "download" && last.notice?.code === "offline",
  cancellable: (last) => last?.phase === "download",
  reason: (_last, seconds) => ({ code: "load-stalled", seconds, step: "download" }),
};

describe("createWorkerConnection", () => {
  it("starts its worker on the first call, not before, and posts the call", () => {
    const { connection, workers } = setup();
    expect(workers.created).toHaveLength(0);
    expect(connection.running()).toBe(false);
    void connection.call("isCached", { source });
    expect(workers.created).toHaveLength(1);
    expect(connection.running()).toBe(true);
    expect(workers.current().posted).toEqual([
      { type: "call", kind: "isCached", requestId: 1, params: { source } },
    ]);
  });

  it("resolves each call with its own reply only, forwarding its progress", async () => {
    const { connection, workers } = setup();
    const onProgress = vi.fn();
    const loading = connection.call("load", { source }, { onProgress });
    const checking = connection.call("isCached", { source });
    const worker = workers.current();
    // A reply of another kind under the load's id is not the load's reply.
    worker.reply({ type: "reply", kind: "isCached", requestId: 1, reply: true });
    worker.reply({ type: "progress", kind: "load", requestId: 1, progress });
    worker.reply({ type: "reply", kind: "isCached", requestId: 2, reply: false });
    await expect(checking).resolves.toBe(false);
    worker.reply({ type: "reply", kind: "load", requestId: 1, reply: undefined });
    await expect(loading).resolves.toBeUndefined();
    expect(onProgress.mock.calls).toEqual([[progress]]);
  });

  it("rejects with the worker's classified error", async () => {
    const { connection, workers } = setup();
    const loading = connection.call("load", { source });
    const error = { kind: "download-failed" as const, message: "TypeError: Failed to fetch" };
    workers.current().reply({ type: "failed", requestId: 1, error });
    expect((await failureOf(loading)).error).toEqual(error);
  });

  it("asks the worker to stop a call when its signal aborts, and only that call", () => {
    const { connection, workers } = setup();
    const controller = new AbortController();
    void connection.call("importFiles", { source, files: [] }, { signal: controller.signal });
    void connection.call("isCached", { source });
    controller.abort();
    expect(workers.current().posted.filter((message) => message.type === "cancel")).toEqual([
      { type: "cancel", requestId: 1 },
    ]);
    expect(workers.current().terminated).toBe(false);
    // Aborted before it is sent: cancelled at once.
    void connection.call("isCached", { source }, { signal: AbortSignal.abort() });
    expect(workers.current().posted.at(-1)).toEqual({ type: "cancel", requestId: 3 });
  });

  it("ends the worker when it asks to be restarted; the next call starts a fresh one", () => {
    const { connection, workers, onStopped } = setup();
    void connection.call("load", { source }).catch(() => {});
    workers.current().reply({ type: "restart" });
    expect(workers.created[0]?.terminated).toBe(true);
    expect(connection.running()).toBe(false);
    expect(onStopped).toHaveBeenCalledWith("restart", undefined);
    void connection.call("isCached", { source });
    expect(workers.created).toHaveLength(2);
  });

  it("ignores events from a worker it has ended", () => {
    const { connection, workers } = setup();
    const onProgress = vi.fn();
    void connection.call("load", { source }, { onProgress }).catch(() => {});
    const first = workers.current();
    connection.stop({ kind: "cancelled", message: "stopped" });
    first.reply({ type: "progress", kind: "load", requestId: 1, progress });
    expect(onProgress).not.toHaveBeenCalled();
  });

  it("passes events that belong to no call on", () => {
    const { connection, workers, onWorkerEvent } = setup();
    void connection.call("isCached", { source });
    const event = { type: "deviceLost" as const, error: { kind: "device-lost" as const, message: "lost" } };
    workers.current().reply(event);
    expect(onWorkerEvent).toHaveBeenCalledWith(event);
  });

  describe("when the worker crashes", () => {
    it("fails every call with a classified error; the next call starts a new worker", async () => {
      const { connection, workers, onStopped } = setup();
      const loading = connection.call("load", { source });
      const checking = connection.call("isCached", { source });
      workers
        .current()
        .dispatchEvent(new ErrorEvent("error", { message: "Uncaught DeviceLostError: GPU gone" }));
      const error = { kind: "device-lost", message: "Uncaught DeviceLostError: GPU gone" };
      expect((await failureOf(loading)).error).toEqual(error);
      expect((await failureOf(checking)).error.kind).toBe("device-lost");
      expect(workers.created[0]?.terminated).toBe(true);
      expect(onStopped).toHaveBeenCalledWith("crashed", error);
      void connection.call("isCached", { source });
      expect(workers.created).toHaveLength(2);
    });

    it("explains a worker script that failed to load", async () => {
      const { connection, workers } = setup();
      const checking = connection.call("isCached", { source });
      workers.current().dispatchEvent(new Event("error"));
      expect((await failureOf(checking)).error).toMatchObject({ reason: { code: "worker-stopped" } });
    });
  });

  describe("watch", () => {
    it("runs only while calls are in flight, pinging a ready worker", async () => {
      const { connection, workers, time } = setup();
      expect(time.watching()).toBe(false);
      const checking = connection.call("isCached", { source });
      expect(time.watching()).toBe(true);
      time.advance(1_000);
      // Not ready yet: its script may still be loading, which is not its fault.
      expect(workers.current().posted.filter((message) => message.type === "ping")).toHaveLength(0);
      workers.current().reply({ type: "ready" });
      time.advance(2_000);
      expect(workers.current().posted.filter((message) => message.type === "ping")).toHaveLength(2);
      workers.current().reply({ type: "reply", kind: "isCached", requestId: 1, reply: true });
      await checking;
      expect(time.watching()).toBe(false);
    });

    it("ends a ready worker that answers nothing, not even a ping, and says for how long", async () => {
      const { connection, workers, time, onStopped } = setup();
      const chatting = connection.call("chat", { request: { modelId: "m", messages: [] } });
      workers.current().reply({ type: "ready" });
      time.advance(6_000);
      workers.current().reply({ type: "pong" });
      time.advance(10_000);
      expect(workers.current().terminated).toBe(false);
      time.advance(1_000);
      expect(workers.current().terminated).toBe(true);
      const failure = await failureOf(chatting);
      expect(failure.error).toMatchObject({
        kind: "timed-out",
        reason: { code: "worker-unresponsive", seconds: 11 },
      });
      expect(onStopped).toHaveBeenCalledWith("stuck", failure.error);
    });

    it("ends the worker when a cancelled call does not end within the grace time", async () => {
      const { connection, workers, time } = setup();
      const controller = new AbortController();
      const chatting = connection.call(
        "chat",
        { request: { modelId: "m", messages: [] } },
        {
          signal: controller.signal,
        },
      );
      workers.current().reply({ type: "ready" });
      controller.abort();
      passSilentSeconds(time, workers.current(), 5);
      expect(workers.current().terminated).toBe(false);
      time.advance(1_000);
      expect(workers.current().terminated).toBe(true);
      expect((await failureOf(chatting)).error.kind).toBe("timed-out");
    });

    it("fails a call that reports nothing for longer than its silence limit, with its own reason", async () => {
      const { connection, workers, time } = setup();
      const loading = connection.call("load", { source }, { silence });
      const checking = connection.call("isCached", { source });
      // Time spent before the worker is ready (its script loading) does not count.
      time.advance(30_000);
      const worker = workers.current();
      worker.reply({ type: "ready" });
      passSilentSeconds(time, worker, 20);
      expect(worker.terminated).toBe(false);
      time.advance(1_000);
      expect(worker.terminated).toBe(true);
      expect((await failureOf(loading)).error).toMatchObject({
        kind: "timed-out",
        reason: { code: "load-stalled", seconds: 21, step: "download" },
      });
      // The other call could never be answered either.
      expect((await failureOf(checking)).error.kind).toBe("timed-out");
    });

    it("stops a stalled call it may cancel as a cancel would, keeping the worker, and fails it with why", async () => {
      const { connection, workers, time, onStopped } = setup();
      const loading = connection.call("load", { source }, { silence });
      const worker = workers.current();
      worker.reply({ type: "ready" });
      worker.reply({ type: "progress", kind: "load", requestId: 1, progress });
      passSilentSeconds(time, worker, 21);
      expect(worker.posted).toContainEqual({ type: "cancel", requestId: 1 });
      expect(worker.terminated).toBe(false);
      // The worker stops the download as cancelled; the page says it stalled.
      const cancelled = { kind: "cancelled" as const, message: "load-cancelled" };
      worker.reply({ type: "failed", requestId: 1, error: cancelled });
      expect((await failureOf(loading)).error).toMatchObject({
        kind: "timed-out",
        reason: { code: "load-stalled", seconds: 21, step: "download" },
      });
      expect(worker.terminated).toBe(false);
      expect(onStopped).not.toHaveBeenCalled();
    });

    it("ends the worker when a stalled call it cancelled does not stop, failing it with the stall", async () => {
      const { connection, workers, time, onStopped } = setup();
      const loading = connection.call("load", { source }, { silence });
      const worker = workers.current();
      worker.reply({ type: "ready" });
      worker.reply({ type: "progress", kind: "load", requestId: 1, progress });
      passSilentSeconds(time, worker, 27);
      expect(worker.terminated).toBe(true);
      const failure = await failureOf(loading);
      expect(failure.error).toMatchObject({ kind: "timed-out", reason: { code: "load-stalled" } });
      expect(onStopped).toHaveBeenCalledWith("stuck", failure.error);
    });

    it("does not count silence it was told to expect (waiting to be back online)", () => {
      const { connection, workers, time } = setup();
      void connection.call("load", { source }, { silence });
      const worker = workers.current();
      worker.reply({ type: "ready" });
      const offline: LoadProgress = { ...progress, notice: { code: "offline", filesKept: 2 } };
      worker.reply({ type: "progress", kind: "load", requestId: 1, progress: offline });
      passSilentSeconds(time, worker, 60);
      expect(worker.terminated).toBe(false);
    });
  });
});
