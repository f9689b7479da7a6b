/** English texts of the instructions area; spread into `en` (see ../en.ts). */
export const enInstructions = {};
