import type { enPrivacy } from "../en/privacy";

/** Brazilian Portuguese texts of the privacy area. */
export const ptBRPrivacy: typeof enPrivacy = {};
