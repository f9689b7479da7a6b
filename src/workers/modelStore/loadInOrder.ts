import type { LoadProgress } from "../../domain/generation";
import type { ModelSource } from "../../domain/modelSource";

/** The three steps of loading a model; the real engine and the fixture engine each supply theirs. */
export interface ModelLoadSteps {
  /** Stores every missing file where the engine looks (Sigilo's downloader); `signal` stops it, keeping whole files. */
  download(
    source: ModelSource,
    onProgress: (progress: LoadProgress) => void,
    signal: AbortSignal,
  ): Promise<void>;
  /** Loads the stored files onto the GPU: web-llm's `reload`, or the fixture's stand-in for it. */
  load(source: ModelSource, onProgress: (progress: LoadProgress) => void, signal: AbortSignal): Promise<void>;
  /** Rejects with StoredModelCorruptError when a stored file is damaged (storedModelCheck.ts). */
  checkStored(source: ModelSource): Promise<void>;
}

/**
 * Production's order, which the fixture engine follows too so its fault tests test what ships: download
 * what is missing, then load. Only after a failed load are the stored files read again, so a good
 * start-up pays nothing for the check, and a damaged file is reported as such rather than as the parse
 * or range error it caused deep inside the loader; any other failure keeps its own error. A load that
 * failed because it was cancelled says nothing about the files, so they are not checked then.
 */
export async function downloadThenLoad(
  source: ModelSource,
  onProgress: (progress: LoadProgress) => void,
  signal: AbortSignal,
  steps: ModelLoadSteps,
): Promise<void> {
  await steps.download(source, onProgress, signal);
  signal.throwIfAborted();
  try {
    await steps.load(source, onProgress, signal);
  } catch (error) {
    if (!signal.aborted) await steps.checkStored(source);
    throw error;
  }
}
