import type { DocumentFormat } from "./document";
import { MAX_DOCUMENT_BYTES, type DocumentProblem } from "./documentProblem";

/**
 * Which format a chosen file is, from its name and the browser's MIME type. The extraction worker then
 * checks the bytes (a PDF is read as one whatever its name; a ".pdf" or ".docx" that is not one is damaged).
 */

// prettier-ignore
const SOURCE_CODE_EXTENSIONS = [
  "c", "h", "cc", "cpp", "cxx", "hpp", "hh", "cs", "java", "kt", "kts", "scala", "groovy", "gradle",
  "go", "rs", "swift", "m", "mm", "dart", "py", "pyi", "rb", "php", "pl", "pm", "r", "jl", "lua",
  "js", "mjs", "cjs", "jsx", "ts", "mts", "cts", "tsx", "vue", "svelte", "css", "scss", "sass", "less",
  "sh", "bash", "zsh", "fish", "ps1", "bat", "cmd", "sql", "graphql", "gql", "proto", "tf", "hcl",
  "json", "jsonc", "yaml", "yml", "toml", "ini", "cfg", "conf", "properties", "env", "xml", "xsd",
  "ex", "exs", "erl", "hs", "ml", "fs", "clj", "elm", "zig", "nim", "v", "sv", "vhd", "asm", "s",
  "cmake", "mk", "dockerfile", "tex", "bib", "ipynb",
] as const;

const FORMAT_BY_EXTENSION: Record<string, DocumentFormat> = {
  pdf: "pdf",
  docx: "docx",
  md: "markdown",
  markdown: "markdown",
  mdown: "markdown",
  mkd: "markdown",
  mdx: "markdown",
  html: "html",
  htm: "html",
  xhtml: "html",
  csv: "csv",
  tsv: "csv",
  txt: "text",
  text: "text",
  log: "text",
  rst: "text",
  adoc: "text",
  org: "text",
  srt: "text",
  vtt: "text",
  ...Object.fromEntries(SOURCE_CODE_EXTENSIONS.map((extension) => [extension, "code"])),
};

const FORMAT_BY_MIME_TYPE: Record<string, DocumentFormat> = {
  "application/pdf": "pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "text/markdown": "markdown",
  "text/x-markdown": "markdown",
  "text/html": "html",
  "application/xhtml+xml": "html",
  "text/csv": "csv",
  "text/tab-separated-values": "csv",
  "application/json": "code",
  "application/xml": "code",
  "application/x-sh": "code",
  "application/javascript": "code",
};

/** Extensionless files commonly holding text (their content is still checked to be text). */
const TEXT_FILE_NAMES = new Set(["readme", "license", "copying", "changelog", "notice", "authors"]);
const CODE_FILE_NAMES = new Set(["makefile", "dockerfile", "gemfile", "rakefile", "procfile", "jenkinsfile"]);

/** Lower case, without the dot; "" when the name has none (".bashrc" has the extension "bashrc"). */
export function fileExtension(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot + 1).toLowerCase();
}

/** The format a file is read as, or undefined when Sigilo cannot read that kind of file. */
export function documentFormatFor(name: string, mimeType: string): DocumentFormat | undefined {
  const extension = fileExtension(name);
  const byExtension = FORMAT_BY_EXTENSION[extension];
  if (byExtension) return byExtension;
  const baseName = name.toLowerCase();
  if (CODE_FILE_NAMES.has(baseName)) return "code";
  const mime = mimeType.toLowerCase().split(";")[0]!.trim();
  const byMime = FORMAT_BY_MIME_TYPE[mime];
  if (byMime) return byMime;
  if (mime.startsWith("text/")) return "text";
  if (extension === "" && (TEXT_FILE_NAMES.has(baseName) || mime === "")) return "text";
  return undefined;
}

/** For a file input's `accept` attribute: every extension Sigilo reads. */
export const ACCEPTED_FILE_EXTENSIONS = Object.keys(FORMAT_BY_EXTENSION).map((extension) => `.${extension}`);

/** What a chosen file says about itself, before any of it is read. */
export interface ChosenDocument {
  name: string;
  /** The browser's MIME type ("" when it does not know). */
  type: string;
  size: number;
}

/**
 * The checks that need no reading: empty, too large, a kind of file Sigilo cannot read. The page runs
 * them for an instant answer; the worker runs them again before reading.
 */
export function checkChosenDocument(
  file: ChosenDocument,
): { ok: true; format: DocumentFormat } | { ok: false; problem: DocumentProblem } {
  if (file.size === 0) return { ok: false, problem: { code: "empty-file" } };
  if (file.size > MAX_DOCUMENT_BYTES) {
    return { ok: false, problem: { code: "too-large", bytes: file.size, limitBytes: MAX_DOCUMENT_BYTES } };
  }
  const format = documentFormatFor(file.name, file.type);
  if (!format)
    return { ok: false, problem: { code: "unsupported-type", extension: fileExtension(file.name) } };
  return { ok: true, format };
}
