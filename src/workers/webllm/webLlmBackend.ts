import type {
  AppConfig,
  CreateEmbeddingResponse,
  EmbeddingCreateParams,
  ChatCompletionChunk,
  ChatCompletionFinishReason,
  ChatCompletionRequestStreaming,
  InitProgressCallback,
} from "@mlc-ai/web-llm";
import type { ModelSource } from "../../domain/modelSource";
import type { ChatResult, LoadProgress } from "../../domain/generation";
import type { EngineBackend } from "../engineBackend";
import { downloadThenLoad, type ModelLoadSteps } from "../modelStore/loadInOrder";
import { unlessCancelled } from "../requestDispatcher";
import { toChatResult, toCompletionRequest } from "./chatCompletion";
import { GPU_LOAD_STARTED, toLoadProgress } from "./loadProgress";
import { classifyWebLlmError } from "./webLlmErrors";

/** The part of web-llm's MLCEngine this worker uses; tests pass a fake. */
export interface WebLlmEngine {
  reload(modelId: string | string[]): Promise<void>;
  unload(): Promise<void>;
  interruptGenerate(): Promise<void>;
  setInitProgressCallback(callback: InitProgressCallback): void;
  setAppConfig(appConfig: AppConfig): void;
  chat: {
    completions: {
      create(request: ChatCompletionRequestStreaming): Promise<AsyncIterable<ChatCompletionChunk>>;
    };
  };
  embeddings: { create(request: EmbeddingCreateParams): Promise<CreateEmbeddingResponse> };
}

/** The engine, plus the downloader and the stored-model check it loads with (`load` is web-llm's reload). */
export interface WebLlmBackendDeps extends Omit<ModelLoadSteps, "load"> {
  engine: WebLlmEngine;
  /** web-llm's config with the models' records pointing at their sources (the mirror, when one is set). */
  appConfigFor(...sources: ModelSource[]): AppConfig;
}

/** web-llm's MLCEngine behind Sigilo's engine protocol (see `createRequestDispatcher`). */
export function createWebLlmBackend({
  engine,
  appConfigFor,
  download,
  checkStored,
}: WebLlmBackendDeps): EngineBackend {
  /** The chat model on the GPU, and the embedding model beside it (one engine holds both: reload([a, b])). */
  let chatSource: ModelSource | undefined;
  let embeddingSource: ModelSource | undefined;
  /** The reply being generated: reloading the engine under it would end it, so loading the embedder waits. */
  let replying: Promise<unknown> = Promise.resolve();

  /** Downloads the embedding model if needed, then reloads the engine with it beside the chat model. */
  async function loadEmbeddingModel(
    source: ModelSource,
    signal: AbortSignal,
    onProgress: (progress: LoadProgress) => void,
  ): Promise<void> {
    await download(source, onProgress, signal);
    await replying.catch(() => undefined);
    const sources = chatSource ? [chatSource, source] : [source];
    engine.setAppConfig(appConfigFor(...sources));
    await unlessCancelled(engine.reload(sources.map((each) => each.modelId)), signal);
    embeddingSource = source;
  }

  return {
    async embed(texts, source, signal, onProgress) {
      if (!source) throw new Error("No embedding model is known to this build.");
      try {
        if (embeddingSource?.modelId !== source.modelId) await loadEmbeddingModel(source, signal, onProgress);
        const response = await engine.embeddings.create({ input: texts, model: source.modelId });
        const vectors = [...response.data]
          .sort((a, b) => a.index - b.index)
          .map((item) => Float32Array.from(item.embedding));
        return { model: source.modelId, dimensions: vectors[0]?.length ?? 0, vectors };
      } catch (error) {
        throw classifyWebLlmError(error);
      }
    },

    load: (source, onProgress, signal) =>
      downloadThenLoad(source, onProgress, signal, {
        download,
        checkStored,
        async load() {
          onProgress(GPU_LOAD_STARTED);
          // Every file is stored by now, so web-llm reads them from its cache and fetches nothing.
          // The chat model alone: reloading unloads the embedding model, loaded again when next needed.
          chatSource = undefined;
          embeddingSource = undefined;
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
          chatSource = source;
        },
      }),

    chat(request, onDelta, state) {
      const reply = streamChat(request, onDelta, state);
      replying = reply;
      return reply;
    },

    interrupt() {
      void engine.interruptGenerate();
    },

    unload: () => {
      chatSource = undefined;
      embeddingSource = undefined;
      return engine.unload();
    },
  };

  async function streamChat(
    request: Parameters<EngineBackend["chat"]>[0],
    onDelta: (text: string) => void,
    state: Parameters<EngineBackend["chat"]>[2],
  ): Promise<ChatResult> {
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
  }
}
