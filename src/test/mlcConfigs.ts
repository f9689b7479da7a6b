/** Qwen2.5 0.5B's dimensions as mlc-llm writes them in `model_config`: what its catalog library was built for. */
export const QWEN_05B_MODEL_CONFIG = {
  hidden_size: 896,
  intermediate_size: 4864,
  num_attention_heads: 14,
  num_hidden_layers: 24,
  num_key_value_heads: 2,
  head_dim: 64,
  vocab_size: 151936,
};

/** A Qwen2.5 0.5B fine-tune's mlc-chat-config.json (abridged), with fields or dimensions changed. */
export function qwenConfig(overrides: Record<string, unknown> = {}, model: Record<string, unknown> = {}) {
  return JSON.stringify({
    model_type: "qwen2",
    quantization: "q4f32_1",
    context_window_size: 32768,
    tokenizer_files: ["tokenizer.json"],
    conv_template: { name: "qwen2" },
    model_config: { ...QWEN_05B_MODEL_CONFIG, ...model },
    ...overrides,
  });
}
