import type {
  AppConfig,
  ChatCompletionChunk,
  ChatCompletionFinishReason,
  ChatCompletionRequestStreaming,
  InitProgressCallback,
} from "@mlc-ai/web-llm";
import type { LoadProgress } from "../../domain/generation";
import type { ModelSource } from "../../domain/modelSource";
import type { EngineBackend } from "../engineBackend";
import { UnstoppableWorkError, unlessCancelled } from "../requestDispatcher";
import { toChatResult, toCompletionRequest } from "./chatCompletion";
import { GPU_LOAD_STARTED, toLoadProgress } from "./loadProgress";

/** The part of web-llm's MLCEngine this worker uses; tests pass a fake. */
export interface WebLlmEngine {
  reload(modelId: string): Promise<void>;
  unload(): Promise<void>;
  interruptGenerate(): Promise<void>;
  setInitProgressCallback(callback: InitProgressCallback): void;
  setAppConfig(appConfig: AppConfig): void;
  chat: {
    completions: {
      create(request: ChatCompletionRequestStreaming): Promise<AsyncIterable<ChatCompletionChunk>>;
    };
  };
}

export interface WebLlmBackendDeps {
  engine: WebLlmEngine;
  /** web-llm's config with the model's record pointing at `source` (the mirror, when one is set). */
  appConfigFor(source: ModelSource): AppConfig;
  /** Sigilo's downloader: stores every file where web-llm's cache looks, with real byte progress. */
  download(
    source: ModelSource,
    onProgress: (progress: LoadProgress) => void,
    signal: AbortSignal,
  ): Promise<void>;
  /** Rejects with StoredModelCorruptError when a stored file is damaged (see storedModelCheck.ts). */
  checkStored(source: ModelSource): Promise<void>;
}

/** web-llm's MLCEngine behind Sigilo's engine protocol (see `createRequestDispatcher`). */
export function createWebLlmBackend({
  engine,
  appConfigFor,
  download,
  checkStored,
}: WebLlmBackendDeps): EngineBackend {
  return {
    async load(source, onProgress, signal) {
      await download(source, onProgress, signal);
      signal.throwIfAborted();
      onProgress(GPU_LOAD_STARTED);
      // Every file is stored by now, so web-llm reads them from its cache and fetches nothing.
      engine.setAppConfig(appConfigFor(source));
      engine.setInitProgressCallback((report) => {
        const progress = toLoadProgress(report);
        if (progress) onProgress(progress);
      });
      try {
        // web-llm 0.2.86 cannot stop a reload on the GPU: its abort signal reaches only network fetches,
        // and unload() during a reload does not stop it (see UnstoppableWorkError).
        await unlessCancelled(engine.reload(source.modelId), signal);
      } catch (error) {
        if (error instanceof UnstoppableWorkError) throw error;
        // web-llm's own words for a damaged file are a parse or range error deep in its loader;
        // only after a failure are the stored files read again, so a good start-up pays nothing.
        await checkStored(source);
        throw error;
      }
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
  };
}
