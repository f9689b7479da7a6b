import type { enTransfer } from "../en/transfer";

/** Brazilian Portuguese texts of the transfer area. */
export const ptBRTransfer: typeof enTransfer = {};
