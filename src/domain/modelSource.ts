import { libraryVersionOf } from "./libraryUpgrade";

/**
 * Where a model's files come from: the folder holding its weights, config and tokenizer
 * (web-llm's `model`) and its compiled library (web-llm's `model_lib`). Pure functions, no I/O.
 */
export interface ModelSource {
  modelId: string;
  /** The folder the files are in, ending in "/resolve/main/" exactly as web-llm's `cleanModelUrl` makes it. */
  filesUrl: string;
  libraryUrl: string;
}

/**
 * web-llm 0.2.86 `cleanModelUrl`: a repository URL gets "/resolve/main/" appended unless it already
 * names a revision. Cache keys are built from this URL, so it must match web-llm's to the character.
 */
export function modelFilesUrl(modelUrl: string): string {
  let url = modelUrl.endsWith("/") ? modelUrl : `${modelUrl}/`;
  if (!/.+\/resolve\/.+\//.test(url)) url += "resolve/main/";
  return new URL(url).href;
}

/**
 * The mirror layout `npm run mirror` writes and an organisation serves: a model repository
 * "https://huggingface.co/<owner>/<name>" becomes "<mirror><owner>/<name>/resolve/main/", and a
 * library becomes "<mirror>libs/<runtime folder>/<file name>" ("libs/v0_2_86/…"), or "<mirror>libs/<file
 * name>" when its URL names no runtime. The runtime folder keeps a mirror refreshed for a new web-llm from
 * overwriting the libraries the running version still loads, and lets an update find the new ones.
 */
export function mirroredSource(source: ModelSource, mirrorUrl: string): ModelSource {
  const base = mirrorUrl.endsWith("/") ? mirrorUrl : `${mirrorUrl}/`;
  const repository = new URL(source.filesUrl).pathname.replace(/\/resolve\/.+$/, "").replace(/^\//, "");
  const libraryFile = new URL(source.libraryUrl).pathname.split("/").pop() ?? "";
  const runtime = libraryVersionOf(source.libraryUrl);
  return {
    modelId: source.modelId,
    filesUrl: new URL(`${repository}/resolve/main/`, base).href,
    libraryUrl: new URL(runtime ? `libs/${runtime}/${libraryFile}` : `libs/${libraryFile}`, base).href,
  };
}

/** The mirror's files, relative to the mirror folder, for one model: used by the mirror script. */
export function mirrorPaths(source: ModelSource): { filesDir: string; libraryPath: string } {
  const mirrored = mirroredSource(source, "https://mirror.invalid/");
  return {
    filesDir: decodeURIComponent(new URL(mirrored.filesUrl).pathname.slice(1)),
    libraryPath: decodeURIComponent(new URL(mirrored.libraryUrl).pathname.slice(1)),
  };
}
