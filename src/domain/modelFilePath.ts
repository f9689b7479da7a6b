/** Two unrelated folders: a path that stays inside both is relative, whatever it is made of. */
const PROBE_FOLDERS = ["https://one.invalid/owner/model/resolve/main/", "https://two.invalid/x/y/resolve/v/"];

/**
 * Whether a file name a model's manifest gives (`tensor-cache.json`'s `dataPath`) names a file inside
 * the model's folder. web-llm fetches `new URL(dataPath, folder)`, so anything else would make the app
 * fetch from, or store under the model's name, something outside it: an absolute URL to another host,
 * a data: or blob: URL, a scheme-relative "//host/x", a rooted "/x", a "../" (also spelt "%2e%2e/",
 * with backslashes, or hidden behind spaces and tabs the URL parser drops), or a query or fragment.
 * Checked by resolving it the way web-llm does, against two unrelated folders.
 */
export function isFileInFolder(path: string): boolean {
  return PROBE_FOLDERS.every((folder) => {
    if (!URL.canParse(path, folder)) return false;
    const resolved = new URL(path, folder);
    return (
      resolved.href.startsWith(folder) &&
      resolved.href.length > folder.length &&
      !resolved.pathname.endsWith("/") &&
      resolved.search === "" &&
      resolved.hash === ""
    );
  });
}
