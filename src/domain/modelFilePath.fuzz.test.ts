import fc from "fast-check";
import { describe, it } from "vitest";
import { fuzzParameters } from "../test/fuzz";
import { isFileInFolder } from "./modelFilePath";

/** Pieces hostile manifests are made of: separators, dot segments in every spelling, schemes, hosts, blanks. */
const piece = fc.constantFrom(
  "/",
  "\\",
  "//",
  "..",
  ".",
  "%2e",
  "%2E%2e",
  "%2f",
  ":",
  "?",
  "#",
  " ",
  "\t",
  "\n",
  "https:",
  "http://",
  "data:",
  "blob:",
  "evil.example",
  "params_shard_0.bin",
  "a",
);
const hostilePath = fc.oneof(
  fc.string(),
  fc.array(piece, { maxLength: 8 }).map((parts) => parts.join("")),
);

/** A model folder as web-llm builds it: any http(s) host, any owner/name, "/resolve/<revision>/". */
const folder = fc
  .tuple(
    fc.constantFrom(
      "https://huggingface.co/",
      "http://127.0.0.1:8080/",
      "https://models.example.org/sigilo/",
    ),
    fc.stringMatching(/^[\w.-]{1,12}$/),
    fc.stringMatching(/^[\w.-]{1,12}$/),
  )
  .filter(([, owner, name]) => ![owner, name].some((segment) => /^\.{1,2}$/.test(segment)))
  .map(([base, owner, name]) => new URL(`${owner}/${name}/resolve/main/`, base).href);

describe("isFileInFolder (fuzz)", () => {
  it("whatever a manifest says, an accepted file resolves inside any model's folder, as a file", () => {
    fc.assert(
      fc.property(hostilePath, folder, (path, modelFolder) => {
        if (!isFileInFolder(path)) return;
        const resolved = new URL(path, modelFolder);
        if (!resolved.href.startsWith(modelFolder) || resolved.href === modelFolder) {
          throw new Error(`${JSON.stringify(path)} was accepted but resolves to ${resolved.href}`);
        }
      }),
      fuzzParameters(),
    );
  });
});
