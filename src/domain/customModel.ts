/** A model the user added by URL: what is saved, and what validation found in its files. */
import { findModel, type ModelCard } from "./modelCatalog";
import type { ModelFileProblem } from "./modelProblems";
import type { ModelSource } from "./modelSource";
import type { RequestRefusal } from "./networkRequest";

export interface CustomModelRequest {
  name: string;
  /** A repository URL (Hugging Face) or any folder URL; "/resolve/main/" is added as web-llm does. */
  modelUrl: string;
  /** The compiled model library (.wasm). */
  libraryUrl: string;
}

/** What the config and tensor manifest say, shown to the user before the model is saved. */
export interface CustomModelSummary {
  name: string;
  /** As the user gave it, for the card's source link. */
  modelUrl: string;
  source: ModelSource;
  modelType: string;
  quantization: string;
  contextWindow: number;
  /** Sum of the weight shards' sizes from tensor-cache.json. */
  weightsBytes: number;
  shardCount: number;
  /**
   * Every file the download fetches (config, manifest, tokenizer, library and shards), counted as the
   * download counts them; absent for models saved before it was measured.
   */
  totalBytes?: number;
  /** Files in that total. */
  fileCount?: number;
  /** When it was imported from files (ms since epoch); such a model has no URL and `modelUrl` is "". */
  importedAt?: number;
}

/** A model just checked: its whole size is always known. */
export type CheckedCustomModel = CustomModelSummary & { totalBytes: number; fileCount: number };

export type CustomModelCheck =
  { ok: true; summary: CheckedCustomModel } | { ok: false; problem: CustomModelProblem };

/** The one precise reason a model the user adds cannot be used; the UI puts it into words. */
export type CustomModelProblem =
  | ModelFileProblem
  | { code: "name-missing" }
  | { code: "url-invalid"; field: CustomModelUrlField; text: string }
  | { code: "url-not-http"; field: CustomModelUrlField }
  | { code: "library-not-wasm"; url: string }
  /** The build's Content-Security-Policy does not list the host. */
  | { code: "host-not-allowed"; host: string }
  | { code: "host-unreachable"; host: string; file: string }
  | { code: "file-not-found"; file: string; url: string; status: number }
  | { code: "library-unreachable"; host: string }
  | { code: "library-http-error"; url: string; status: number }
  /** All its files together need more than the most the browser lets this site store. */
  | { code: "larger-than-storage"; neededBytes: number; quotaBytes: number }
  /** A file's host redirected it elsewhere, or an address the app may not contact. */
  | RequestRefusal;

export type CustomModelUrlField = "modelUrl" | "libraryUrl";

/** Custom ids are prefixed so they can never collide with (or shadow) a web-llm prebuilt id. */
export const CUSTOM_MODEL_PREFIX = "custom-";

export function customModelId(name: string): string {
  const slug = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `${CUSTOM_MODEL_PREFIX}${slug || "model"}`;
}

/**
 * The picker's card for a custom model: only what its files say is claimed. The GPU memory it
 * needs is unknown, so the weights' size stands in as a lower bound for the fit check.
 */
export function customModelCard(model: CustomModelSummary): ModelCard {
  const megabytes = (bytes: number) => Math.ceil(bytes / (1024 * 1024));
  const { modelUrl, importedAt } = model;
  return {
    id: model.source.modelId,
    name: model.name,
    quantization: model.quantization,
    downloadMB: megabytes(model.totalBytes ?? model.weightsBytes),
    vramMB: megabytes(model.weightsBytes),
    contextWindow: model.contextWindow,
    needsShaderF16: /f16/.test(model.quantization),
    lowResource: false,
    libraryUrl: model.source.libraryUrl,
    // Its files name no developer, licence or parameter count: the card says so. A model added by URL links
    // its repository; one imported from files came with none, so no licence or source link is claimed.
    ...(importedAt === undefined
      ? {
          family: { name: model.modelType, licenseUrl: modelUrl },
          description: { kind: "custom", modelType: model.modelType, modelUrl },
          sourceUrl: modelUrl,
        }
      : {
          family: { name: model.modelType, licenseUrl: "" },
          description: { kind: "imported", modelType: model.modelType },
          sourceUrl: "",
          importedAt,
        }),
  };
}

/** A catalog model's card, or else the custom model's with that id. */
export function findModelCard(customCards: readonly ModelCard[], modelId: string): ModelCard | undefined {
  return findModel(modelId) ?? customCards.find((card) => card.id === modelId);
}
