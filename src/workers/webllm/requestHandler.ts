import type {
  ChatCompletionChunk,
  ChatCompletionFinishReason,
  ChatCompletionRequestStreaming,
  InitProgressCallback,
} from "@mlc-ai/web-llm";
import { classifyEngineError, type EngineError } from "../../domain/engineError";
import type { ChatRequest } from "../../domain/generation";
import type { EngineEvent, EngineRequest } from "../../services/engine/protocol";
import { toChatResult, toCompletionRequest } from "./chatCompletion";
import { toLoadProgress } from "./loadProgress";

/** The part of web-llm's MLCEngine this worker uses; tests pass a fake. */
export interface WebLlmEngine {
  reload(modelId: string): Promise<void>;
  unload(): Promise<void>;
  interruptGenerate(): Promise<void>;
  setInitProgressCallback(callback: InitProgressCallback): void;
  chat: {
    completions: {
      create(request: ChatCompletionRequestStreaming): Promise<AsyncIterable<ChatCompletionChunk>>;
    };
  };
}

export interface WebLlmWorkerDeps {
  engine: WebLlmEngine;
  /** web-llm's cache functions, already bound to the appConfig the engine loads with. */
  hasModelInCache(modelId: string): Promise<boolean>;
  deleteModelAllInfoInCache(modelId: string): Promise<void>;
  post(event: EngineEvent): void;
}

export interface WebLlmRequestHandler {
  handle(request: EngineRequest): void;
  /** The GPU device was lost (not destroyed on purpose). */
  deviceLost(message: string): void;
}

export function createWebLlmRequestHandler({
  engine,
  hasModelInCache,
  deleteModelAllInfoInCache,
  post,
}: WebLlmWorkerDeps): WebLlmRequestHandler {
  const runningChats = new Set<{ interrupted: boolean }>();
  let requestsInFlight = 0;
  /**
   * A loss during a request is reported as that request's failure (its own error is usually a
   * vaguer consequence); a loss no request reported is posted as "deviceLost" once all finish.
   */
  let unreportedDeviceLoss: EngineError | undefined;

  async function run(requestId: number, work: () => Promise<EngineEvent>): Promise<void> {
    requestsInFlight++;
    try {
      post(await work());
    } catch (error) {
      const deviceLoss = unreportedDeviceLoss;
      unreportedDeviceLoss = undefined;
      post({ type: "failed", requestId, error: deviceLoss ?? classifyEngineError(error) });
    } finally {
      requestsInFlight--;
      if (requestsInFlight === 0) postUnreportedDeviceLoss();
    }
  }

  function postUnreportedDeviceLoss(): void {
    if (!unreportedDeviceLoss) return;
    post({ type: "deviceLost", error: unreportedDeviceLoss });
    unreportedDeviceLoss = undefined;
  }

  async function load(requestId: number, modelId: string): Promise<EngineEvent> {
    engine.setInitProgressCallback((report) =>
      post({ type: "progress", requestId, progress: toLoadProgress(report) }),
    );
    await engine.reload(modelId);
    return { type: "loaded", requestId };
  }

  async function chat(requestId: number, request: ChatRequest): Promise<EngineEvent> {
    const state = { interrupted: false };
    runningChats.add(state);
    try {
      const chunks = await engine.chat.completions.create(toCompletionRequest(request));
      let finishReason: ChatCompletionFinishReason | undefined;
      let usage: ChatCompletionChunk["usage"];
      for await (const chunk of chunks) {
        // web-llm clears its interrupt flag when generation starts, so an interrupt that came
        // before that is lost; repeating it costs nothing.
        if (state.interrupted) void engine.interruptGenerate();
        const choice = chunk.choices[0];
        if (choice?.delta.content) post({ type: "delta", requestId, text: choice.delta.content });
        finishReason = choice?.finish_reason ?? finishReason;
        usage = chunk.usage ?? usage;
      }
      return { type: "chatDone", requestId, result: toChatResult(finishReason, usage, state.interrupted) };
    } finally {
      runningChats.delete(state);
    }
  }

  return {
    handle(request) {
      switch (request.type) {
        case "load":
          void run(request.requestId, () => load(request.requestId, request.modelId));
          return;
        case "chat":
          void run(request.requestId, () => chat(request.requestId, request.request));
          return;
        case "interrupt":
          runningChats.forEach((state) => (state.interrupted = true));
          void engine.interruptGenerate();
          return;
        case "unload":
          void run(request.requestId, async () => {
            await engine.unload();
            return { type: "unloaded", requestId: request.requestId };
          });
          return;
        case "isCached":
          void run(request.requestId, async () => {
            const cached = await hasModelInCache(request.modelId);
            return { type: "cached", requestId: request.requestId, cached };
          });
          return;
        case "deleteCached":
          void run(request.requestId, async () => {
            await deleteModelAllInfoInCache(request.modelId);
            return { type: "deleted", requestId: request.requestId };
          });
          return;
      }
    },

    deviceLost(message) {
      unreportedDeviceLoss = { kind: "device-lost", message: `DeviceLostError: ${message}` };
      if (requestsInFlight === 0) postUnreportedDeviceLoss();
    },
  };
}
