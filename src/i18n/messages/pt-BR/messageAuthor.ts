import type { enMessageAuthor } from "../en/messageAuthor";

/** Brazilian Portuguese texts naming who wrote a reply. */
export const ptBRMessageAuthor: typeof enMessageAuthor = {
  messageAuthor: {
    removedModel: (shortName) => `${shortName} (removido)`,
    importedModel: (model) => `${model} (importado)`,
    importedUnknownModel: "ChatGPT (importado)",
  },
};
