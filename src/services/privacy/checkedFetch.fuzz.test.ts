import fc from "fast-check";
import { describe, it } from "vitest";
import { destinationProblem } from "../../domain/modelHostAllowed";
import { PUBLIC_MODEL_HOSTS } from "../../domain/modelHosts";
import { fuzzParameters } from "../../test/fuzz";
import { createCheckedFetch, RequestRefusedError } from "./checkedFetch";

const APP = "https://sigilo.example";

/** Addresses a model folder or a host could make the engine ask for: any URL, and hostile spellings of them. */
const address = fc.oneof(
  fc.webUrl({
    validSchemes: ["https", "http", "ftp", "data", "blob", "ws"],
    authoritySettings: { withUserInfo: true, withPort: true, withIPv4: true },
    withQueryParameters: true,
    withFragments: true,
  }),
  fc.string(),
  fc
    .tuple(
      fc.constantFrom(
        "https://",
        "http://",
        "//",
        "",
        "data:",
        "blob:",
        "javascript:",
        " https://",
        "HTTPS://",
      ),
      fc.constantFrom(
        "huggingface.co",
        "cdn-lfs.hf.co",
        "evil.example",
        "hf.co",
        "sigilo.example",
        "user:pw@huggingface.co",
      ),
      fc.constantFrom("", ":443", ":8443", ".", ".evil.example"),
      fc.constantFrom("/", "/x.bin", "/../x", "\\x", "?a#b"),
    )
    .map((parts) => parts.join("")),
);

describe("createCheckedFetch (fuzz)", () => {
  it("whatever it is asked for, it sends only to the app's origin or a model host, over http(s), without credentials", async () => {
    await fc.assert(
      fc.asyncProperty(address, async (input) => {
        const sent: string[] = [];
        const checkedFetch = createCheckedFetch({
          send: async (request) => {
            sent.push((request as Request).url);
            return new Response("ok");
          },
          allowedHosts: PUBLIC_MODEL_HOSTS,
          appOrigin: APP,
          baseUrl: `${APP}/assets/engine.js`,
          refusals: { refused: async () => false },
        });
        try {
          await checkedFetch(input);
        } catch (error) {
          // Refused, or not a URL at all (the browser's own TypeError); either way nothing was sent.
          if (!(error instanceof RequestRefusedError) && !(error instanceof TypeError)) throw error;
          if (sent.length > 0) throw new Error(`${JSON.stringify(input)} was refused after being sent`);
          return;
        }
        for (const url of sent) {
          const problem = destinationProblem(new URL(url), PUBLIC_MODEL_HOSTS, APP);
          if (problem) throw new Error(`${JSON.stringify(input)} was sent to ${url} (${problem})`);
        }
      }),
      fuzzParameters(),
    );
  });
});
