/** English texts of the importModel area; spread into `en` (see ../en.ts). */
export const enImportModel = {};
