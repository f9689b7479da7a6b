/** Translations between Sigilo's chat types and web-llm's OpenAI-style ones. Pure; types only from web-llm. */
import type {
  ChatCompletionFinishReason,
  ChatCompletionMessageParam,
  ChatCompletionRequestStreaming,
  CompletionUsage,
} from "@mlc-ai/web-llm";
import type { ChatRequest, ChatResult, ChatTurn, FinishReason } from "../../domain/generation";

export function toCompletionRequest(request: ChatRequest): ChatCompletionRequestStreaming {
  return {
    stream: true,
    // Without it the last chunk carries no `usage`, and so no speed figures.
    stream_options: { include_usage: true },
    messages: request.messages.map(toMessageParam),
    temperature: request.temperature,
    top_p: request.topP,
    max_tokens: request.maxTokens,
    presence_penalty: request.presencePenalty,
    frequency_penalty: request.frequencyPenalty,
  };
}

function toMessageParam({ role, content }: ChatTurn): ChatCompletionMessageParam {
  switch (role) {
    case "system":
      return { role, content };
    case "user":
      return { role, content };
    case "assistant":
      return { role, content };
  }
}

/**
 * `reported` is the last `finish_reason` web-llm streamed (undefined if it streamed none). An
 * interrupted reply is "abort" even if web-llm never saw the interrupt.
 */
export function toChatResult(
  reported: ChatCompletionFinishReason | undefined,
  usage: CompletionUsage | undefined,
  interrupted: boolean,
): ChatResult {
  const finishReason: FinishReason = interrupted
    ? "abort"
    : reported === "tool_calls"
      ? "stop"
      : (reported ?? "stop");
  if (!usage) return { finishReason };
  return {
    finishReason,
    stats: {
      promptTokens: usage.prompt_tokens,
      completionTokens: usage.completion_tokens,
      prefillTokensPerSecond: usage.extra.prefill_tokens_per_s,
      decodeTokensPerSecond: usage.extra.decode_tokens_per_s,
      timeToFirstTokenSeconds: usage.extra.time_to_first_token_s,
    },
  };
}
