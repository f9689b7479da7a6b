import { longPdf } from "../src/workers/documents/testing/samplePdfs";
import { downloadPreselectedModel, expectModelReady, openApp } from "./support/app";
import { attachFiles, attachedDocuments, handbook } from "./support/attachments";
import { expect, test } from "./support/test";

/*
 * What can go wrong around a file rather than inside it: one over the size limit, the browser's storage filling
 * up while a document is saved, the tab closed while a file is read. Each is told in words, and nothing else
 * is lost.
 */

const attached = attachedDocuments;

const note = (name: string, text: string) => ({
  name,
  mimeType: "text/markdown",
  buffer: Buffer.from(`# ${name}\n\n${text}`),
});

test("a file over 200 MB is refused before it is read, and the file pasted with it is attached", async ({
  page,
}) => {
  await openApp(page, { rate: 0 });
  await downloadPreselectedModel(page);
  // 201 MiB made of one 1 MiB blob repeated: the page holds the size without allocating it.
  await page.getByRole("textbox", { name: "Message" }).evaluate((box) => {
    const mebibyte = new Blob([new Uint8Array(1024 * 1024)]);
    const transfer = new DataTransfer();
    transfer.items.add(
      new File(
        Array.from({ length: 201 }, () => mebibyte),
        "archive.pdf",
      ),
    );
    transfer.items.add(new File(["The archive index is kept in room 12."], "index.txt"));
    box.dispatchEvent(
      new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  });
  await expect(page.getByRole("alert").filter({ hasText: "“archive.pdf” is too large" })).toContainText(
    "(201 MB; the limit is 200 MB)",
  );
  await expect(attached(page)).toHaveText([/index\.txt/]);
});

test("storage full while a document is saved: it says so, keeps nothing half-saved, and loses no other document", async ({
  page,
}) => {
  // The browser refusing the write as a full disk does: the requests succeed, then the transaction is aborted
  // at its commit with QuotaExceededError.
  await page.addInitScript({
    content: `(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (...args) {
        const request = put.apply(this, args);
        if (this.name !== "documentContents" || !window.sigiloStorageFull) return request;
        const transaction = this.transaction;
        request.addEventListener("success", () => {
          const full = new DOMException("The quota has been exceeded.", "QuotaExceededError");
          Object.defineProperty(transaction, "error", { get: () => full });
          transaction.abort();
        });
        return request;
      };
    })();`,
  });
  await openApp(page, { rate: 0 });
  await downloadPreselectedModel(page);
  await attachFiles(page, [note("kept.md", "Kept before the disk filled up.")]);
  await expect(attached(page)).toHaveText([/kept\.md/]);

  await page.evaluate(() => ((window as unknown as { sigiloStorageFull: boolean }).sigiloStorageFull = true));
  await attachFiles(page, [note("full.md", "This one finds the disk full.")]);
  await expect(
    page.getByRole("alert").filter({ hasText: "“full.md” was read but not attached" }),
  ).toContainText("storage for Sigilo is full");
  await expect(attached(page)).toHaveText([/kept\.md/]);

  await page.evaluate(
    () => ((window as unknown as { sigiloStorageFull: boolean }).sigiloStorageFull = false),
  );
  await page.reload();
  await page.getByRole("button", { name: "Documents" }).click();
  const library = page.getByRole("dialog", { name: "Documents" });
  await expect(library).toContainText("kept.md");
  await expect(library).not.toContainText("full.md");
  await library.getByRole("button", { name: "Close" }).click();
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("the tab closed while a file is read: the next start says which file was not attached", async ({
  page,
  context,
}) => {
  await openApp(page, { rate: 0 });
  await downloadPreselectedModel(page);
  await attachFiles(page, [
    { name: "manual.pdf", mimeType: "application/pdf", buffer: Buffer.from(await longPdf(300)) },
  ]);
  await expect(page.getByRole("status").filter({ hasText: /page \d+ of 300/ })).toBeVisible();
  await page.close();

  const again = await context.newPage();
  await openApp(again, { rate: 0 });
  await expectModelReady(again);
  const told = again.getByRole("alert").filter({ hasText: "“manual.pdf”" });
  await expect(told).toContainText("was still being read when Sigilo was closed, so it was not attached");
  await again.getByRole("button", { name: "Documents" }).click();
  await expect(again.getByRole("dialog", { name: "Documents" })).not.toContainText("manual.pdf");
  await again.getByRole("dialog", { name: "Documents" }).getByRole("button", { name: "Close" }).click();

  await again.getByRole("button", { name: "Dismiss the message about manual.pdf" }).click();
  await expect(told).toHaveCount(0);
  await again.reload();
  await expect(again.getByRole("button", { name: "Attach files" })).toBeVisible();
  await expect(again.getByRole("alert")).toHaveCount(0);
});

test("a second tab does not call a file the first tab is still reading interrupted; once that tab is gone, it does", async ({
  page: first,
  context,
}) => {
  await openApp(first, { rate: 0 });
  await downloadPreselectedModel(first);
  // A large document waits for the search model question: the first tab keeps reading it.
  await attachFiles(first, [handbook()]);
  await expect(first.getByRole("group", { name: "Search model" })).toBeVisible();

  const second = await context.newPage();
  await openApp(second, { rate: 0 });
  await second.getByRole("button", { name: "Use here" }).click();
  await expectModelReady(second);
  // The library is read (the file being read is not in it yet), and nothing is called interrupted.
  await second.getByRole("button", { name: "Documents" }).click();
  const library = second.getByRole("dialog", { name: "Documents" });
  await expect(library).toContainText("No documents yet");
  await expect(second.getByRole("alert")).toHaveCount(0);
  await library.getByRole("button", { name: "Close" }).click();

  // The first tab closes with the file unread: now it was interrupted.
  await first.close();
  await second.reload();
  await expectModelReady(second);
  await expect(second.getByRole("alert").filter({ hasText: "“handbook.md”" })).toContainText(
    "was still being read when Sigilo was closed",
  );
});
