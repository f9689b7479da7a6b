/**
 * The curated models offered in the picker, drawn from web-llm's `prebuiltAppConfig`.
 * Values are copied here because the page must not load web-llm at runtime (it lives in
 * the worker); `modelCatalog.test.ts` checks them against web-llm's own records.
 * Download sizes are estimates (4-bit weights plus embeddings, rounded up) shown before
 * anything is fetched; the progress bar uses the real byte counts during the download.
 */
import { MODEL_LIBRARY_VERSION } from "./libraryVersion";
import type { ModelSource } from "./modelSource";
import { modelFilesUrl } from "./modelSource";

/** Who makes a model family and under which licence it may be used (unknown for a model the user added). */
export interface ModelFamily {
  name: string;
  developer?: string;
  license?: string;
  licenseUrl: string;
}

/** The catalog's short descriptions; the UI's dictionary (`modelDescriptions`) holds their words. */
export type CatalogDescriptionKey =
  | "tinyAndQuick"
  | "smallMultilingual"
  | "smallMultilingualF32"
  | "compactBalanced"
  | "compactBalancedF32"
  | "reasonsStepByStep"
  | "fluentWriting"
  | "betterThan1B"
  | "reasoningAndCode"
  | "mostCapable"
  | "smallestThinker"
  | "multilingualMidSize"
  | "strongThinker"
  | "deepThinker";

/** What the picker says about a model, put into words by the UI. */
export type ModelDescription =
  | { kind: "catalog"; key: CatalogDescriptionKey }
  | { kind: "custom"; modelType: string; modelUrl: string }
  | { kind: "imported"; modelType: string };

export interface ModelCard {
  /** web-llm's model_id. */
  id: string;
  name: string;
  family: ModelFamily;
  /** Parameter count, e.g. "1B"; unknown for a model the user added. */
  parameters?: string;
  quantization: string;
  downloadMB: number;
  /** web-llm's vram_required_MB. */
  vramMB: number;
  contextWindow: number;
  /** Half-precision weights need the GPU's `shader-f16` feature (web-llm does not always say so). */
  needsShaderF16: boolean;
  /** web-llm's low_resource_required: the model was built to fit modest GPUs. */
  lowResource: boolean;
  /** Smallest storage-buffer binding the model needs, when web-llm records one. */
  bufferSizeRequiredBytes?: number;
  description: ModelDescription;
  /** The public repository the weights come from (web-llm's `model`), before any mirror. */
  sourceUrl: string;
  /** The compiled library (web-llm's `model_lib`), before any mirror. */
  libraryUrl: string;
  /** Set for a model imported from files (ms since epoch): it has no source URL and no licence link. */
  importedAt?: number;
}

const APACHE_2 = { license: "Apache 2.0", licenseUrl: "https://www.apache.org/licenses/LICENSE-2.0" };
const FAMILIES = {
  smollm2: { name: "SmolLM2", developer: "Hugging Face", ...APACHE_2 },
  qwen25: { name: "Qwen2.5", developer: "Alibaba Cloud (Qwen team)", ...APACHE_2 },
  qwen3: { name: "Qwen3", developer: "Alibaba Cloud (Qwen team)", ...APACHE_2 },
  llama32: {
    name: "Llama 3.2",
    developer: "Meta",
    license: "Llama 3.2 Community License",
    licenseUrl: "https://github.com/meta-llama/llama-models/blob/main/models/llama3_2/LICENSE",
  },
  llama31: {
    name: "Llama 3.1",
    developer: "Meta",
    license: "Llama 3.1 Community License",
    licenseUrl: "https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/LICENSE",
  },
  gemma2: {
    name: "Gemma 2",
    developer: "Google",
    license: "Gemma Terms of Use",
    licenseUrl: "https://ai.google.dev/gemma/terms",
  },
  deepseekR1: {
    name: "DeepSeek-R1 Distill",
    developer: "DeepSeek",
    license: "MIT",
    licenseUrl: "https://github.com/deepseek-ai/DeepSeek-R1/blob/main/LICENSE",
  },
  phi35: {
    name: "Phi-3.5",
    developer: "Microsoft",
    license: "MIT",
    licenseUrl: "https://opensource.org/license/mit",
  },
} satisfies Record<string, ModelFamily>;

/** web-llm 0.2.86's libraries; `modelCatalog.test.ts` checks every URL against web-llm's records. */
export const LIBRARY_URL_PREFIX = `https://raw.githubusercontent.com/mlc-ai/binary-mlc-llm-libs/main/web-llm-models/${MODEL_LIBRARY_VERSION}/base/`;

type CardFields = Omit<
  ModelCard,
  "needsShaderF16" | "quantization" | "sourceUrl" | "libraryUrl" | "family"
> & {
  libraryFile: string;
  family: keyof typeof FAMILIES;
};

