/**
 * The engine-specific part of the engine worker: web-llm, or the fixture that stands in for it. A backend
 * only loads, chats, embeds and unloads; `engineCalls` puts it behind the protocol's calls of those names
 * (see requestDispatcher.ts for everything else).
 */
import type { ChatRequest, ChatResult, LoadProgress } from "../domain/generation";
import type { ModelSource } from "../domain/modelSource";
import type { CallHandlers } from "./requestDispatcher";
import type { Embeddings } from "../domain/retrieval/embedding";

/** What a running chat can ask while it streams. */
export interface RunningChat {
  /** Set once the page cancels the chat; the backend then stops and finishes with "abort". */
  readonly interrupted: boolean;
}

/** Every method may throw (or reject) to fail its call. */
export interface EngineBackend {
  /**
   * Downloads what is missing (Sigilo's downloader), then loads the model onto the GPU. `signal` aborts
   * the download at once; once the GPU load has begun, a backend that cannot stop it rejects with
   * UnstoppableWorkError (see `unlessCancelled`).
   */
  load(source: ModelSource, onProgress: (progress: LoadProgress) => void, signal: AbortSignal): Promise<void>;
  chat(request: ChatRequest, onDelta: (text: string) => void, chat: RunningChat): Promise<ChatResult>;
  /** Called when a chat is cancelled, after it is marked interrupted. */
  interrupt?(): void;
  unload(): Promise<void>;
  /**
   * Embeds texts with the embedding model (loading it beside the chat model if it is not loaded yet);
   * `onProgress` hears its download, when its files are not all stored.
   */
  embed(
    texts: string[],
    source: ModelSource | undefined,
    signal: AbortSignal,
    onProgress: (progress: LoadProgress) => void,
  ): Promise<Embeddings>;
}

export type EngineCalls = Pick<CallHandlers, "load" | "chat" | "unload" | "embed">;

/** A speed the engine could not measure (web-llm gives 0/0 = NaN for a one-token reply) is left out. */
function withMeasuredFigures(result: ChatResult): ChatResult {
  const decode = result.stats?.decodeTokensPerSecond;
  if (!result.stats || decode === undefined || Number.isFinite(decode)) return result;
  const stats = { ...result.stats };
  delete stats.decodeTokensPerSecond;
  return { ...result, stats };
}

export function engineCalls(backend: EngineBackend): EngineCalls {
  return {
    load: ({ source }, { signal, progress }) => backend.load(source, progress, signal),
    chat: ({ request }, { signal, progress }) => {
      const onCancel = () => backend.interrupt?.();
      signal.addEventListener("abort", onCancel, { once: true });
      const chat: RunningChat = {
        get interrupted() {
          return signal.aborted;
        },
      };
      return backend
        .chat(request, progress, chat)
        .then(withMeasuredFigures)
        .finally(() => signal.removeEventListener("abort", onCancel));
    },
    unload: () => backend.unload(),
    embed: ({ texts, source }, { signal, progress }) => backend.embed(texts, source, signal, progress),
  };
}
