import type { enImportModel } from "../en/importModel";

/** Brazilian Portuguese texts of the importModel area. */
export const ptBRImportModel: typeof enImportModel = {};