function card({ libraryFile, family, ...fields }: CardFields): ModelCard {
  const quantization = /-(q\d+f\d+(?:_\d+)?)-MLC/.exec(fields.id)?.[1] ?? "unknown";
  return {
    ...fields,
    family: FAMILIES[family],
    quantization,
    needsShaderF16: quantization.includes("f16"),
    sourceUrl: `https://huggingface.co/mlc-ai/${fields.id}`,
    libraryUrl: LIBRARY_URL_PREFIX + libraryFile,
  };
}

export const MODEL_CATALOG: readonly ModelCard[] = [
  card({
    id: "SmolLM2-360M-Instruct-q4f16_1-MLC",
    libraryFile: "SmolLM2-360M-Instruct-q4f16_1_cs1k-webgpu.wasm",
    family: "smollm2",
    name: "SmolLM2 360M Instruct",
    parameters: "360M",
    downloadMB: 270,
    vramMB: 376,
    contextWindow: 4096,
    lowResource: true,
    description: { kind: "catalog", key: "tinyAndQuick" },
  }),
  card({
    id: "Qwen2.5-0.5B-Instruct-q4f16_1-MLC",
    libraryFile: "Qwen2-0.5B-Instruct-q4f16_1_cs1k-webgpu.wasm",
    family: "qwen25",
    name: "Qwen2.5 0.5B Instruct",
    parameters: "0.5B",
    downloadMB: 420,
    vramMB: 945,
    contextWindow: 4096,
    lowResource: true,
    description: { kind: "catalog", key: "smallMultilingual" },
  }),
  card({
    id: "Qwen2.5-0.5B-Instruct-q4f32_1-MLC",
    libraryFile: "Qwen2-0.5B-Instruct-q4f32_1_cs1k-webgpu.wasm",
    family: "qwen25",
    name: "Qwen2.5 0.5B Instruct (f32)",
    parameters: "0.5B",
    downloadMB: 440,
    vramMB: 1060,
    contextWindow: 4096,
    lowResource: true,
    description: { kind: "catalog", key: "smallMultilingualF32" },
  }),
  card({
    id: "Llama-3.2-1B-Instruct-q4f16_1-MLC",
    libraryFile: "Llama-3.2-1B-Instruct-q4f16_1_cs1k-webgpu.wasm",
    family: "llama32",
    name: "Llama 3.2 1B Instruct",
    parameters: "1B",
    downloadMB: 700,
    vramMB: 879,
    contextWindow: 4096,
    lowResource: true,
    description: { kind: "catalog", key: "compactBalanced" },
  }),
  card({
    id: "Llama-3.2-1B-Instruct-q4f32_1-MLC",
    libraryFile: "Llama-3.2-1B-Instruct-q4f32_1_cs1k-webgpu.wasm",
    family: "llama32",
    name: "Llama 3.2 1B Instruct (f32)",
    parameters: "1B",
    downloadMB: 1100,
    vramMB: 1129,
    contextWindow: 4096,
    lowResource: true,
    description: { kind: "catalog", key: "compactBalancedF32" },
  }),
  card({
    id: "Qwen3-0.6B-q4f32_1-MLC",
    libraryFile: "Qwen3-0.6B-q4f32_1_cs1k-webgpu.wasm",
    family: "qwen3",
    name: "Qwen3 0.6B",
    parameters: "0.6B",
    downloadMB: 520,
    vramMB: 1925,
    contextWindow: 4096,
    lowResource: true,
    description: { kind: "catalog", key: "smallestThinker" },
  }),
  card({
    id: "Qwen2.5-1.5B-Instruct-q4f32_1-MLC",
    libraryFile: "Qwen2-1.5B-Instruct-q4f32_1_cs1k-webgpu.wasm",
    family: "qwen25",
    name: "Qwen2.5 1.5B Instruct",
    parameters: "1.5B",
    downloadMB: 1000,
    vramMB: 1889,
    contextWindow: 4096,
    lowResource: true,
    description: { kind: "catalog", key: "multilingualMidSize" },
  }),
  card({
    id: "Qwen3-1.7B-q4f16_1-MLC",
    libraryFile: "Qwen3-1.7B-q4f16_1_cs1k-webgpu.wasm",
    family: "qwen3",
    name: "Qwen3 1.7B",
    parameters: "1.7B",
    downloadMB: 1000,
    vramMB: 2037,
    contextWindow: 4096,
    lowResource: true,
    description: { kind: "catalog", key: "reasonsStepByStep" },
  }),
  card({
    id: "Qwen3-1.7B-q4f32_1-MLC",
    libraryFile: "Qwen3-1.7B-q4f32_1_cs1k-webgpu.wasm",
    family: "qwen3",
    name: "Qwen3 1.7B (f32)",
    parameters: "1.7B",
    downloadMB: 1100,
    vramMB: 2635,
    contextWindow: 4096,
    lowResource: true,
    description: { kind: "catalog", key: "reasonsStepByStep" },
  }),
  card({
    id: "gemma-2-2b-it-q4f16_1-MLC",
    libraryFile: "gemma-2-2b-it-q4f16_1_cs1k-webgpu.wasm",
    family: "gemma2",
    name: "Gemma 2 2B Instruct",
    parameters: "2B",
    downloadMB: 1500,
    vramMB: 1895,
    contextWindow: 4096,
    lowResource: false,
    description: { kind: "catalog", key: "fluentWriting" },
  }),
  card({
    id: "gemma-2-2b-it-q4f32_1-MLC",
    libraryFile: "gemma-2-2b-it-q4f32_1_cs1k-webgpu.wasm",
    family: "gemma2",
    name: "Gemma 2 2B Instruct (f32)",
    parameters: "2B",
    downloadMB: 1600,
    vramMB: 2509,
    contextWindow: 4096,
    lowResource: false,
    description: { kind: "catalog", key: "fluentWriting" },
  }),
  card({
    id: "Llama-3.2-3B-Instruct-q4f16_1-MLC",
    libraryFile: "Llama-3.2-3B-Instruct-q4f16_1_cs1k-webgpu.wasm",
    family: "llama32",
    name: "Llama 3.2 3B Instruct",
    parameters: "3B",
    downloadMB: 1800,
    vramMB: 2264,
    contextWindow: 4096,
    lowResource: true,
    description: { kind: "catalog", key: "betterThan1B" },
  }),
  card({
    id: "Llama-3.2-3B-Instruct-q4f32_1-MLC",
    libraryFile: "Llama-3.2-3B-Instruct-q4f32_1_cs1k-webgpu.wasm",
    family: "llama32",
    name: "Llama 3.2 3B Instruct (f32)",
    parameters: "3B",
    downloadMB: 2000,
    vramMB: 2952,
    contextWindow: 4096,
    lowResource: true,
    description: { kind: "catalog", key: "betterThan1B" },
  }),
  card({
    id: "Qwen3-4B-q4f32_1-MLC",
    libraryFile: "Qwen3-4B-q4f32_1_cs1k-webgpu.wasm",
    family: "qwen3",
    name: "Qwen3 4B",
    parameters: "4B",
    downloadMB: 2400,
    vramMB: 4328,
    contextWindow: 4096,
    lowResource: true,
    description: { kind: "catalog", key: "strongThinker" },
  }),
  card({
    id: "Phi-3.5-mini-instruct-q4f16_1-MLC",
    libraryFile: "Phi-3.5-mini-instruct-q4f16_1_cs1k-webgpu.wasm",
    family: "phi35",
    name: "Phi-3.5 mini Instruct",
    parameters: "3.8B",
    downloadMB: 2200,
    vramMB: 3672,
    contextWindow: 4096,
    lowResource: false,
    description: { kind: "catalog", key: "reasoningAndCode" },
  }),
  card({
    id: "Phi-3.5-mini-instruct-q4f32_1-MLC",
    libraryFile: "Phi-3.5-mini-instruct-q4f32_1_cs1k-webgpu.wasm",
    family: "phi35",
    name: "Phi-3.5 mini Instruct (f32)",
    parameters: "3.8B",
    downloadMB: 2400,
    vramMB: 5483,
    contextWindow: 4096,
    lowResource: false,
    description: { kind: "catalog", key: "reasoningAndCode" },
  }),
  card({
    id: "DeepSeek-R1-Distill-Qwen-7B-q4f32_1-MLC",
    libraryFile: "Qwen2-7B-Instruct-q4f32_1_cs1k-webgpu.wasm",
    family: "deepseekR1",
    name: "DeepSeek-R1 Distill Qwen 7B",
    parameters: "7B",
    downloadMB: 4500,
    vramMB: 5900,
    contextWindow: 4096,
    lowResource: false,
    description: { kind: "catalog", key: "deepThinker" },
  }),
  card({
    id: "Llama-3.1-8B-Instruct-q4f16_1-MLC",
    libraryFile: "Llama-3_1-8B-Instruct-q4f16_1_cs1k-webgpu.wasm",
    family: "llama31",
    name: "Llama 3.1 8B Instruct",
    parameters: "8B",
    downloadMB: 4600,
    vramMB: 5001,
    contextWindow: 4096,
    lowResource: false,
    description: { kind: "catalog", key: "mostCapable" },
  }),
  card({
    id: "Llama-3.1-8B-Instruct-q4f32_1-MLC",
    libraryFile: "Llama-3_1-8B-Instruct-q4f32_1_cs1k-webgpu.wasm",
    family: "llama31",
    name: "Llama 3.1 8B Instruct (f32)",
    parameters: "8B",
    downloadMB: 4900,
    vramMB: 6101,
    contextWindow: 4096,
    lowResource: false,
    description: { kind: "catalog", key: "mostCapable" },
  }),
];

export function findModel(id: string): ModelCard | undefined {
  return MODEL_CATALOG.find((model) => model.id === id);
}

/** Where a catalog model's files come from, through the organisation's mirror when one is set. */
export function catalogSource(model: ModelCard): ModelSource {
  return { modelId: model.id, filesUrl: modelFilesUrl(model.sourceUrl), libraryUrl: model.libraryUrl };
}
