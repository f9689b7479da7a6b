import type { enInstructions } from "../en/instructions";

/** Brazilian Portuguese texts of the instructions area. */
export const ptBRInstructions: typeof enInstructions = {};
