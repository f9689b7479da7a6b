/**
 * The curated models offered in the picker, drawn from web-llm's `prebuiltAppConfig`.
 * Values are copied here because the page must not load web-llm at runtime (it lives in
 * the worker); `modelCatalog.test.ts` checks them against web-llm's own records.
 * Download sizes are estimates (4-bit weights plus embeddings, rounded up) shown before
 * anything is fetched; the progress bar uses the real byte counts during the download.
 */
export interface ModelCard {
  /** web-llm's model_id. */
  id: string;
  name: string;
  /** Parameter count in words, e.g. "1B". */
  parameters: string;
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
  description: string;
}

function card(fields: Omit<ModelCard, "needsShaderF16" | "quantization">): ModelCard {
  const quantization = /-(q\d+f\d+(?:_\d+)?)-MLC/.exec(fields.id)?.[1] ?? "unknown";
  return { ...fields, quantization, needsShaderF16: quantization.includes("f16") };
}

export const MODEL_CATALOG: readonly ModelCard[] = [
  card({
    id: "SmolLM2-360M-Instruct-q4f16_1-MLC",
    name: "SmolLM2 360M Instruct",
    parameters: "360M",
    downloadMB: 270,
    vramMB: 376,
    contextWindow: 4096,
    lowResource: true,
    description: "Tiny and quick. Good for short answers and trying Sigilo out.",
  }),
  card({
    id: "Qwen2.5-0.5B-Instruct-q4f16_1-MLC",
    name: "Qwen2.5 0.5B Instruct",
    parameters: "0.5B",
    downloadMB: 420,
    vramMB: 945,
    contextWindow: 4096,
    lowResource: true,
    description: "Small multilingual assistant; fast on almost any GPU.",
  }),
  card({
    id: "Qwen2.5-0.5B-Instruct-q4f32_1-MLC",
    name: "Qwen2.5 0.5B Instruct (f32)",
    parameters: "0.5B",
    downloadMB: 440,
    vramMB: 1060,
    contextWindow: 4096,
    lowResource: true,
    description: "The same small assistant built for GPUs without half-precision support.",
  }),
  card({
    id: "Llama-3.2-1B-Instruct-q4f16_1-MLC",
    name: "Llama 3.2 1B Instruct",
    parameters: "1B",
    downloadMB: 700,
    vramMB: 879,
    contextWindow: 4096,
    lowResource: true,
    description: "Meta's compact assistant: a good balance of speed and quality.",
  }),
  card({
    id: "Llama-3.2-1B-Instruct-q4f32_1-MLC",
    name: "Llama 3.2 1B Instruct (f32)",
    parameters: "1B",
    downloadMB: 1100,
    vramMB: 1129,
    contextWindow: 4096,
    lowResource: true,
    description: "Llama 3.2 1B for GPUs without half-precision support.",
  }),
  card({
    id: "Qwen3-1.7B-q4f16_1-MLC",
    name: "Qwen3 1.7B",
    parameters: "1.7B",
    downloadMB: 1000,
    vramMB: 2037,
    contextWindow: 4096,
    lowResource: true,
    description: "Reasons step by step before answering; strong for its size.",
  }),
  card({
    id: "gemma-2-2b-it-q4f16_1-MLC",
    name: "Gemma 2 2B Instruct",
    parameters: "2B",
    downloadMB: 1500,
    vramMB: 1895,
    contextWindow: 4096,
    lowResource: false,
    description: "Google's small model with fluent writing.",
  }),
  card({
    id: "Llama-3.2-3B-Instruct-q4f16_1-MLC",
    name: "Llama 3.2 3B Instruct",
    parameters: "3B",
    downloadMB: 1800,
    vramMB: 2264,
    contextWindow: 4096,
    lowResource: true,
    description: "Noticeably better answers than 1B; needs a mid-range GPU.",
  }),
  card({
    id: "Phi-3.5-mini-instruct-q4f16_1-MLC",
    name: "Phi-3.5 mini Instruct",
    parameters: "3.8B",
    downloadMB: 2200,
    vramMB: 3672,
    contextWindow: 4096,
    lowResource: false,
    description: "Microsoft's model, good at reasoning and code.",
  }),
  card({
    id: "Llama-3.1-8B-Instruct-q4f16_1-MLC",
    name: "Llama 3.1 8B Instruct",
    parameters: "8B",
    downloadMB: 4600,
    vramMB: 5001,
    contextWindow: 4096,
    lowResource: false,
    description: "The most capable model here; needs a GPU with 6 GB or more.",
  }),
];

export function findModel(id: string): ModelCard | undefined {
  return MODEL_CATALOG.find((model) => model.id === id);
}
