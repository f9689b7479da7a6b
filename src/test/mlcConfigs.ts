/** A Qwen2.5 0.5B fine-tune's config as mlc-llm writes it (abridged). */
export function qwenConfig(overrides: Record<string, unknown> = {}, model: Record<string, unknown> = {}) {
  return JSON.stringify({
    model_type: "qwen2",
    quantization: "q4f32_1",
    context_window_size: 32768,
    tokenizer_files: ["tokenizer.json"],
    conv_template: { name: "qwen2" },
    model_config: {
      hidden_size: 896,
      intermediate_size: 4864,
      num_attention_heads: 14,
      num_hidden_layers: 24,
      num_key_value_heads: 2,
      head_dim: 64,
      vocab_size: 151936,
      ...model,
    },
    ...overrides,
  });
}
