import { contentSecurityPolicy } from "../src/lib/contentSecurityPolicy";
import { modelHosts } from "../src/domain/modelHosts";
import { chunkText } from "../src/domain/retrieval/document";
import { makeDocx, passwordProtectedDocx } from "../src/workers/documents/testing/sampleDocx";
import {
  fivePageReport,
  makePdf,
  PAGE_THREE_ANSWER,
  passwordProtectedPdf,
  scannedPdf,
} from "../src/workers/documents/testing/samplePdfs";
import { openApp } from "./support/app";
import { documentsClientPath, extractInPage } from "./support/documents";
import { expect, test } from "./support/test";

/*
 * The documents worker of the fixture build, driven from the app's own page: pdf.js and
 * mammoth run in the built worker, in real Chromium, under the policy the app serves. (The attach UI is tested
 * through the interface in documents-attach.spec.ts.)
 */
// Read when a test runs: the fixture build is made after the spec files are loaded.
let clientPathMemo: string | undefined;
const clientPath = () => (clientPathMemo ??= documentsClientPath("dist-fixture"));

test("a 5-page PDF is read in the worker, page by page, and its answer found on page 3", async ({ page }) => {
  await openApp(page);
  const workerScript = page.waitForResponse((response) =>
    /\/documents\.worker-[\w-]+\.js$/.test(response.url()),
  );
  const { outcome, progress } = await extractInPage(page, clientPath(), {
    bytes: await fivePageReport(),
    name: "report.pdf",
    type: "application/pdf",
  });
  if (!outcome.ok) throw new Error(`Refused: ${outcome.problem.code}`);
  const { document, chunks } = outcome.result;
  expect(document).toMatchObject({
    format: "pdf",
    pageCount: 5,
    title: "Northern site report",
    pagesWithoutText: [],
  });
  const pageWithAnswer = document.pages!.findIndex((range) =>
    chunkText(document.text, range).includes(PAGE_THREE_ANSWER),
  );
  expect(pageWithAnswer + 1).toBe(3);
  const answer = chunks.find((chunk) => chunkText(document.text, chunk).includes(PAGE_THREE_ANSWER));
  expect(answer).toMatchObject({
    documentId: "report.pdf",
    pageStart: 3,
    pageEnd: 3,
    headingPath: ["Maintenance"],
  });
  expect(progress.filter((step) => step.stage === "pages").map((step) => step.done)).toEqual([
    0, 1, 2, 3, 4, 5,
  ]);

  // The worker itself was served with the strict policy (a worker does not inherit the page's <meta>).
  const policy = (await workerScript).headers()["content-security-policy"];
  expect(policy).toContain(contentSecurityPolicy(modelHosts(undefined)));
});

test("the parsers load in the worker only once a file is attached, never on the page", async ({
  page,
  networkGuard,
}) => {
  await openApp(page);
  await page.getByRole("button", { name: "New chat" }).waitFor();
  const fetched = () => networkGuard.requests.map((url) => new URL(url).pathname);
  expect(fetched().some((path) => /documents|pdf/.test(path))).toBe(false);

  await extractInPage(page, clientPath(), { bytes: await fivePageReport(), name: "report.pdf" });
  await extractInPage(page, clientPath(), { bytes: makeDocx([{ paragraph: "Hello" }]), name: "hello.docx" });
  // pdf.js (its API and its parser), mammoth and the HTML reader; the service worker may fetch each again.
  const pattern = /\/assets\/(pdf|pdf\.worker|extractDocx|extractHtml)-[\w-]+\.js$/;
  const libraries = new Set(fetched().filter((path) => pattern.test(path)));
  expect([...libraries].map((path) => pattern.exec(path)![1]).sort()).toEqual([
    "extractDocx",
    "extractHtml",
    "pdf",
    "pdf.worker",
  ]);
  // The page's own resource timeline holds the client chunk, but none of the parsers: the worker fetched them.
  const pageResources = await page.evaluate(() =>
    performance.getEntriesByType("resource").map((entry) => new URL(entry.name).pathname),
  );
  expect(pageResources).toContain(clientPath());
  for (const library of libraries) expect(pageResources).not.toContain(library);
  expect(await page.evaluate(() => "pdfjsWorker" in window || "pdfjsLib" in window)).toBe(false);
});

