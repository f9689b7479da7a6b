import type { enStartup } from "../en/startup";

/** Brazilian Portuguese texts of the startup area. */
export const ptBRStartup: typeof enStartup = {};
