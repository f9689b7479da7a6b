/** English texts naming who wrote a reply; spread into `en` (see ../en.ts). */
export const enMessageAuthor = {
  messageAuthor: {
    /** A model the user added and later removed: only a short form of its name is left. */
    removedModel: (shortName: string) => `${shortName} (removed)`,
    /** A reply imported from ChatGPT, by the model ChatGPT recorded ("gpt-4o"), or "ChatGPT" when it recorded none. */
    importedModel: (model: string) => `${model} (imported)`,
    importedUnknownModel: "ChatGPT (imported)",
  },
};
