import type {
  AppConfig,
  ChatCompletionChunk,
  ChatCompletionFinishReason,
  ChatCompletionRequestStreaming,
  InitProgressCallback,
} from "@mlc-ai/web-llm";
import type { ModelSource } from "../../domain/modelSource";
import type { EngineBackend } from "../engineBackend";
import { downloadThenLoad, type ModelLoadSteps } from "../modelStore/loadInOrder";
import { unlessCancelled } from "../requestDispatcher";
import { toChatResult, toCompletionRequest } from "./chatCompletion";
import { GPU_LOAD_STARTED, toLoadProgress } from "./loadProgress";
import { classifyWebLlmError } from "./webLlmErrors";

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

/** The engine, plus the downloader and the stored-model check it loads with (`load` is web-llm's reload). */
export interface WebLlmBackendDeps extends Omit<ModelLoadSteps, "load"> {
  engine: WebLlmEngine;
  /** web-llm's config with the model's record pointing at `source` (the mirror, when one is set). */
  appConfigFor(source: ModelSource): AppConfig;
}

/** web-llm's MLCEngine behind Sigilo's engine protocol (see `createRequestDispatcher`). */
export function createWebLlmBackend({
  engine,
  appConfigFor,
  download,
  checkStored,
}: WebLlmBackendDeps): EngineBackend {
  return {
    load: (source, onProgress, signal) =>
      downloadThenLoad(source, onProgress, signal, {
        download,
        checkStored,
        async load() {
          onProgress(GPU_LOAD_STARTED);
          // Every file is stored by now, so web-llm reads them from its cache and fetches nothing.
          engine.setAppConfig(appConfigFor(source));
          engine.setInitProgressCallback((report) => {
            const progress = toLoadProgress(report);
            if (progress) onProgress(progress);
          });
          // web-llm 0.2.86 cannot stop a reload on the GPU: its abort signal reaches only network fetches,
          // and unload() during a reload does not stop it (see UnstoppableWorkError).
          await unlessCancelled(engine.reload(source.modelId), signal).catch((error: unknown) => {
            throw classifyWebLlmError(error);
          });
        },
      }),

    async chat(request, onDelta, state) {
      try {
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
      } catch (error) {
        throw classifyWebLlmError(error);
      }
    },

    interrupt() {
      void engine.interruptGenerate();
    },

    unload: () => engine.unload(),
  };
}
