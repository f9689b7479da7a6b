/** English texts of the importModel area; spread into `en` (see ../en.ts). */
export const enImportModel = {
  importModel: {
    open: "Import from files",
    title: "Import a model from files",
    hint: "Choose the folder of a model in MLC format (mlc-chat-config.json, tensor-cache.json, the tokenizer and the weight shards) together with its compiled library (.wasm), or drop them here. The files are copied into this browser's storage; nothing is uploaded, and the model then works with no network at all.",
    chooseFolder: "Choose a folder",
    chooseFiles: "Choose files",
    dropZone: "Or drop the model's folder or files here",
    chosen: (count: number) => (count === 1 ? "1 file chosen." : `${count} files chosen.`),
    checking: "Checking the files…",
    found: "What was found",
    modelType: "Model type",
    quantization: "Quantization",
    contextWindow: "Context window",
    tokens: (tokens: string) => `${tokens} tokens`,
    totalSize: "Total size",
    totalSizeValue: (size: string, files: number, shards: number) =>
      `${size} in ${files} files (${shards === 1 ? "1 weight shard" : `${shards} weight shards`})`,
    library: "Library file",
    name: "Name",
    import: "Import",
    importing: (name: string) => `Importing ${name}`,
    progress: (done: string, total: string, percent: string) => `${done} of ${total} (${percent})`,
    cancel: "Cancel",
    cancelImport: "Cancel import",
    continueInBackground: "Continue in the background",
    region: "Model import",
    imported: (name: string) => `${name} was imported: choose it in the model list to load it.`,
    dismiss: "Dismiss",
    cannotImport: (reason: string) => `This model cannot be imported: ${reason}`,
    cancelled: "The import was cancelled; nothing of it was kept.",
    failed: (detail: string) => `Importing failed; nothing of it was kept. ${detail}`,
    nameMissing: "Give the model a name.",
    nameTaken: (name: string) => `A model named ${name} already exists; choose another name.`,
    notEnoughStorage: {
      title: "Not enough storage space",
      figures: (needed: string, free: string) =>
        `Importing needs ${needed} more, but the browser allows this site only ${free} more. Nothing already stored was lost, and nothing of this model was kept.`,
      couldDelete: (models: string) => `You could delete: ${models}.`,
      nothingToDelete: "No other models are stored; free space on the disk, then try again.",
    },
    problems: {
      noFiles: "no files were chosen.",
      noConfig: "there is no mlc-chat-config.json among the chosen files.",
      severalConfigs: (folders: string) =>
        `the chosen files hold more than one model (mlc-chat-config.json in ${folders}); choose one model's folder.`,
      noManifest: "there is no tensor-cache.json beside mlc-chat-config.json.",
      oldManifest: (oldName: string) =>
        `there is no tensor-cache.json, only ${oldName}: the model was built for an older version of web-llm.`,
      tokenizerMissing: (name: string) => `${name} is missing (mlc-chat-config.json asks for it).`,
      emptyFile: (name: string) => `${name} is empty.`,
      shardMissing: (name: string) => `weight shard ${name} is missing.`,
      shardSize: (name: string, actual: string, expected: string) =>
        `weight shard ${name} has ${actual} bytes but tensor-cache.json says ${expected}.`,
      noLibrary: "there is no model library (.wasm) among the chosen files.",
      severalLibraries: (names: string) =>
        `there is more than one model library (.wasm): ${names}. Keep only the one built for this model.`,
      unreadable: (name: string) =>
        `${name} could not be read (was it changed or moved after it was chosen?). Choose the files again.`,
    },
  },
  importedModel: {
    source: (date: string) => `Imported from files on ${date}`,
  },
};
