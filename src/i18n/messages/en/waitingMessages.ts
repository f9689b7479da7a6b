/** English texts for messages sent while the model loads; spread into `en` (see ../en.ts). */
export const enWaitingMessages = {
  waitingMessage: {
    /** The composer's placeholder while a model loads: sending now is allowed. */
    placeholder: (model: string) => `Write now: it will be answered when ${model} is ready`,
    willAnswer: (model: string) => `Will be answered when ${model} is ready.`,
    dontAnswer: "Don't answer",
    answer: "Answer",
    notAnswered: {
      declined: "Not answered: you chose not to wait for the model.",
      "load-failed": "Not answered: the model did not load. Answer it once a model is ready.",
      "load-cancelled": "Not answered: loading the model was stopped. Answer it once a model is ready.",
      "other-tab": "Not answered: another tab took over the model.",
      locked: "Not answered: Sigilo locked while this message waited.",
      /** A message left without a reply earlier (the page was reloaded while it waited, or its reply was deleted). */
      unknown: "Not answered yet.",
    },
  },
};
