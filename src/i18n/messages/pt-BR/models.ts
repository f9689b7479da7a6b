import type { enModels } from "../en/models";

/** Brazilian Portuguese texts of the models area. */
export const ptBRModels: typeof enModels = {};
