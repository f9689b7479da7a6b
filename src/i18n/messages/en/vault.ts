/** English texts of the vault area; spread into `en` (see ../en.ts). */
export const enVault = {};
