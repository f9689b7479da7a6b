/** What is stored on this device for one model, as the model manager shows it. */
export interface StoredModelInfo {
  modelId: string;
  /** Bytes of every stored file of the model: weights, config, tokenizer and library. */
  bytes: number;
  /** Every file web-llm needs is stored and was verified when it was written. */
  complete: boolean;
  filesStored: number;
  /** Unknown until the model's tensor-cache.json is stored. */
  filesTotal: number | undefined;
  /** Set when the model's stored library (.wasm) is also the library of other stored models. */
  sharedLibrary?: SharedLibrary;
}

/** One stored library file used by several models: on disk once, counted in each model's `bytes`. */
export interface SharedLibrary {
  url: string;
  bytes: number;
  /** The other stored models using it. */
  sharedWith: string[];
}

/**
 * Files in web-llm's cache that belong to no model the app knows: left by an import interrupted by a
 * closed tab, a custom model removed while its files were being written, or a model no longer listed.
 */
export interface UnclaimedFiles {
  files: number;
  bytes: number;
}

/** Everything stored in web-llm's cache: the known models, and the files none of them claims. */
export interface StoredModelsListing {
  models: StoredModelInfo[];
  unclaimed: UnclaimedFiles;
}

export const NO_UNCLAIMED_FILES: UnclaimedFiles = { files: 0, bytes: 0 };

/** Bytes the models really take on disk: a library shared by several listed models counts once. */
export function totalStoredBytes(models: readonly StoredModelInfo[]): number {
  const sharedLibraries = new Map<string, number>();
  let total = 0;
  for (const { bytes, sharedLibrary } of models) {
    total += bytes - (sharedLibrary?.bytes ?? 0);
    if (sharedLibrary) sharedLibraries.set(sharedLibrary.url, sharedLibrary.bytes);
  }
  for (const bytes of sharedLibraries.values()) total += bytes;
  return total;
}

/** The other listed models still using this model's library, which deleting the model keeps. */
export function libraryKeptFor(model: StoredModelInfo, models: readonly StoredModelInfo[]): string[] {
  const listed = new Set(models.map((other) => other.modelId));
  return (model.sharedLibrary?.sharedWith ?? []).filter((modelId) => listed.has(modelId));
}

/** What deleting the model frees: all its bytes, but its library's only if no other listed model uses it. */
export function bytesFreedByDeleting(model: StoredModelInfo, models: readonly StoredModelInfo[]): number {
  const keepsLibrary = libraryKeptFor(model, models).length > 0;
  return model.bytes - (keepsLibrary ? (model.sharedLibrary?.bytes ?? 0) : 0);
}
