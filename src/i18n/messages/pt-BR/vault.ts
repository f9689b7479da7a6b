import type { enVault } from "../en/vault";

/** Brazilian Portuguese texts of the vault area. */
export const ptBRVault: typeof enVault = {};
