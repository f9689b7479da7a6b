/** A model the user added by URL: what is saved, and what validation found in its files. */
import type { ModelSource } from "./modelSource";

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
  source: ModelSource;
  modelType: string;
  quantization: string;
  contextWindow: number;
  /** Sum of the weight shards' sizes from tensor-cache.json. */
  weightsBytes: number;
  shardCount: number;
}

export type CustomModelCheck = { ok: true; summary: CustomModelSummary } | { ok: false; problem: string };

/** Custom ids are prefixed so they can never collide with (or shadow) a web-llm prebuilt id. */
export function customModelId(name: string): string {
  const slug = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `custom-${slug || "model"}`;
}
