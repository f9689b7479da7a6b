/**
 * Sigilo's own messages between the page and an engine worker. The page never imports
 * web-llm at runtime (it would be bundled a second time); both the web-llm worker and the
 * fixture worker speak this protocol. Each message kind carries its own payload type.
 */
import type { ChatRequest, ChatResult, LoadProgress } from "../../domain/generation";
import type { EngineError } from "../../domain/engineError";
import type { ModelSource } from "../../domain/modelSource";
import type { StoredModelInfo, UnclaimedFiles } from "../../domain/storedModel";
import type { StoredLibrary } from "../../domain/libraryUpgrade";
import type { ChosenFile, ImportProgress, ImportResult, ModelFolderCheck } from "../../domain/importedModel";

export type EngineRequest =
  | { type: "load"; requestId: number; source: ModelSource }
  | { type: "chat"; requestId: number; request: ChatRequest }
  | { type: "interrupt" }
  | { type: "unload"; requestId: number }
  | { type: "isCached"; requestId: number; source: ModelSource }
  /** `otherSources`: the models that may share this one's library, which is kept while one of them is stored. */
  | { type: "deleteCached"; requestId: number; source: ModelSource; otherSources: ModelSource[] }
  /** Lists `sources` with anything stored, and the stored files none of them claims. */
  | { type: "listStored"; requestId: number; sources: ModelSource[]; unclaimed: boolean }
  /** Deletes the stored files none of `sources` (every model the app knows) claims. */
  | { type: "deleteUnclaimed"; requestId: number; sources: ModelSource[] }
  /** Checks files the user chose for a model to import; stores nothing. */
  | { type: "inspectFiles"; requestId: number; files: ChosenFile[] }
  | { type: "importFiles"; requestId: number; source: ModelSource; files: ChosenFile[] }
  | { type: "cancelImport" }
  /** Model libraries on their own, for an update to a new web-llm runtime (domain/libraryUpgrade.ts). */
  | { type: "listLibraries"; requestId: number }
  | { type: "fetchLibraries"; requestId: number; urls: string[] }
  | { type: "deleteLibraries"; requestId: number; urls: string[] };

export type EngineEvent =
  | { type: "progress"; requestId: number; progress: LoadProgress }
  | { type: "delta"; requestId: number; text: string }
  | { type: "loaded"; requestId: number }
  | { type: "chatDone"; requestId: number; result: ChatResult }
  | { type: "unloaded"; requestId: number }
  | { type: "cached"; requestId: number; cached: boolean }
  | { type: "deleted"; requestId: number }
  | { type: "stored"; requestId: number; models: StoredModelInfo[]; unclaimed: UnclaimedFiles }
  | { type: "deletedUnclaimed"; requestId: number; deleted: UnclaimedFiles }
  | { type: "inspected"; requestId: number; check: ModelFolderCheck }
  | { type: "importProgress"; requestId: number; progress: ImportProgress }
  | { type: "imported"; requestId: number; result: ImportResult }
  | { type: "libraries"; requestId: number; libraries: StoredLibrary[] }
  | { type: "librariesFetched"; requestId: number; bytes: number }
  | { type: "librariesDeleted"; requestId: number }
  | { type: "failed"; requestId: number; error: EngineError }
  /** The GPU device was lost outside of any request (driver reset, memory pressure). */
  | { type: "deviceLost"; error: EngineError };
