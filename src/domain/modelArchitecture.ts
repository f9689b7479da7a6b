/**
 * The shape of a model as its compiled library was built for it. An MLC library (.wasm) bakes in the
 * architecture's dimensions — layers, heads, hidden size, vocabulary — so a fine-tune can use a library only
 * if its `mlc-chat-config.json` names the same model type, quantization and dimensions. The same dimensions
 * give the memory its context window needs (see contextMemory.ts). Pure: no I/O.
 */
import { MODEL_CATALOG, type ModelCard } from "./modelCatalog";

export interface ModelArchitecture {
  /** MLC's `model_type` ("llama", "qwen2", "qwen3", "gemma2", "phi3"). */
  modelType: string;
  hiddenSize: number;
  layers: number;
  attentionHeads: number;
  /** Key/value heads (fewer than attention heads with grouped-query attention). */
  kvHeads: number;
  headDim: number;
  intermediateSize: number;
  vocabSize: number;
}

/**
 * The catalog libraries' architectures, keyed by library name without its quantization and build suffix
 * ("Qwen2-0.5B-Instruct" for "Qwen2-0.5B-Instruct-q4f16_1_cs1k-webgpu.wasm"). Copied from the base models'
 * `mlc-chat-config.json` (`model_config`); `modelArchitecture.test.ts` checks every catalog library has one.
 */
const LIBRARY_ARCHITECTURES: Readonly<Record<string, ModelArchitecture>> = {
  "SmolLM2-360M-Instruct": arch("llama", 960, 32, 15, 5, 64, 2560, 49152),
  "Qwen2-0.5B-Instruct": arch("qwen2", 896, 24, 14, 2, 64, 4864, 151936),
  "Qwen2-1.5B-Instruct": arch("qwen2", 1536, 28, 12, 2, 128, 8960, 151936),
  "Qwen2-7B-Instruct": arch("qwen2", 3584, 28, 28, 4, 128, 18944, 152064),
  "Llama-3.2-1B-Instruct": arch("llama", 2048, 16, 32, 8, 64, 8192, 128256),
  "Llama-3.2-3B-Instruct": arch("llama", 3072, 28, 24, 8, 128, 8192, 128256),
  "Llama-3_1-8B-Instruct": arch("llama", 4096, 32, 32, 8, 128, 14336, 128256),
  "Qwen3-0.6B": arch("qwen3", 1024, 28, 16, 8, 128, 3072, 151936),
  "Qwen3-1.7B": arch("qwen3", 2048, 28, 16, 8, 128, 6144, 151936),
  "Qwen3-4B": arch("qwen3", 2560, 36, 32, 8, 128, 9728, 151936),
  "gemma-2-2b-it": arch("gemma2", 2304, 26, 8, 4, 256, 9216, 256000),
  "Phi-3.5-mini-instruct": arch("phi3", 3072, 32, 32, 32, 96, 8192, 32064),
};

function arch(
  modelType: string,
  hiddenSize: number,
  layers: number,
  attentionHeads: number,
  kvHeads: number,
  headDim: number,
  intermediateSize: number,
  vocabSize: number,
): ModelArchitecture {
  return { modelType, hiddenSize, layers, attentionHeads, kvHeads, headDim, intermediateSize, vocabSize };
}

/** "Qwen2-0.5B-Instruct" from ".../Qwen2-0.5B-Instruct-q4f16_1_cs1k-webgpu.wasm". */
function libraryBaseName(libraryUrl: string): string {
  const file = libraryUrl.split("/").pop() ?? "";
  return file.replace(/-q\d+f\d+(?:_\d+)?.*$/, "");
}

/** The architecture a catalog model's library was built for, when the catalog knows it. */
export function catalogArchitecture(card: Pick<ModelCard, "libraryUrl">): ModelArchitecture | undefined {
  return LIBRARY_ARCHITECTURES[libraryBaseName(card.libraryUrl)];
}

/** A library Sigilo knows: the catalog model it comes with, its quantization and its architecture. */
export interface KnownLibrary {
  card: ModelCard;
  quantization: string;
  architecture: ModelArchitecture;
}

/** Every distinct catalog library with a known architecture (several cards may share one library). */
export const KNOWN_LIBRARIES: readonly KnownLibrary[] = MODEL_CATALOG.flatMap((card) => {
  const architecture = catalogArchitecture(card);
  return architecture ? [{ card, quantization: card.quantization, architecture }] : [];
}).filter(
  (known, index, all) => all.findIndex((other) => other.card.libraryUrl === known.card.libraryUrl) === index,
);

/**
 * What a model's config says about its shape: `model_type`, `quantization` and the dimensions in
 * `model_config`. Fields a config leaves out stay undefined (and then cannot match).
 */
export type ConfigShape = { modelType: string; quantization: string } & Partial<
  Omit<ModelArchitecture, "modelType">
>;

export type LibraryMatch =
  | { ok: true; library: KnownLibrary }
  /** No catalog library is built for this model type at all. */
  | { ok: false; code: "unknown-architecture"; modelType: string }
  /** The model type is known, but not in this quantization. */
  | { ok: false; code: "unknown-quantization"; modelType: string; quantization: string }
  /** Type and quantization are known, but its dimensions (a different size) match no library. */
  | { ok: false; code: "different-size"; modelType: string; quantization: string };

const DIMENSIONS = [
  "hiddenSize",
  "layers",
  "attentionHeads",
  "kvHeads",
  "headDim",
  "intermediateSize",
  "vocabSize",
] as const satisfies readonly (keyof ModelArchitecture)[];

/**
 * The catalog library that can run a model of this shape: same type, same quantization, and every
 * dimension equal. A dimension the config does not state is one Sigilo cannot vouch for, so it does not
 * match — except head size, which MLC derives (hidden size ÷ heads) when a config leaves it out.
 */
export function matchLibrary(
  shape: ConfigShape,
  libraries: readonly KnownLibrary[] = KNOWN_LIBRARIES,
): LibraryMatch {
  const { modelType, quantization } = shape;
  const sameType = libraries.filter((known) => known.architecture.modelType === modelType);
  if (sameType.length === 0) return { ok: false, code: "unknown-architecture", modelType };
  const sameQuantization = sameType.filter((known) => known.quantization === quantization);
  if (sameQuantization.length === 0)
    return { ok: false, code: "unknown-quantization", modelType, quantization };
  const library = sameQuantization.find((known) => sameDimensions(shape, known.architecture));
  return library ? { ok: true, library } : { ok: false, code: "different-size", modelType, quantization };
}

function sameDimensions(shape: ConfigShape, architecture: ModelArchitecture): boolean {
  return DIMENSIONS.every((dimension) => {
    const stated = shape[dimension];
    if (stated === undefined && dimension === "headDim") {
      return shape.hiddenSize !== undefined && shape.attentionHeads !== undefined
        ? shape.hiddenSize / shape.attentionHeads === architecture.headDim
        : false;
    }
    return stated === architecture[dimension];
  });
}
