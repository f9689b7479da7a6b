import type {
  AppConfig,
  EmbeddingCreateParams,
  ChatCompletionChunk,
  ChatCompletionRequestStreaming,
  InitProgressCallback,
} from "@mlc-ai/web-llm";
import { describe, expect, it, vi } from "vitest";
import { StoredModelCorruptError } from "../../domain/engineError";
import type { LoadProgress } from "../../domain/generation";
import type { ModelSource } from "../../domain/modelSource";
import type { CallKind, CallParams, CallRequest } from "../../services/engine/protocol";
import { engineCalls } from "../engineBackend";
import type { ModelStore } from "../modelStore/modelStore";
import { modelStoreCalls } from "../modelStoreCalls";
import { createRequestDispatcher } from "../requestDispatcher";
import { GPU_LOAD_STARTED } from "./loadProgress";
import { createWebLlmBackend, type WebLlmEngine } from "./webLlmBackend";

function chunk(content: string | null, finishReason: "stop" | "abort" | null = null): ChatCompletionChunk {
  return {
    id: "c",
    created: 0,
    model: "m",
    object: "chat.completion.chunk",
    choices: [{ index: 0, delta: content === null ? {} : { content }, finish_reason: finishReason }],
  };
}

const usageChunk: ChatCompletionChunk = {
  id: "c",
  created: 0,
  model: "m",
  object: "chat.completion.chunk",
  choices: [],
  usage: {
    prompt_tokens: 12,
    completion_tokens: 3,
    total_tokens: 15,
    extra: {
      e2e_latency_s: 1,
      prefill_tokens_per_s: 300,
      decode_tokens_per_s: 25,
      time_to_first_token_s: 0.04,
      time_per_output_token_s: 0.04,
    },
  },
};

/** A fake MLCEngine whose stream yields `chunks`, pausing before each one until the test calls `next()`. */
class FakeEngine implements WebLlmEngine {
  progressCallback: InitProgressCallback | undefined;
  interruptCount = 0;
  requests: ChatCompletionRequestStreaming[] = [];
  reload = vi.fn(async (_modelId: string | string[]) => {});
  unload = vi.fn(async () => {});
  setAppConfig = vi.fn((_appConfig: AppConfig) => {});
  private release: Array<() => void> = [];
  /** How many chunks the handler has finished with, and whether it closed the stream. */
  private progress = { handled: 0, closed: false };

  constructor(private chunks: ChatCompletionChunk[] = []) {}

  /** Answers out of order, as nothing in web-llm's types promises otherwise: the backend sorts by index. */
  embeddings = {
    create: vi.fn(async ({ input, model }: EmbeddingCreateParams) => {
      const texts = Array.isArray(input) ? (input as string[]) : [input as string];
      const data = texts.map((text, index) => ({
        index,
        object: "embedding" as const,
        embedding: [text.length, index],
      }));
      return { data: data.reverse(), model, object: "list" as const, usage: {} } as never;
    }),
  };

  setInitProgressCallback(callback: InitProgressCallback): void {
    this.progressCallback = callback;
  }

  async interruptGenerate(): Promise<void> {
    this.interruptCount++;
  }

  chat = {
    completions: {
      create: async (request: ChatCompletionRequestStreaming) => {
        this.requests.push(request);
        const chunks = this.chunks;
        const wait = () => new Promise<void>((resolve) => this.release.push(resolve));
        const progress = this.progress;
        return (async function* () {
          try {
            for (const next of chunks) {
              await wait();
              yield next;
              progress.handled += 1; // asked for the next chunk: done with this one
            }
          } finally {
            progress.closed = true;
          }
        })();
      },
    },
  };

  /** Lets the stream produce its next chunk and waits for the handler to process it (and ask for more, or stop). */
  async next(): Promise<void> {
    await vi.waitFor(() => expect(this.release.length).toBeGreaterThan(0));
    const handled = this.progress.handled;
    this.release.shift()?.();
    await vi.waitFor(() => expect(this.progress.handled > handled || this.progress.closed).toBe(true));
  }
}

function sourceOf(modelId: string): ModelSource {
  return {
    modelId,
    filesUrl: `https://mirror.test/${modelId}/resolve/main/`,
    libraryUrl: "https://mirror.test/m.wasm",
  };
}

const noModels: ModelStore = {
  inspect: async () => undefined,
  isComplete: async (source) => source.modelId === "cached-model",
  list: async () => [],
  delete: async () => {},
  listUnclaimed: async () => ({ files: 0, bytes: 0 }),
  deleteUnclaimed: async () => ({ files: 0, bytes: 0 }),
};

type Download = (
  source: ModelSource,
  onProgress: (progress: LoadProgress) => void,
  signal: AbortSignal,
) => Promise<void>;

