/** English texts of the models area; spread into `en` (see ../en.ts). */
export const enModels = {};
