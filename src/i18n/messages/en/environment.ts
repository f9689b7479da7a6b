/** English texts of the environment area; spread into `en` (see ../en.ts). */
export const enEnvironment = {};