function setup(
  engine = new FakeEngine(),
  checkStored = async (_source: ModelSource) => {},
  download?: Download,
) {
  const events: unknown[] = [];
  const downloads: string[] = [];
  const backend = createWebLlmBackend({
    engine,
    appConfigFor: (...sources) => ({
      model_list: sources.map((source) => ({
        model_id: source.modelId,
        model: source.filesUrl,
        model_lib: source.libraryUrl,
      })),
    }),
    download:
      download ??
      (async (source, onProgress) => {
        downloads.push(source.modelId);
        onProgress({ phase: "download", fraction: 1, bytesDone: 5, bytesTotal: 5, text: "stored" });
      }),
    checkStored,
  });
  const importer = { inspect: vi.fn(), import: vi.fn(), importing: () => undefined };
  const libraries = { list: vi.fn(), fetch: vi.fn(), delete: vi.fn() };
  const handler = createRequestDispatcher(
    { ...engineCalls(backend), ...modelStoreCalls(noModels, importer, libraries) },
    { post: (event: unknown) => void events.push(event) },
  );
  const lastEvent = () => events.at(-1);
  return { engine, handler, events, lastEvent, downloads };
}

function call<K extends CallKind>(kind: K, requestId: number, params: CallParams<K>): CallRequest<K> {
  return { type: "call", kind, requestId, params };
}

const chatRequest = {
  modelId: "m",
  messages: [
    { role: "system" as const, content: "Be brief." },
    { role: "user" as const, content: "Hello" },
  ],
  temperature: 0.7,
  topP: 0.9,
  maxTokens: 256,
};

