import { makeDocx } from "../src/workers/documents/testing/sampleDocx";
import {
  fivePageReport,
  passwordProtectedPdf,
  scannedPdf,
} from "../src/workers/documents/testing/samplePdfs";
import {
  assistantMessages,
  downloadPreselectedModel,
  openApp,
  sendMessage,
  waitForReply,
} from "./support/app";
import { attachFiles, attachedDocuments, type FileToAttach } from "./support/attachments";
import { loggedRequests, openPrivacyPanel, privacyPanel } from "./support/privacy";
import { watchNetworkRequests } from "./support/pwa";
import { closeSettings } from "./support/settings";
import { expect, test } from "./support/test";

/*
 * Attaching documents through the interface of the fixture build: the real documents worker reads them, the
 * fixture engine embeds them (deterministic vectors) and answers from the passage nearest the question,
 * citing it, so retrieval, the prompt, citations and storage are all the app's own code.
 */

const pdf = async (name: string, bytes: Promise<Uint8Array> | Uint8Array): Promise<FileToAttach> => ({
  name,
  mimeType: "application/pdf",
  buffer: Buffer.from(await bytes),
});

const attached = attachedDocuments;

test("a 5-page PDF answers from page 3: the answer cites it, the passage opens, and nothing leaves the device", async ({
  page,
  context,
}) => {
  const seen = watchNetworkRequests(context);
  await openApp(page, { rate: 0 });
  await downloadPreselectedModel(page);
  const panel = privacyPanel(page);
  /** The Privacy panel's log once it holds every request made so far (it is written in batches). */
  const settledLog = async () => {
    await openPrivacyPanel(page);
    const asLogged = (url: string) => new URL(url).host + new URL(url).pathname + new URL(url).search;
    await expect(async () => {
      await panel.getByRole("button", { name: "Refresh" }).click();
      const logged = new Set((await loggedRequests(page)).map((request) => request.url));
      expect(logged).toEqual(new Set([...seen.urls].map(asLogged)));
    }).toPass();
    const logged = await loggedRequests(page);
    await panel.getByRole("button", { name: "Close" }).click();
    await closeSettings(page);
    return logged;
  };
  const before = new Set((await settledLog()).map((request) => request.url));

  await attachFiles(page, [await pdf("report.pdf", fivePageReport())]);
  await expect(attached(page)).toHaveCount(1);
  await expect(attached(page)).toContainText("report.pdf");
  await expect(attached(page)).toContainText("5 pages");

  await sendMessage(page, "How often is the emergency generator serviced?");
  await waitForReply(page);
  const answer = assistantMessages(page).last();
  await expect(answer).toContainText("The emergency generator is serviced every 45 days by Lumen Power.");
  await expect(answer).toContainText("report.pdf, p. 3");
  await expect(answer).toContainText("Read in full: report.pdf");
  await expect(answer).toContainText("Sources: report.pdf p. 3");

  const citation = answer.getByRole("button", { name: /^Open passage \d+$/ });
  await expect(citation).toHaveCount(1);
  await citation.click();
  const passage = page.getByRole("dialog", { name: "report.pdf, p. 3" });
  await expect(passage).toBeVisible();
  await expect(passage.locator("mark")).toContainText("serviced every 45 days by Lumen Power");
  await passage.getByRole("button", { name: "Close" }).click();

  // Reading, indexing and asking fetched nothing but the app's own files (the documents worker, pdf.js).
  const during = (await settledLog()).filter((request) => !before.has(request.url));
  const appHost = new URL(page.url()).host;
  for (const request of during) {
    expect(request.purpose).toBe("app file");
    expect(request.url.startsWith(`${appHost}/`)).toBe(true);
  }
});

