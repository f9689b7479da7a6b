import type { enThinking } from "../en/thinking";

/** Brazilian Portuguese texts of a reasoning model's thinking section. */
export const ptBRThinking: typeof enThinking = {
  thinking: {
    inProgress: "Pensando…",
    thoughtFor: (duration) => `Pensou por ${duration}`,
    done: "Raciocínio",
  },
};
