import { MAX_DOCX_UNPACKED_BYTES } from "../src/domain/retrieval/documentProblem";
import { explodingDocx, makeDocx } from "../src/workers/documents/testing/sampleDocx";
import { openApp } from "./support/app";
import { documentsClientPath, extractInPage } from "./support/documents";
import { expect, test } from "./support/test";

// Read when a test runs: the fixture build is made after the spec files are loaded.
let clientPathMemo: string | undefined;
const clientPath = () => (clientPathMemo ??= documentsClientPath("dist-fixture"));

test("a .docx that would unpack to gigabytes is refused before it is unpacked; the next file is read", async ({
  page,
}) => {
  const bomb = explodingDocx(MAX_DOCX_UNPACKED_BYTES + 1024 * 1024);
  expect(bomb.length).toBeLessThan(1024 * 1024); // small on disk: only unpacking shows what it is
  await openApp(page);
  const refused = await extractInPage(page, clientPath(), { bytes: bomb, name: "invoice.docx" });
  expect(refused.outcome).toEqual({
    ok: false,
    problem: { code: "unpacks-too-large", limitBytes: MAX_DOCX_UNPACKED_BYTES },
  });

  const fine = await extractInPage(page, clientPath(), {
    bytes: makeDocx([{ paragraph: "Still reading." }]),
    name: "next.docx",
  });
  expect(fine.outcome.ok && fine.outcome.result.document.text).toBe("Still reading.");
});