test("files that cannot be read each get their own sentence, and the others are attached", async ({
  page,
}) => {
  await openApp(page, { rate: 0 });
  await downloadPreselectedModel(page);
  await attachFiles(page, [
    await pdf("locked.pdf", passwordProtectedPdf()),
    {
      name: "broken.docx",
      mimeType: "application/octet-stream",
      buffer: Buffer.from("PK\u0003\u0004 broken"),
    },
    { name: "empty.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) },
    { name: "slides.pptx", mimeType: "application/octet-stream", buffer: Buffer.from("x") },
    await pdf("scan.pdf", scannedPdf(2)),
    { name: "notes.md", mimeType: "text/markdown", buffer: Buffer.from("# Notes\n\nThe door code is 4412.") },
  ]);
  const alerts = page.getByRole("alert");
  await expect(alerts.filter({ hasText: "“locked.pdf” is protected by a password" })).toBeVisible();
  await expect(alerts.filter({ hasText: "“broken.docx” could not be read: it is damaged" })).toBeVisible();
  await expect(alerts.filter({ hasText: "“empty.txt” is empty (0 bytes)" })).toBeVisible();
  await expect(
    alerts.filter({ hasText: "“slides.pptx” cannot be read: .pptx files are not supported" }),
  ).toBeVisible();
  await expect(
    alerts.filter({ hasText: "“scan.pdf” has no text to read: its 2 pages are scanned images" }),
  ).toBeVisible();
  await expect(attached(page)).toHaveText([/notes\.md/]);

  await page.getByRole("button", { name: "Dismiss the message about empty.txt" }).click();
  await expect(alerts.filter({ hasText: "empty.txt" })).toHaveCount(0);
  await expect(alerts.filter({ hasText: "locked.pdf" })).toBeVisible();
});

test("dropped and pasted files are attached; the Documents panel reuses one in another chat and deletes it", async ({
  page,
}) => {
  await openApp(page, { rate: 0 });
  await downloadPreselectedModel(page);
  const docx = makeDocx([{ paragraph: "The parking permit costs 30 euros a month." }]);
  // A user dragging a file from their desktop onto the chat.
  await page.getByRole("region", { name: "New chat" }).evaluate(
    (chat, bytes) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], "parking.docx"));
      chat.dispatchEvent(
        new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
      chat.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    [...docx],
  );
  await expect(attached(page)).toHaveText([/parking\.docx/]);
  // And pasting a file copied in the file manager into the message box.
  await page.getByRole("textbox", { name: "Message" }).evaluate((box) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(["Lunch is served at noon."], "lunch.txt", { type: "text/plain" }));
    box.dispatchEvent(
      new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  });
  await expect(attached(page)).toHaveText([/parking\.docx/, /lunch\.txt/]);
  await sendMessage(page, "How much is the parking permit?");
  await waitForReply(page);
  await expect(assistantMessages(page).last()).toContainText("The parking permit costs 30 euros a month.");

  // Removing one from this chat keeps it in the library.
  await page.getByRole("button", { name: "Remove lunch.txt" }).click();
  await expect(attached(page)).toHaveText([/parking\.docx/]);

  await page.getByRole("button", { name: "New chat" }).click();
  await expect(attached(page)).toHaveCount(0);
  await page.getByRole("button", { name: "Documents" }).click();
  const library = page.getByRole("dialog", { name: "Documents" });
  const rows = library.getByRole("row");
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: "parking.docx" })).toContainText("1");
  await library.getByRole("button", { name: "Use lunch.txt in this chat" }).click();
  await expect(rows.filter({ hasText: "lunch.txt" })).toContainText("In this chat");
  await library.getByRole("button", { name: "Close" }).click();
  await expect(attached(page)).toHaveText([/lunch\.txt/]);
  await sendMessage(page, "When is lunch served?");
  await waitForReply(page);
  await expect(assistantMessages(page).last()).toContainText("Lunch is served at noon. [1]");

  await page.getByRole("button", { name: "Documents" }).click();
  await library.getByRole("button", { name: "Delete lunch.txt" }).click();
  const confirm = page.getByRole("dialog", { name: "Delete this document?" });
  await confirm.getByRole("button", { name: "Delete" }).click();
  await expect(rows.filter({ hasText: "lunch.txt" })).toHaveCount(0);
  await library.getByRole("button", { name: "Close" }).click();
  await expect(attached(page)).toHaveCount(0);
  // Its passage is gone with it: the citation says so instead of showing stale text.
  await assistantMessages(page).last().getByRole("button", { name: "Open passage 1" }).click();
  await expect(page.getByRole("dialog", { name: "lunch.txt" })).toContainText("no longer stored");

  // After a reload, the library is read back from storage.
  await page.reload();
  await page.getByRole("button", { name: "Documents" }).click();
  await expect(library.getByRole("row")).toHaveCount(2);
  await expect(library).toContainText("parking.docx");
});