test("a Word document is read with its headings and tables", async ({ page }) => {
  await openApp(page);
  const docx = makeDocx(
    [
      { paragraph: "Contrato de manutenção", style: "Ttulo1" },
      { paragraph: "O gerador é revisado a cada 45 dias." },
      {
        table: [
          ["Item", "Preço"],
          ["Revisão", "R$ 900"],
        ],
      },
    ],
    [{ id: "Ttulo1", name: "heading 1" }],
  );
  const { outcome } = await extractInPage(page, clientPath(), { bytes: docx, name: "contrato.docx" });
  if (!outcome.ok) throw new Error(`Refused: ${outcome.problem.code}`);
  expect(outcome.result.document.text).toBe(
    "Contrato de manutenção\n\nO gerador é revisado a cada 45 dias.\n\nItem | Preço\nRevisão | R$ 900",
  );
  expect(outcome.result.chunks.map((chunk) => chunk.headingPath)).toEqual([["Contrato de manutenção"]]);
});

test("text files are decoded as the browser would, old Windows ones included", async ({ page }) => {
  await openApp(page);
  // "Preço: 5 €" in Windows-1252, as an old Portuguese text file would hold it.
  const windows1252 = Uint8Array.from([0x50, 0x72, 0x65, 0xe7, 0x6f, 0x3a, 0x20, 0x35, 0x20, 0x80]);
  const { outcome } = await extractInPage(page, clientPath(), { bytes: windows1252, name: "precos.txt" });
  expect(outcome.ok && outcome.result.document.text).toBe("Preço: 5 €");
  const html = await extractInPage(page, clientPath(), {
    bytes: "<title>Policy</title><script>document.title='ran'</script><h2>Leave</h2><p>Ten days.</p>",
    name: "policy.html",
  });
  expect(html.outcome.ok && html.outcome.result.document).toMatchObject({
    title: "Policy",
    text: "Leave\n\nTen days.",
  });
  expect(await page.title()).not.toBe("ran");
});

test("files that cannot be read are refused with a precise reason", async ({ page }) => {
  await openApp(page);
  const refusal = async (bytes: Uint8Array | string, name: string) => {
    const { outcome } = await extractInPage(page, clientPath(), { bytes, name });
    return outcome.ok ? "read" : outcome.problem;
  };
  expect(await refusal(await passwordProtectedPdf(), "locked.pdf")).toEqual({
    code: "encrypted",
    format: "pdf",
  });
  expect(await refusal(await scannedPdf(2), "scan.pdf")).toEqual({ code: "scanned-pdf", pages: 2 });
  expect(await refusal(passwordProtectedDocx(), "locked.docx")).toEqual({
    code: "encrypted",
    format: "docx",
  });
  expect(await refusal("PK\u0003\u0004 broken", "broken.docx")).toEqual({ code: "corrupt", format: "docx" });
  expect(await refusal("%PDF-1.7 broken", "broken.pdf")).toEqual({ code: "corrupt", format: "pdf" });
  expect(await refusal("", "empty.txt")).toEqual({ code: "empty-file" });
  expect(await refusal("x", "slides.pptx")).toEqual({ code: "unsupported-type", extension: "pptx" });
  // The worker is still there and reads the next file.
  const mixed = await makePdf([{ paragraphs: ["Typed page."] }, { image: true }]);
  const { outcome } = await extractInPage(page, clientPath(), { bytes: mixed, name: "mixed.pdf" });
  expect(outcome.ok && outcome.result.document.pagesWithoutText).toEqual([2]);
});
