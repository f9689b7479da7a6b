/** English texts about how a reply is shown; spread into `en` (see ../en.ts). */
export const enRendering = {
  rendering: {
    /** Under a reply parts of which are past a nesting or size limit, and so shown as plain text. */
    limited:
      "Some parts of this reply are too deeply nested or too large to format, so they are shown as plain text.",
    /** Under a reply that could not be formatted at all (too large, too slow, or an error). */
    plain: "This reply could not be formatted, so it is shown as plain text.",
  },
};
