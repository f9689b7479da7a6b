import type {
  ChatCompletionChunk,
  ChatCompletionFinishReason,
  ChatCompletionRequestStreaming,
  InitProgressCallback,
} from "@mlc-ai/web-llm";
import type { EngineBackend } from "../engineBackend";
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

export interface WebLlmBackendDeps {
  engine: WebLlmEngine;
  /** web-llm's cache functions, already bound to the appConfig the engine loads with. */
  hasModelInCache(modelId: string): Promise<boolean>;
  deleteModelAllInfoInCache(modelId: string): Promise<void>;
}

/** web-llm's MLCEngine behind Sigilo's engine protocol (see `createRequestDispatcher`). */
export function createWebLlmBackend({
  engine,
  hasModelInCache,
  deleteModelAllInfoInCache,
}: WebLlmBackendDeps): EngineBackend {
  return {
    async load(modelId, onProgress) {
      engine.setInitProgressCallback((report) => onProgress(toLoadProgress(report)));
      await engine.reload(modelId);
    },

    async chat(request, onDelta, state) {
      const chunks = await engine.chat.completions.create(toCompletionRequest(request));
      let finishReason: ChatCompletionFinishReason | undefined;
      let usage: ChatCompletionChunk["usage"];
      for await (const chunk of chunks) {
        // web-llm clears its interrupt flag when generation starts, so an interrupt that came
        // before that is lost; repeating it costs nothing.
        if (state.interrupted) void engine.interruptGenerate();
        const choice = chunk.choices[0];
        if (choice?.delta.content) onDelta(choice.delta.content);
        finishReason = choice?.finish_reason ?? finishReason;
        usage = chunk.usage ?? usage;
      }
      return toChatResult(finishReason, usage, state.interrupted);
    },

    interrupt() {
      void engine.interruptGenerate();
    },

    unload: () => engine.unload(),
    isCached: (modelId) => hasModelInCache(modelId),
    deleteCached: (modelId) => deleteModelAllInfoInCache(modelId),
  };
}
