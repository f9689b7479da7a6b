/** The state of a model being loaded, and how each progress report changes it. Pure. */
import { addSample, type RateSample } from "../../../domain/downloadRate";
import { loadStepOf, type LoadProgress, type LoadStep } from "../../../domain/generation";

export interface LoadingModel {
  status: "loading";
  modelId: string;
  /** Every file was stored when the load began: nothing is downloaded, it goes straight to the GPU. */
  stored: boolean;
  progress: LoadProgress | undefined;
  /** When the current step (see `loadStepOf`) began, in the store's clock; the UI shows time since. */
  stepStartedAt: number;
  samples: RateSample[];
}

export function startLoading(modelId: string, stored: boolean, now: number): LoadingModel {
  return { status: "loading", modelId, stored, progress: undefined, stepStartedAt: now, samples: [] };
}

export function withProgress(load: LoadingModel, progress: LoadProgress, now: number): LoadingModel {
  const samples =
    progress.phase === "download" && progress.bytesDone !== undefined
      ? addSample(load.samples, { atMs: now, bytes: progress.bytesDone })
      : load.samples;
  const sameStep = loadStepOf(progress) === loadStepOf(load.progress);
  return { ...load, progress, samples, stepStartedAt: sameStep ? load.stepStartedAt : now };
}

/** What the load is doing, as the user should hear it: a stored model never "downloads". */
export function shownStep(load: LoadingModel): LoadStep {
  const step = loadStepOf(load.progress);
  return step === "starting" && load.stored ? "weights" : step;
}

/** Cancelling now stops a download (files kept for resuming), not a load onto the GPU. */
export const isDownloading = (load: LoadingModel) => ["starting", "download"].includes(shownStep(load));
