import type { enEnvironment } from "../en/environment";

/** Brazilian Portuguese texts of the environment area. */
export const ptBREnvironment: typeof enEnvironment = {};
