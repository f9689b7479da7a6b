/** English texts of the startup area; spread into `en` (see ../en.ts). */
export const enStartup = {};
