/**
 * The GPU memory a model needs for a given context window: its weights (and the work buffers its library
 * allocates) plus the key/value cache, which grows with every token of context the model can hold.
 * Pure: no I/O.
 */
import { catalogArchitecture, type ModelArchitecture } from "./modelArchitecture";
import type { ModelCard } from "./modelCatalog";

const MIB = 1024 * 1024;

/** The context windows offered as choices: what MLC libraries are commonly built for. */
export const CONTEXT_WINDOW_CHOICES = [1024, 2048, 4096, 8192] as const;

/** Bytes per cached key or value element: MLC keeps the cache in the model's float type (f16 or f32). */
export function kvBytesPerElement(quantization: string): number {
  return /f32/.test(quantization) ? 4 : 2;
}

/**
 * The key/value cache for `tokens` of context: per layer, per key/value head, one key and one value vector
 * of `headDim` elements for every token — layers × kv heads × head dim × 2 × bytes per element × tokens.
 */
export function kvCacheBytes(
  architecture: Pick<ModelArchitecture, "layers" | "kvHeads" | "headDim">,
  quantization: string,
  tokens: number,
): number {
  const { layers, kvHeads, headDim } = architecture;
  return layers * kvHeads * headDim * 2 * kvBytesPerElement(quantization) * tokens;
}

/**
 * GPU memory, in MB, a catalog model needs with a context window of `tokens`. web-llm's `vram_required_MB`
 * (the card's `vramMB`) is the need at the card's own context window; the rest of it (weights and work
 * buffers) does not depend on the window, so only the cache is swapped for the one `tokens` needs.
 */
export function memoryForContextMB(
  card: Pick<ModelCard, "vramMB" | "contextWindow" | "quantization">,
  architecture: Pick<ModelArchitecture, "layers" | "kvHeads" | "headDim">,
  tokens: number,
): number {
  const cacheAt = (window: number) => kvCacheBytes(architecture, card.quantization, window) / MIB;
  return card.vramMB - cacheAt(card.contextWindow) + cacheAt(tokens);
}

/** The windows worth showing for a model: the usual choices up to its own, and its own. */
export function contextWindowChoices(modelContextWindow: number): number[] {
  const choices: number[] = CONTEXT_WINDOW_CHOICES.filter((tokens) => tokens < modelContextWindow);
  return [...choices, modelContextWindow];
}

/** The memory one context window needs; `atLeast` when the figure leaves out the library's work buffers. */
export interface ContextMemoryRow {
  tokens: number;
  megabytes: number;
  atLeast: boolean;
}

/**
 * GPU memory for each context window worth showing, for a model whose library's architecture Sigilo knows
 * (every catalog model, and a model added with a catalog library); undefined otherwise. A catalog card's
 * `vramMB` is web-llm's whole figure at its own window; a model the user added knows only its weights, so its
 * figures are weights plus cache, a lower bound.
 */
export function memoryByContextWindow(
  card: Pick<ModelCard, "vramMB" | "contextWindow" | "quantization" | "libraryUrl" | "description">,
): ContextMemoryRow[] | undefined {
  const architecture = catalogArchitecture(card);
  if (!architecture) return undefined;
  const whole = card.description.kind === "catalog";
  return contextWindowChoices(card.contextWindow).map((tokens) => ({
    tokens,
    megabytes: Math.round(
      whole
        ? memoryForContextMB(card, architecture, tokens)
        : card.vramMB + kvCacheBytes(architecture, card.quantization, tokens) / MIB,
    ),
    atLeast: !whole,
  }));
}