describe("createWebLlmBackend behind createRequestDispatcher", () => {
  it("embeds with the embedding model, downloaded and loaded beside the chat model once", async () => {
    const { engine, handler, lastEvent, downloads } = setup();
    handler.handle(call("load", 1, { source: sourceOf("chat-model") }));
    await vi.waitFor(() => expect(lastEvent()).toEqual({ type: "reply", kind: "load", requestId: 1 }));
    const embedder = sourceOf("snowflake-arctic-embed-s-q0f32-MLC-b4");

    handler.handle(call("embed", 2, { texts: ["ab", "abcd"], source: embedder }));
    await vi.waitFor(() => expect(lastEvent()).toMatchObject({ type: "reply", kind: "embed", requestId: 2 }));
    expect(lastEvent()).toMatchObject({
      reply: {
        model: embedder.modelId,
        dimensions: 2,
        vectors: [Float32Array.from([2, 0]), Float32Array.from([4, 1])],
      },
    });
    expect(engine.reload).toHaveBeenLastCalledWith(["chat-model", embedder.modelId]);
    expect(downloads).toEqual(["chat-model", embedder.modelId]);

    handler.handle(call("embed", 3, { texts: ["x"], source: embedder }));
    await vi.waitFor(() => expect(lastEvent()).toMatchObject({ type: "reply", kind: "embed", requestId: 3 }));
    expect(engine.reload).toHaveBeenCalledTimes(2);
  });

  it("refuses to embed when the build knows no embedding model", async () => {
    const { handler, lastEvent } = setup();
    handler.handle(call("embed", 4, { texts: ["x"] }));
    await vi.waitFor(() => expect(lastEvent()).toMatchObject({ type: "failed", requestId: 4 }));
  });

  it("downloads with Sigilo's downloader, then has web-llm load from the source's URLs", async () => {
    const { engine, handler, events, downloads } = setup();
    engine.reload.mockImplementation(async () => {
      engine.progressCallback?.({
        progress: 0.5,
        timeElapsed: 1,
        text: "Loading model from cache[1/2]: 1MB loaded.",
      });
    });
    handler.handle(call("load", 7, { source: sourceOf("model-a") }));

    await vi.waitFor(() => expect(events.at(-1)).toEqual({ type: "reply", kind: "load", requestId: 7 }));
    expect(downloads).toEqual(["model-a"]);
    expect(engine.setAppConfig).toHaveBeenCalledWith({
      model_list: [
        { model_id: "model-a", model: sourceOf("model-a").filesUrl, model_lib: "https://mirror.test/m.wasm" },
      ],
    });
    expect(engine.reload).toHaveBeenCalledWith("model-a");
    // As soon as the download is done the GPU load is announced, before web-llm's first report.
    expect(events.slice(0, 3)).toEqual([
      {
        type: "progress",
        kind: "load",
        requestId: 7,
        progress: expect.objectContaining({ phase: "download", bytesDone: 5 }),
      },
      { type: "progress", kind: "load", requestId: 7, progress: GPU_LOAD_STARTED },
      {
        type: "progress",
        kind: "load",
        requestId: 7,
        progress: expect.objectContaining({ phase: "gpu", step: "weights", fraction: 0.5 }),
      },
    ]);
  });

  it("reports a failed load with the classified error", async () => {
    const { engine, handler, lastEvent } = setup();
    engine.reload.mockRejectedValue(new TypeError("Failed to fetch"));
    handler.handle(call("load", 1, { source: sourceOf("m") }));
    await vi.waitFor(() =>
      expect(lastEvent()).toEqual({
        type: "failed",
        requestId: 1,
        error: { kind: "download-failed", message: "TypeError: Failed to fetch" },
      }),
    );
  });

  it("classifies web-llm's errors by their class name, whatever their words", async () => {
    const { engine, handler, lastEvent } = setup();
    // A model id naming its quantization must not read as a GPU without shader-f16.
    const notFound = Object.assign(new Error("Cannot find model record in appConfig for X-q4f16_1-MLC."), {
      name: "ModelNotFoundError",
    });
    engine.reload.mockRejectedValue(notFound);
    handler.handle(call("load", 1, { source: sourceOf("m") }));
    await vi.waitFor(() => expect(lastEvent()).toMatchObject({ type: "failed", error: { kind: "unknown" } }));

    const f16 = Object.assign(new Error("This model requires WebGPU extension shader-f16."), {
      name: "ShaderF16SupportError",
    });
    engine.reload.mockRejectedValue(f16);
    handler.handle(call("load", 2, { source: sourceOf("m") }));
    await vi.waitFor(() =>
      expect(lastEvent()).toMatchObject({
        type: "failed",
        requestId: 2,
        error: { kind: "shader-f16-missing" },
      }),
    );
  });

  it("classifies a chat's failure by web-llm's class name too", async () => {
    const engine = new FakeEngine();
    engine.chat.completions.create = async () => {
      throw Object.assign(new Error("Prompt tokens exceed context window size"), {
        name: "ContextWindowSizeExceededError",
      });
    };
    const { handler, lastEvent } = setup(engine);
    handler.handle(call("chat", 4, { request: chatRequest }));
    await vi.waitFor(() =>
      expect(lastEvent()).toMatchObject({
        type: "failed",
        requestId: 4,
        error: { kind: "context-window-exceeded" },
      }),
    );
  });

  it("reports a failed load of a damaged stored model as such, checking the files only after the failure", async () => {
    const checkStored = vi.fn(async (_source: ModelSource) => {
      throw new StoredModelCorruptError({
        code: "stored-file-wrong-size",
        file: "params_shard_1.bin",
        bytes: 100,
        expectedBytes: 4096,
      });
    });
    const { engine, handler, lastEvent } = setup(new FakeEngine(), checkStored);
    engine.reload.mockRejectedValue(new RangeError("Offset is outside the bounds of the DataView"));
    handler.handle(call("load", 1, { source: sourceOf("m") }));
    await vi.waitFor(() =>
      expect(lastEvent()).toMatchObject({ type: "failed", error: { kind: "stored-model-corrupt" } }),
    );
    expect(checkStored).toHaveBeenCalledTimes(1);

    engine.reload.mockResolvedValue(undefined);
    handler.handle(call("load", 2, { source: sourceOf("m") }));
    await vi.waitFor(() => expect(lastEvent()).toEqual({ type: "reply", kind: "load", requestId: 2 }));
    expect(checkStored).toHaveBeenCalledTimes(1);
  });

  it("streams a chat: the request web-llm gets, one delta per chunk, then the result with stats", async () => {
    const engine = new FakeEngine([chunk("Hel"), chunk("lo"), chunk(null, "stop"), usageChunk]);
    const { handler, events } = setup(engine);
    handler.handle(call("chat", 3, { request: chatRequest }));
    for (let i = 0; i < 4; i++) await engine.next();

    await vi.waitFor(() => expect(events).toHaveLength(3));
    expect(engine.requests[0]).toEqual({
      stream: true,
      stream_options: { include_usage: true },
      messages: chatRequest.messages,
      temperature: 0.7,
      top_p: 0.9,
      max_tokens: 256,
    });
    expect(events).toEqual([
      { type: "progress", kind: "chat", requestId: 3, progress: "Hel" },
      { type: "progress", kind: "chat", requestId: 3, progress: "lo" },
      {
        type: "reply",
        kind: "chat",
        requestId: 3,
        reply: {
          finishReason: "stop",
          stats: {
            promptTokens: 12,
            completionTokens: 3,
            prefillTokensPerSecond: 300,
            decodeTokensPerSecond: 25,
            timeToFirstTokenSeconds: 0.04,
          },
        },
      },
    ]);
  });

  it("interrupts generation and finishes with abort, repeating the interrupt if web-llm missed it", async () => {
    const engine = new FakeEngine([chunk("a"), chunk("b"), chunk(null, "stop")]);
    const { handler, lastEvent } = setup(engine);
    handler.handle(call("chat", 1, { request: chatRequest }));
    await engine.next();
    handler.handle({ type: "cancel", requestId: 1 });
    expect(engine.interruptCount).toBe(1);
    await engine.next();
    expect(engine.interruptCount).toBe(2);
    await engine.next();

    await vi.waitFor(() =>
      expect(lastEvent()).toEqual({
        type: "reply",
        kind: "chat",
        requestId: 1,
        reply: { finishReason: "abort" },
      }),
    );
  });

  it("answers isCached, deleteCached and unload", async () => {
    const { engine, handler, events } = setup();
    handler.handle(call("isCached", 1, { source: sourceOf("cached-model") }));
    handler.handle(call("isCached", 2, { source: sourceOf("other") }));
    handler.handle(call("deleteCached", 3, { source: sourceOf("cached-model"), otherSources: [] }));
    handler.handle(call("unload", 4, {}));

    await vi.waitFor(() => expect(events).toHaveLength(4));
    expect(events).toEqual(
      expect.arrayContaining([
        { type: "reply", kind: "isCached", requestId: 1, reply: true },
        { type: "reply", kind: "isCached", requestId: 2, reply: false },
        { type: "reply", kind: "deleteCached", requestId: 3 },
        { type: "reply", kind: "unload", requestId: 4 },
      ]),
    );
    expect(engine.unload).toHaveBeenCalled();
  });

  describe("cancel", () => {
    it("stops the download at once and never starts web-llm", async () => {
      const started = vi.fn();
      const download: Download = (_source, _onProgress, signal) =>
        new Promise((_resolve, reject) => {
          started();
          signal.addEventListener("abort", () => reject(signal.reason));
        });
      const { engine, handler, events } = setup(new FakeEngine(), undefined, download);
      handler.handle(call("load", 1, { source: sourceOf("m") }));
      await vi.waitFor(() => expect(started).toHaveBeenCalled());
      handler.handle({ type: "cancel", requestId: 1 });
      await vi.waitFor(() => expect(events).toHaveLength(1));
      expect(events[0]).toMatchObject({ type: "failed", requestId: 1, error: { kind: "cancelled" } });
      expect(engine.reload).not.toHaveBeenCalled();
    });

    it("during web-llm's reload, which it cannot stop: fails at once and asks for a fresh worker", async () => {
      const checkStored = vi.fn(async () => {});
      const { engine, handler, events } = setup(new FakeEngine(), checkStored);
      let finishReload: () => void = () => {};
      const reloading = new Promise<void>((resolve) => (finishReload = resolve));
      engine.reload.mockImplementation(() => reloading);
      handler.handle(call("load", 1, { source: sourceOf("m") }));
      await vi.waitFor(() => expect(engine.reload).toHaveBeenCalled());

      handler.handle({ type: "cancel", requestId: 1 });
      await vi.waitFor(() =>
        expect(events.slice(-2)).toEqual([
          { type: "failed", requestId: 1, error: expect.objectContaining({ kind: "cancelled" }) },
          { type: "restart" },
        ]),
      );
      // web-llm finishing later changes nothing: the call has ended, and its files were never in question.
      finishReload();
      await reloading;
      await Promise.resolve();
      expect(events.at(-1)).toEqual({ type: "restart" });
      expect(checkStored).not.toHaveBeenCalled();
      expect(engine.unload).not.toHaveBeenCalled();
    });
  });

  describe("device loss", () => {
    it("is posted as deviceLost when no request is running", () => {
      const { handler, events } = setup();
      handler.deviceLost("GPU reset");
      expect(events).toEqual([
        { type: "deviceLost", error: { kind: "device-lost", message: "DeviceLostError: GPU reset" } },
      ]);
    });

    it("becomes the error of the request it broke, and is not posted twice", async () => {
      const engine = new FakeEngine([chunk("a"), chunk("b")]);
      engine.chat.completions.create = async () => {
        throw new Error("OperationError: mapAsync failed");
      };
      const { handler, events } = setup(engine);
      handler.handle(call("chat", 1, { request: chatRequest }));
      handler.deviceLost("GPU reset");

      await vi.waitFor(() => expect(events).toHaveLength(1));
      expect(events[0]).toEqual({
        type: "failed",
        requestId: 1,
        error: { kind: "device-lost", message: "DeviceLostError: GPU reset" },
      });
    });

    it("is posted after a request that still succeeded", async () => {
      const { handler, events } = setup();
      handler.handle(call("isCached", 1, { source: sourceOf("cached-model") }));
      handler.deviceLost("GPU reset");
      await vi.waitFor(() => expect(events).toHaveLength(2));
      expect(events).toEqual([
        { type: "reply", kind: "isCached", requestId: 1, reply: true },
        expect.objectContaining({ type: "deviceLost" }),
      ]);
    });
  });
});
