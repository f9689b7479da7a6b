/** English texts of the privacy area; spread into `en` (see ../en.ts). */
export const enPrivacy = {};
