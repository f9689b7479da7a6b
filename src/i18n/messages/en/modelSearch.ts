/** English texts of the Hugging Face model search and of memory by context window; spread into `en`. */
export const enModelSearch = {
  modelSearch: {
    title: "Find models on Hugging Face",
    label: "Search Hugging Face",
    placeholder: "e.g. legal, Portuguese, code",
    submit: "Search",
    whatIsSent:
      "When you press Search, the words in this box — and only they — are sent to huggingface.co. Nothing else you write, no conversation or document, is ever sent. Each search is listed in the Privacy panel.",
    searching: (query: string) => `Searching Hugging Face for “${query}”…`,
    results: "Models that run here",
    resultsFor: (count: number, query: string) =>
      count === 0
        ? `No model found for “${query}” runs on a library Sigilo has.`
        : `${count} ${count === 1 ? "model" : "models"} for “${query}” ${count === 1 ? "runs" : "run"} here:`,
    nothingFound: (query: string) => `Hugging Face lists no MLC models for “${query}”. Try other words.`,
    by: (author: string) => `by ${author}`,
    downloads: (count: string) => `${count} downloads last month`,
    runsOn: (library: string, quantization: string, context: string) =>
      `Runs on the library of ${library} · ${quantization} · ${context} context`,
    memory: (size: string, context: string) => `About ${size} of GPU memory with a ${context} context`,
    sizeLater: "Its download size is shown when you add it, before anything is saved.",
    add: "Add",
    addNamed: (id: string) => `Add ${id}`,
    openRepository: (id: string) => `${id} on Hugging Face`,
    notUsable: (count: number) =>
      `${count} other MLC ${count === 1 ? "model" : "models"} found cannot run here`,
    problems: {
      unavailable:
        "This copy of Sigilo cannot search Hugging Face: it may only contact your organisation's model mirror. Nothing was sent.",
      offline: "You are offline. Nothing was sent; search again once you are connected.",
      unreachable: "Could not reach Hugging Face. Check your connection and try again.",
      rateLimited: (seconds: number | undefined) =>
        seconds === undefined
          ? "Hugging Face is receiving too many searches from here. Wait a minute and try again."
          : `Hugging Face is receiving too many searches from here. Try again in ${seconds} seconds.`,
      httpError: (status: number) =>
        `Hugging Face could not search right now (HTTP ${status}). Try again later.`,
      malformed: "Hugging Face sent an answer Sigilo cannot read as a list of models. Try again later.",
    },
    resultProblems: {
      configMissing: "It has no mlc-chat-config.json, so it is not a model folder Sigilo can load.",
      configMissingStatus: (status: number) => `Its mlc-chat-config.json could not be read (HTTP ${status}).`,
      configUnreadable: "Its mlc-chat-config.json is damaged or lacks what Sigilo needs.",
      unknownArchitecture: (modelType: string) =>
        `Sigilo has no library for its architecture (${modelType}).`,
      unknownQuantization: (modelType: string, quantization: string) =>
        `Sigilo's ${modelType} libraries are not built for its quantization (${quantization}).`,
      differentSize: (modelType: string, quantization: string) =>
        `Its size (layers, heads or vocabulary) differs from every ${modelType} ${quantization} library Sigilo has.`,
    },
  },
  contextMemory: {
    title: "GPU memory by context window",
    row: (context: string, size: string) => `${context}: about ${size}`,
    atLeast: (context: string, size: string) => `${context}: at least ${size}`,
    hint: "A longer context window keeps more of the conversation in GPU memory (its key/value cache).",
  },
};
