/**
 * Why a reply could not be written, when Sigilo itself knows (engine errors keep the engine's own text in
 * `Message.error`). Stored with the message; the interface says it in words, in the current language.
 */
export type ReplyFailure =
  /** The engine still refused the request after the oldest turns were left out and it was trimmed harder. */
  | { code: "conversation-too-long" }
  /** The newest turns alone need more than the model can read, so nothing was sent. */
  | { code: "message-too-long"; estimatedTokens: number; budget: number; maxReplyTokens: number }
  /** The engine stopped under the reply: its worker died, or it was shut down (another tab took it over). */
  | { code: "engine-stopped"; cause: EngineStopCause };

export type EngineStopCause = "worker-stopped" | "engine-shut-down";
