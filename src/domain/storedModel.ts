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
}
