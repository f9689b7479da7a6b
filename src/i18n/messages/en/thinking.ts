/** English texts of a reasoning model's thinking section; spread into `en` (see ../en.ts). */
export const enThinking = {
  thinking: {
    /** The section's button while the model is thinking. */
    inProgress: "Thinking…",
    /** Once it is done: how long it took ("12 s", "1 min 5 s"). */
    thoughtFor: (duration: string) => `Thought for ${duration}`,
    /** Done, with no measured time (stopped while thinking, imported, or written before it was measured). */
    done: "Thinking",
  },
};
