/** English texts naming who wrote a reply; spread into `en` (see ../en.ts). */
export const enMessageAuthor = {
  messageAuthor: {
    /** A model the user added and later removed: only a short form of its name is left. */
    removedModel: (shortName: string) => `${shortName} (removed)`,
  },
};
