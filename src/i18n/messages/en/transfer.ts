/** English texts of the transfer area; spread into `en` (see ../en.ts). */
export const enTransfer = {};
