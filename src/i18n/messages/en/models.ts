/** English texts of the models area; spread into `en` (see ../en.ts). Sizes arrive already formatted. */
export const enModels = {
  modelOption: {
    inUse: "In use",
    downloaded: "Downloaded",
    parameters: (count: string) => `${count} parameters`,
    unknownParameters: "Unknown parameters",
    download: (size: string) => `${size} download`,
    gpuMemory: (size: string) => `${size} GPU memory`,
    context: (tokens: string) => `${tokens} context`,
    needsShaderF16: "needs shader-f16",
    runsWell: "Runs well on this device",
    maySlow: (reason: string) => `May be slow: ${reason}`,
    cannotRun: (reason: string) => `Cannot run here: ${reason}`,
  },
  fitReasons: {
    storage: (needed: string, free: string) =>
      `Needs about ${needed} of storage, but the browser allows this site only ${free} more. Delete stored models in Manage models to make room.`,
    shaderF16: "Needs half-precision (shader-f16) support, which this GPU does not offer. Pick an f32 model.",
    bufferSize: (needed: string, allowed: string) =>
      `Needs GPU buffers of ${needed}; this GPU allows ${allowed}.`,
    softwareGpuLarge: "This browser is using a software GPU: a model this size will be very slow.",
    softwareGpu: "This browser is using a software GPU: expect slow replies.",
    largeModel: (gigabytes: string) =>
      `Needs about ${gigabytes} GB of GPU memory: may be slow or run out of memory on integrated GPUs.`,
  },
  modelDescriptions: {
    tinyAndQuick: "Tiny and quick. Good for short answers and trying Sigilo out.",
    smallMultilingual: "Small multilingual assistant; fast on almost any GPU.",
    smallMultilingualF32: "The same small assistant built for GPUs without half-precision support.",
    compactBalanced: "Meta's compact assistant: a good balance of speed and quality.",
    compactBalancedF32: "Llama 3.2 1B for GPUs without half-precision support.",
    reasonsStepByStep: "Reasons step by step before answering; strong for its size.",
    fluentWriting: "Google's small model with fluent writing.",
    betterThan1B: "Noticeably better answers than 1B; needs a mid-range GPU.",
    reasoningAndCode: "Microsoft's model, good at reasoning and code.",
    mostCapable: "The most capable model here; needs a GPU with 6 GB or more.",
    smallestThinker: "The smallest model that thinks before it answers; you can read its reasoning.",
    multilingualMidSize: "Multilingual assistant, clearly better than 0.5B and still light.",
    strongThinker: "Thinks before it answers; strong at reasoning, maths and code for a mid-range GPU.",
    deepThinker:
      "DeepSeek-R1's reasoning distilled into Qwen 7B: long, careful thinking; needs 6 GB of GPU memory.",
    custom: (modelType: string, url: string) => `Your own model (${modelType}), added from ${url}.`,
    imported: (modelType: string) => `Your own model (${modelType}), imported from files.`,
  },
  modelCard: {
    about: (name: string) => `About ${name}`,
    family: "Family",
    developer: "Developer",
    addedByYou: "Added by you",
    parameters: "Parameters",
    unknown: "Unknown",
    quantization: "Quantization",
    contextWindow: "Context window",
    licence: "Licence",
    seeRepository: "See the model's repository",
    source: "Source",
    downloadSize: "Download size",
    gpuMemory: "GPU memory",
    approximately: (size: string) => `About ${size}`,
    privacy:
      "Your prompts and the model’s replies never leave your device: the model runs here, in your browser.",
  },
  modelLoad: {
    region: "Model download",
    downloading: (name: string) => `Downloading ${name}`,
    loadingIntoGpu: (name: string) => `Loading ${name} into GPU memory`,
    preparingPrograms: (name: string) => `Preparing GPU programs for ${name}`,
    programsHint:
      "The model's programs are being compiled for this GPU. On a slow or software GPU this is the longest step.",
    elapsed: (duration: string) => `${duration} elapsed`,
    starting: "Starting…",
    bytesOf: (done: string, total: string) => `${done} of ${total}`,
    rate: (size: string) => `${size}/s`,
    timeLeft: (duration: string) => `${duration} left`,
    cancel: "Cancel download",
    stopLoading: "Stop loading",
    failedTitle: (title: string, name: string) => `${title}: ${name}`,
    retry: "Retry",
    downloadAgain: "Download again",
    deleteAndDownloadAgain: "Delete and download again",
    removeImported: "Remove this model",
    chooseAnother: "Choose another model",
    technicalDetails: "Technical details",
  },
  downloadNotice: {
    offline: (kept: string) =>
      `You are offline. The download continues by itself when the connection is back; ${kept}.`,
    retrying: (cause: string, seconds: number, attempt: number, attempts: number, kept: string) =>
      `${cause}. Retrying in ${seconds} s (attempt ${attempt} of ${attempts}); ${kept}.`,
    connectionLost: "The connection to the model host was lost",
    filesKept: (count: number) =>
      count === 1 ? "the 1 file already stored is kept" : `the ${count} files already stored are kept`,
  },
  engineErrors: {
    "download-failed": {
      title: "The download failed",
      advice:
        "The connection to the model host was lost or refused. Check your connection and retry: files already downloaded are kept.",
    },
    "request-refused": {
      title: "The model host sent the download elsewhere",
      advice:
        "It pointed Sigilo at a host this app may not contact, so the download stopped there and nothing was sent to that host. Files already downloaded are kept. The model's files may have moved: try again later, or choose another model.",
    },
    "quota-exceeded": {
      title: "Not enough storage space",
      advice:
        "The browser ran out of space for the model files. Delete other models or free disk space, then retry.",
    },
    "device-lost": {
      title: "The GPU stopped responding",
      advice:
        "The graphics driver reset or ran out of memory. Your conversation is safe; reload the model to continue.",
    },
    "out-of-memory": {
      title: "The model does not fit in this GPU's memory",
      advice: "Choose a smaller model, or close other tabs and apps that use the GPU and retry.",
    },
    "shader-f16-missing": {
      title: "This GPU cannot run this model",
      advice: "The model needs half-precision (shader-f16) support. Choose an f32 model instead.",
    },
    "gpu-feature-missing": {
      title: "This GPU cannot run this model",
      advice:
        "The model needs a GPU feature this browser does not offer (named in the details). Choose another model.",
    },
    "webgpu-unavailable": {
      title: "WebGPU stopped working",
      advice:
        "The browser no longer gives Sigilo access to the GPU. Reload the page; if that does not help, restart the browser.",
    },
    "context-window-exceeded": {
      title: "The conversation is too long for this model",
      advice: "Start a new chat, or choose a model with a larger context window.",
    },
    "stored-model-missing": {
      title: "Model files missing",
      advice:
        "The model is no longer fully stored in this browser (the browser may have cleared it to free space). Download it again?",
    },
    "stored-model-corrupt": {
      title: "The stored model files are damaged",
      advice:
        "A file of this model in the browser's storage is damaged or unreadable, so it cannot be loaded. Delete its stored files and download it again; your conversations are not affected.",
    },
    "imported-model-incomplete": {
      title: "Files of this imported model are missing",
      advice:
        "The browser no longer holds all the files you imported (it may have cleared them to free space), and they cannot be downloaded. Remove the model, then import its folder again.",
    },
    "timed-out": {
      title: "The engine stopped responding",
      advice:
        "Nothing happened for too long, so Sigilo stopped the engine to free your GPU. Retry; if it happens again, reload the page or restart the browser.",
    },
    "model-files-invalid": {
      title: "The model's files cannot be used",
      advice:
        "The model host serves files that are not a usable MLC model, or larger than Sigilo will read (see the details). Retrying will not help: choose another model, or tell whoever hosts it.",
    },
    cancelled: { title: "Cancelled", advice: "Nothing else happened." },
    unknown: { title: "Something went wrong", advice: "Retry; if it keeps failing, choose another model." },
  },
  /** The technical details of failures Sigilo's own code names (web-llm's are shown as they are). */
  engineErrorReasons: {
    httpStatus: (file: string, status: number) => `HTTP ${status} for ${file}`,
    incompleteFile: (file: string, received: number, expected: number) =>
      `${file} arrived incomplete (${received} of ${expected} bytes); it was not kept`,
    storedFileMissing: (file: string) => `${file} is missing from storage`,
    storedFileUnreadable: (file: string, detail: string) => `${file} could not be read: ${detail}`,
    storedFileWrongType: (file: string) => `${file} is not stored the way web-llm reads it`,
    storedFileUnparseable: (file: string, problem: string) => `${file} could not be parsed: ${problem}`,
    storedFileWrongSize: (file: string, bytes: number) => `${file} is stored with ${bytes} bytes`,
    storedFileWrongSizeExpected: (file: string, bytes: number, expected: number) =>
      `${file} is stored with ${bytes} bytes instead of ${expected}`,
    importedFilesMissing: (stored: number, total: number | undefined) =>
      `${stored} of ${total ?? "its"} files of the imported model are in storage; import it again`,
    loadCancelled: "Model loading was cancelled.",
    engineShutDown: "The engine was shut down.",
    unknownModel: (modelId: string) => `Unknown model: ${modelId}`,
    workerStopped: "The engine worker stopped unexpectedly (its script failed to load or crashed).",
    storedModelGonePartly: "Some of the model's files are no longer in storage.",
    storedModelGone: "None of the model's files are in storage any more.",
    loadStalled: (seconds: number, step: string) => `No progress for ${seconds} s while ${step}.`,
    loadSteps: {
      starting: "starting the engine",
      download: "downloading the model's files",
      weights: "loading the model into GPU memory",
      programs: "preparing GPU programs",
    },
    workerUnresponsive: (seconds: number) =>
      `The engine worker answered nothing for ${seconds} s and was stopped.`,
  },
  modelFileProblems: {
    notJson: (file: string) => `${file} is not valid JSON.`,
    notJsonObject: (file: string) => `${file} is not a JSON object.`,
    missingField: (file: string, field: string) => `${file} has no valid "${field}".`,
    noKnownTokenizer: (file: string) =>
      `${file} lists neither tokenizer.json nor tokenizer.model in "tokenizer_files".`,
    noShardRecords: (file: string) => `${file} has no "records" list of weight shards.`,
    recordWithoutPath: (file: string, index: number) => `${file} record ${index} has no valid "dataPath".`,
    recordWithoutSize: (file: string, index: number) => `${file} record ${index} has no valid "nbytes".`,
    unsupportedShardFormat: (file: string, format: string) =>
      `${file} uses shard format "${format}"; only "raw-shard" is supported.`,
    shardPathOutsideFolder: (file: string, path: string) =>
      `${file} lists a weight shard outside the model's folder: "${path}".`,
    shardListedTwice: (file: string, path: string) => `${file} lists the weight shard ${path} twice.`,
    tooManyShards: (file: string, count: string, limit: string) =>
      `${file} lists ${count} weight shards; Sigilo reads at most ${limit}.`,
    shardTooLarge: (file: string, shard: string, size: string, limit: string) =>
      `${file} says the weight shard ${shard} holds ${size}; Sigilo reads at most ${limit} per shard.`,
    fileTooLarge: (file: string, limit: string, size: string | undefined) =>
      size === undefined
        ? `${file} is larger than ${limit}, the most Sigilo reads of this file; reading stopped there.`
        : `${file} is ${size}, more than ${limit}, the most Sigilo reads of this file.`,
  },
  storageShortfall: {
    needs: (needed: string, free: string) =>
      `The download needs ${needed} more, but the browser allows this site only ${free} more. Nothing already stored was lost: files downloaded so far are kept for when there is room.`,
    couldDelete: (models: string) => `You could delete: ${models}.`,
    noOthers: "No other models are stored; free space on the disk, then retry.",
    listSeparator: ", ",
  },
  cancelledDownload: {
    cancelled: (name: string) => `The download of ${name} was cancelled.`,
    kept: (count: number, size: string) =>
      `The ${count} files already downloaded (${size}) are kept in this browser, so downloading it again continues where it stopped.`,
    noneStored: "No files had been stored yet.",
    remove: "Remove them in Manage models",
  },
  modelManager: {
    open: "Manage models",
    title: "Model manager",
    close: "Close",
    reading: "Reading what is stored…",
    total: (count: number, size: string) =>
      `${count === 1 ? "1 model stored" : `${count} models stored`}, ${size} in total.`,
    deleteAll: "Delete all models",
    confirmOne: (name: string, size: string) => `Delete ${name} (${size})?`,
    confirmAll: (count: number, size: string) => `Delete all ${count} models (${size})?`,
    confirmBody:
      "Its weights, configuration, tokenizer and library are removed from this browser; using it again means downloading it again. Conversations are not affected.",
    keep: "Keep",
    delete: "Delete",
    deleteFailed: (detail: string) => `Could not delete the model files: ${detail}`,
    listFailed: (detail: string) => `Could not read the stored models: ${detail}`,
    libraryKept: (names: string, count: number) =>
      `Its library is kept: ${names} ${count === 1 ? "still uses" : "still use"} it.`,
  },
  storedModels: {
    label: "Stored models",
    none: "No models are stored in this browser.",
    complete: "Complete",
    incomplete: (stored: number, total: number | undefined) =>
      `Incomplete: ${stored}${total ? ` of ${total}` : ""} files (downloading it continues from here)`,
    neverUsed: "Never used",
    lastUsed: (when: string) => `Last used ${when}`,
    justNow: "just now",
    minutesAgo: (count: number) => `${count} min ago`,
    hoursAgo: (count: number) => `${count} h ago`,
    daysAgo: (count: number) => (count === 1 ? "yesterday" : `${count} days ago`),
    deleteNamed: (name: string) => `Delete ${name}`,
    delete: "Delete",
    sharedLibrary: (size: string, names: string) =>
      `library (${size}) shared with ${names}, counted once in the total`,
  },
  otherStoredFiles: {
    label: "Other stored files",
    figures: (count: number, size: string) => `${count === 1 ? "1 file" : `${count} files`}, ${size}`,
    why: "left by an interrupted import or a model no longer listed",
    delete: "Delete other files",
    confirm: (count: number, size: string) =>
      `Delete ${count === 1 ? "1 other stored file" : `${count} other stored files`} (${size})?`,
    confirmBody:
      "No model in the list uses these files, so nothing you can load needs them. Your models and conversations are not affected.",
    deleted: (count: number, size: string) =>
      `Deleted ${count === 1 ? "1 other stored file" : `${count} other stored files`} (${size}).`,
    deleteFailed: (detail: string) => `Could not delete the other stored files: ${detail}`,
  },
  storageSummary: {
    label: "Storage",
    usage: (used: string, quota: string, free: string) =>
      `This site uses ${used} of the ${quota} the browser allows it (${free} free).`,
    unknownUsage: "The browser does not say how much storage this site may use.",
    persistent: "Storage is persistent: the browser keeps stored models until you delete them.",
    bestEffort:
      "Storage is not persistent: when the disk runs low, the browser may delete stored models (a 2 GB model would then have to be downloaded again).",
    unsupported: "This browser cannot make storage persistent.",
    ask: "Ask the browser to keep models",
    answers: {
      granted: "The browser agreed: stored models are kept until you delete them.",
      declined:
        "The browser declined. It may still delete stored models when the disk runs low; browsers often agree once the site is installed or bookmarked, or used more often.",
      unsupported: "This browser cannot make storage persistent.",
    },
  },
  modelSource: {
    mirror: (mirror: string) =>
      `Model files are downloaded from your organisation's mirror, ${mirror} (set when this copy of Sigilo was built; changing it needs a rebuild, because the page's security policy only lets it connect to the hosts named then).`,
    public:
      "Model files are downloaded from Hugging Face (weights) and GitHub (model libraries). Organisations can build Sigilo to use their own mirror instead; see “Host it yourself” in the README.",
  },
  customModels: {
    title: "Your models",
    empty: "Models you add by URL appear here and in the model picker.",
    removeNamed: (name: string) => `Remove ${name}`,
    remove: "Remove",
    removeTitle: (name: string) => `Remove ${name}?`,
    removeBody:
      "Sigilo forgets this model and deletes any of its files stored in this browser. Replies it wrote stay in your conversations.",
    removeBodyStored: (size: string, imported: boolean) =>
      `Sigilo forgets this model and deletes its ${size} of files from this browser; ${imported ? "using it again means importing its folder again" : "using it again means downloading them again"}. Replies it wrote stay in your conversations.`,
    cancel: "Cancel",
    confirmRemove: "Remove model",
    add: "Add a model",
  },
  addModel: {
    title: "Add a model",
    hint: "A folder in MLC format (a Hugging Face repository URL, or any URL serving mlc-chat-config.json, tensor-cache.json, the tokenizer and the weight shards under resolve/main/) and its compiled model library (.wasm).",
    name: "Name",
    modelUrl: "Model URL",
    libraryUrl: "Model library URL",
    cancel: "Cancel",
    check: "Check model",
    checking: "Checking the model's files…",
    cannotUse: (problem: string) => `This model cannot be used: ${problem}`,
    checkFailed: (error: string) => `The check failed: ${error}`,
    found: "What was found",
    modelType: "Model type",
    quantization: "Quantization",
    contextWindow: "Context window",
    tokens: (count: string) => `${count} tokens`,
    totalSize: "Total size",
    totalSizeValue: (size: string, files: number, shards: number) =>
      `${size} in ${files} files (${shards === 1 ? "1 weight shard" : `${shards} weight shards`})`,
    add: (name: string) => `Add ${name}`,
  },
  customModelProblems: {
    nameMissing: "Give the model a name.",
    urlInvalid: (field: string, text: string) => `${field} "${text}" is not a URL.`,
    urlNotHttp: (field: string) => `${field} must use https (or http).`,
    libraryNotWasm: (url: string) => `The model library must be a .wasm file; ${url} is not.`,
    hostNotAllowed: (host: string) =>
      `This build of the app may not contact ${host}: its Content-Security-Policy only allows the configured model hosts. The host must be allowed when the app is built (VITE_MODEL_MIRROR, see the README's "Host it yourself").`,
    hostUnreachable: (host: string, file: string) => `Could not reach ${host} to fetch ${file}.`,
    fileNotFound: (file: string, url: string, status: number) =>
      `${file} was not found: ${url} answered HTTP ${status}.`,
    libraryUnreachable: (host: string) => `The model library is unreachable: could not connect to ${host}.`,
    libraryHttpError: (url: string, status: number) =>
      `The model library is unreachable: ${url} answered HTTP ${status}.`,
    largerThanStorage: (needed: string, quota: string) =>
      `Its files take ${needed}, more than the ${quota} this browser lets the site store in all.`,
  },
};
